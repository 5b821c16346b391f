// The portfolio PDF's first pages: its title (from the configuration), the
// totals of every plan (sumPortfolio, the same sums the portfolio page
// shows), then a table of every plan whose rows go to that plan's pages.
import { sumPortfolio, type PlanWithFacts } from '../../facts/portfolio-facts.js';
import type { Block } from '../layout/blocks.js';
import { colors, defaultPdfTheme, gap, sizes, styles, type PdfTheme } from '../layout/theme.js';
import type { Words } from '../../words/words.js';
import { makeBar, makeFact, makeFactsPanel, makeLogo, makePill, makeTable, makeText, makeValue, type Column } from './parts.js';

/** The cover of a portfolio PDF, with a note on what follows it; each plan comes with the named destination at its first page. */
export function makeCover(plans: readonly (PlanWithFacts & { dest: string })[], title: string, words: Words, theme: PdfTheme = defaultPdfTheme, note?: string): Block[] {
  const { t } = words;
  const totals = sumPortfolio(plans);
  const summary = t('pdf.cover.summary', { plans: t('count.plans', { count: totals.plans }), people: t('count.people', { count: totals.people }) });
  const big = (text: string, color: string = colors.text): Block => makeText(text, { face: 'semibold', size: sizes.display, color }, { lineHeight: 1.2 });
  const panel = makeFactsPanel([
    [
      makeFact(words, t('pdf.cover.activePlans'), big(t('fact.ofTotal', { done: totals.active, total: totals.plans }))),
      makeFact(words, t('pdf.cover.stepsDone'), big(t('fact.ofTotal', { done: totals.stepsDone, total: totals.steps }))),
      makeFact(words, t('pdf.cover.overdue'), big(String(totals.overdue), totals.overdue ? colors.bad : colors.good)),
      makeFact(words, t('pdf.cover.reviewsDue'), big(String(totals.reviewsDue), totals.reviewsDue ? colors.warn : colors.good)),
    ],
  ]);
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
      fill: i % 2 === 1 ? colors.surface2 : undefined,
      cells: [
        owner,
        [makeText(plan.title, { ...styles.small, color: theme.accent })],
        [makePill(words, plan.status)],
        [makeText(progressText, styles.small), makeBar(progress.ratio)],
        [makeValue(words, nextDeadline && words.date(nextDeadline.when.date), styles.small)],
        [makeValue(words, review.next && words.date(review.next.date), review.due ? { ...styles.smallStrong, color: colors.bad } : styles.small)],
      ],
    };
  });
  const [header, ...body] = makeTable(words, columns, rows);
  return [
    ...makeLogo(theme),
    // Space under a logo; at the top of the page (no logo) there is none.
    makeText(t('pdf.cover.kicker').toLocaleUpperCase(words.lang), { face: 'semibold', size: sizes.small, color: theme.accent }, { before: gap[4], mark: { id: 'cover', title: t('pdf.cover.bookmark') } }),
    makeText(title, { face: 'bold', size: sizes.title, color: colors.text }, { lineHeight: 1.2, before: gap[1] }),
    makeText(summary, { ...styles.body, size: sizes.lead, color: colors.muted }, { before: gap[1] }),
    ...(note ? [makeText(note, styles.muted, { before: gap[1] })] : []),
    panel,
    { ...header!, before: gap[5] },
    ...body,
  ];
}
