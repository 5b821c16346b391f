// The portfolio PDF's first pages: its title (from the configuration), the
// totals of every plan (sumPortfolio, the same sums the portfolio page
// shows), then a table of every plan whose rows go to that plan's pages.
import { sumPortfolio, type PlanWithFacts } from '../../facts/portfolio-facts.js';
import type { Block } from '../layout/blocks.js';
import { colors, gap, sizes, styles } from '../layout/theme.js';
import { toneOf } from '../../theme/tokens.js';
import type { Words } from '../../words/words.js';
import { makeFact, makeFactsPanel, makeTable, makeText, type Column } from './parts.js';

/** What the cover needs of each plan, and where its pages start. */
export interface CoverPlan extends PlanWithFacts {
  /** The named destination at the plan's first page. */
  dest: string;
}

/** The cover of a portfolio PDF. */
export function makeCover(plans: readonly CoverPlan[], title: string, words: Words): Block[] {
  const { t } = words;
  const totals = sumPortfolio(plans);
  const summary = t('pdf.cover.summary', { plans: t('count.plans', { count: totals.plans }), people: t('count.people', { count: totals.people }) });
  const big = (text: string, color: string = colors.text): Block => makeText(text, { face: 'semibold', size: sizes.display, color }, { lineHeight: 1.2 });
  const panel = makeFactsPanel(
    [
      [
        makeFact(words, t('pdf.cover.activePlans'), [big(t('fact.ofTotal', { done: totals.active, total: totals.plans }))]),
        makeFact(words, t('pdf.cover.stepsDone'), [big(t('fact.ofTotal', { done: totals.stepsDone, total: totals.steps }))]),
        makeFact(words, t('pdf.cover.overdue'), [big(String(totals.overdue), totals.overdue ? colors.bad : colors.good)]),
        makeFact(words, t('pdf.cover.reviewsDue'), [big(String(totals.reviewsDue), totals.reviewsDue ? colors.warn : colors.good)]),
      ],
    ],
    4,
    { before: gap[4] },
  );
  const columns: Column[] = [
    { title: t('pdf.cover.owner'), grow: 21 },
    { title: t('pdf.cover.plan'), grow: 27 },
    { title: t('fact.status'), grow: 12 },
    { title: t('fact.progress'), grow: 14 },
    { title: t('pdf.cover.nextDue'), grow: 13 },
    { title: t('pdf.cover.review'), grow: 13 },
  ];
  const rows = plans.map(({ plan, facts, dest }, i) => {
    const owner: Block[] = [makeText(plan.owner, styles.strong)];
    if (plan.role) owner.push(makeText(plan.role, styles.muted));
    const { progress, nextDeadline, review } = facts;
    const progressText = `${t('progress.stepsShort', { done: progress.done, total: progress.total })}${t('list.separator')}${words.percent(progress.ratio)}`;
    return {
      goTo: dest,
      ...(i % 2 === 1 ? { fill: colors.surface2 } : {}),
      cells: [
        owner,
        [makeText(plan.title, { ...styles.small, color: colors.accent })],
        [{ kind: 'pills' as const, pills: [{ text: words.value(plan.status), tone: toneOf(plan.status) }] }],
        [makeText(progressText, styles.small), { kind: 'bar' as const, ratio: progress.ratio, tone: progress.ratio >= 1 ? ('good' as const) : ('accent' as const) }],
        [makeText(nextDeadline ? words.date(nextDeadline.when.date) : t('dash'), nextDeadline ? styles.small : styles.muted)],
        [makeText(review.next ? words.date(review.next.date) : t('dash'), review.due ? { ...styles.smallStrong, color: colors.bad } : review.next ? styles.small : styles.muted)],
      ],
    };
  });
  const [header, ...body] = makeTable(words, columns, rows);
  return [
    makeText(t('pdf.cover.kicker').toLocaleUpperCase(words.lang), { face: 'semibold', size: sizes.small, color: colors.accent }, { mark: { id: 'cover', title: t('pdf.cover.bookmark') } }),
    makeText(title, { face: 'bold', size: sizes.title, color: colors.text }, { lineHeight: 1.2, before: gap[1] }),
    makeText(summary, { ...styles.body, size: sizes.lead, color: colors.muted }, { before: gap[1] }),
    panel,
    { ...header!, before: gap[5] },
    ...body,
  ];
}
