// The opening of a plan's PDF, like the site's head partial: kicker, title,
// owner and role, a panel of key facts and the tags.
import type { Block, StackBlock } from '../layout/blocks.js';
import type { Span } from '../layout/text-layout.js';
import { colors, gap, sizes, styles } from '../layout/theme.js';
import { makeBar, makeFact, makeFactsPanel, makeLogo, makePill, makeText, makeValue, themeOf, type PlanInput } from './parts.js';

/** The head of a plan: who, what, and where it stands. */
export function makeHead(input: PlanInput): Block[] {
  const { plan, words } = input;
  const { t } = words;
  const kicker = t('pdf.kicker', { kicker: t('plan.kicker'), date: words.date(input.facts.today) });
  const who: Span[] = [{ text: plan.owner, style: { face: 'semibold', size: sizes.lead, color: colors.text } }];
  if (plan.role) who.push({ text: `${t('list.separator')}${plan.role}`, style: { face: 'regular', size: sizes.lead, color: colors.muted } });
  const theme = themeOf(input);
  const blocks: Block[] = [
    ...makeLogo(theme),
    // Space under a logo; at the top of the page (no logo) there is none.
    makeText(kicker.toLocaleUpperCase(words.lang), { face: 'semibold', size: sizes.small, color: theme.accent }, { before: gap[4], mark: { id: 'overview', title: t('plan.overview') } }),
    makeText(plan.title, { face: 'semibold', size: sizes.title, color: colors.text }, { lineHeight: 1.2, before: gap[1] }),
    { kind: 'text', spans: who, before: gap[1] },
    makeFactsPanel(makeFactRows(input)),
  ];
  if (plan.tags?.length) {
    blocks.push({ kind: 'pills', before: gap[3], pills: plan.tags.map((tag) => ({ text: t('pdf.tag', { tag }), tone: 'neutral' })) });
  }
  return blocks;
}

function makeFactRows({ plan, facts, words }: PlanInput): StackBlock[][] {
  const { t } = words;
  const { progress, nextDeadline: next, review } = facts;
  const overdue = facts.overdue.length;
  const alarm = { ...styles.strong, color: colors.bad };
  const progressText = t('pdf.progress', { steps: t('progress.steps', { done: progress.done, total: progress.total, count: progress.total }), percent: words.percent(progress.ratio) });
  const nextDue = next ? [makeText(words.date(next.when.date), styles.body), makeText(next.title, styles.muted)] : [makeText(t('fact.noneOpen'), styles.muted)];
  const nextReview = review.next
    ? [makeText(words.date(review.next.date), review.due ? alarm : styles.body), ...(review.due ? [makeText(t('fact.reviewDueNow'), { ...styles.smallStrong, color: colors.bad })] : [])]
    : [makeText(t('notSet'), styles.muted)];
  return [
    [
      makeFact(words, t('fact.status'), makePill(words, plan.status)),
      makeFact(words, t('fact.progress'), makeText(progressText, styles.body), makeBar(progress.ratio, sizes.body * 11)),
      makeFact(words, t('fact.nextDeadline'), ...nextDue),
      makeFact(words, t('fact.mentor'), makeValue(words, plan.mentor)),
    ],
    [
      makeFact(words, t('fact.created'), makeValue(words, words.date(plan.created))),
      makeFact(words, t('fact.lastReviewed'), review.last ? makeText(words.date(review.last.date), styles.body) : makeText(t('notYet'), styles.muted)),
      makeFact(words, t('fact.nextReview'), ...nextReview),
      makeFact(words, t('fact.overdue'), overdue > 0 ? makeText(t('fact.overdueItems', { count: overdue }), alarm) : makeText(t('none'), { ...styles.body, color: colors.good })),
    ],
  ];
}
