// The opening of a plan's PDF, like the site's head partial: kicker, title,
// owner and role, a panel of key facts and the tags.
import type { Block, StackBlock } from '../layout/blocks.js';
import type { Span } from '../layout/text-layout.js';
import { colors, gap, sizes, styles, type TextStyle } from '../layout/theme.js';
import { toneOf } from '../../theme/tokens.js';
import { makeFact, makeFactsPanel, makeText, type PlanInput } from './parts.js';

/** The head of a plan: who, what, and where it stands. */
export function makeHead(input: PlanInput): Block[] {
  const { plan, words } = input;
  const { t } = words;
  const kickerText = t('pdf.kicker', { kicker: t('plan.kicker'), date: words.date(input.facts.today) });
  const kicker = makeText(kickerText.toLocaleUpperCase(words.lang), { face: 'semibold', size: sizes.small, color: colors.accent });
  const who: Span[] = [{ text: plan.owner, style: { face: 'semibold', size: sizes.lead, color: colors.text } }];
  if (plan.role) who.push({ text: `${t('list.separator')}${plan.role}`, style: { face: 'regular', size: sizes.lead, color: colors.muted } });
  const blocks: Block[] = [
    { ...kicker, mark: { id: 'overview', title: t('plan.overview') } },
    makeText(plan.title, { face: 'semibold', size: sizes.title, color: colors.text }, { lineHeight: 1.2, before: gap[1] }),
    { kind: 'text', spans: who, before: gap[1] },
    makeFactsPanel(makeFactRows(input), 4, { before: gap[4] }),
  ];
  if (plan.tags?.length) {
    blocks.push({ kind: 'pills', before: gap[3], pills: plan.tags.map((tag) => ({ text: t('pdf.tag', { tag }), tone: 'neutral' })) });
  }
  return blocks;
}

/** A value in body text, or a muted dash when there is none. */
function value(words: PlanInput['words'], text: string | undefined, style: TextStyle = styles.body): Block {
  return makeText(text ?? words.t('dash'), text ? style : styles.muted);
}

function makeFactRows({ plan, facts, words }: PlanInput): StackBlock[][] {
  const { t } = words;
  const { progress, nextDeadline: next, review } = facts;
  const overdue = facts.overdue.length;
  const muted = (text: string): Block => makeText(text, styles.muted);
  const progressText = t('pdf.progress', { steps: t('progress.steps', { done: progress.done, total: progress.total, count: progress.total }), percent: words.percent(progress.ratio) });
  return [
    [
      makeFact(words, t('fact.status'), [{ kind: 'pills', pills: [{ text: words.value(plan.status), tone: toneOf(plan.status) }] }]),
      makeFact(words, t('fact.progress'), [
        makeText(progressText, styles.body),
        { kind: 'bar', ratio: progress.ratio, tone: progress.ratio >= 1 ? 'good' : 'accent', width: sizes.body * 11 },
      ]),
      makeFact(
        words,
        t('fact.nextDeadline'),
        next
          ? [
              makeText(words.date(next.when.date), styles.body),
              muted(next.title),
            ]
          : [muted(t('fact.noneOpen'))],
      ),
      makeFact(words, t('fact.mentor'), [value(words, plan.mentor)]),
    ],
    [
      makeFact(words, t('fact.created'), [value(words, words.date(plan.created))]),
      makeFact(words, t('fact.lastReviewed'), review.last ? [makeText(words.date(review.last.date), styles.body)] : [muted(t('notYet'))]),
      makeFact(
        words,
        t('fact.nextReview'),
        review.next
          ? [
              makeText(words.date(review.next.date), review.due ? { ...styles.strong, color: colors.bad } : styles.body),
              ...(review.due ? [makeText(t('fact.reviewDueNow'), { ...styles.smallStrong, color: colors.bad })] : []),
            ]
          : [muted(t('notSet'))],
      ),
      makeFact(words, t('fact.overdue'), [
        overdue > 0 ? makeText(t('fact.overdueItems', { count: overdue }), { ...styles.strong, color: colors.bad }) : makeText(t('none'), { ...styles.body, color: colors.good }),
      ]),
    ],
  ];
}
