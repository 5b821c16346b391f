// A goal's action step, like a step of the site's goals partial: its check
// box as its state says, its action, then when it was done or is due, what
// it needs and how it turned out. Everything sits under the action, so text
// copied out of the PDF keeps the action in one piece.
import type { StepFacts } from '../../facts/types.js';
import type { Step } from '../../schema/step.js';
import type { Block } from '../layout/blocks.js';
import type { Span } from '../layout/text-layout.js';
import { colors, gap, shapes, styles, tones } from '../layout/theme.js';
import { toneOf } from '../../theme/tokens.js';
import type { Words } from '../../words/words.js';
import { makeLabel, makeText } from './parts.js';

/** One step, kept on one page (and flowing on when longer than a page). */
export function makeStep(words: Words, step: Step, facts: StepFacts, dropped: boolean): Block {
  const { t } = words;
  const separator = (): Span => ({ text: t('list.separator'), style: styles.muted });
  const meta: Span[] = [];
  if (facts.state === 'done') {
    const done = facts.doneWithGoal || !step.done ? t('step.doneWithGoal') : t('step.doneOn', { date: words.date(step.done) });
    meta.push({ text: done, style: { ...styles.smallStrong, color: colors.good } });
    if (facts.late) meta.push(separator(), { text: t('step.late'), style: styles.muted });
  }
  if (facts.state === 'dropped') meta.push({ text: t('step.droppedWithGoal'), style: styles.muted });
  const open = facts.state === 'open' || facts.state === 'overdue';
  const overdue = { ...styles.smallStrong, color: colors.bad };
  if (facts.due) {
    if (meta.length > 0) meta.push(separator());
    meta.push({ text: t('step.due', { date: words.date(facts.due.date) }), style: facts.state === 'overdue' ? overdue : styles.small });
    if (facts.state === 'overdue') meta.push(separator(), { text: t('pdf.overdue'), style: overdue });
  } else if (open) {
    meta.push({ text: t('step.noDue'), style: styles.muted });
  }
  const text: Block[] = [makeText(step.action, dropped ? { ...styles.body, color: colors.muted } : styles.body)];
  if (meta.length > 0) text.push({ kind: 'text', spans: meta, before: gap[0] });
  if (step.resources?.length) {
    text.push({ kind: 'text', before: gap[0], spans: [makeLabel(words, t('step.needs')), { text: `  ${step.resources.join(t('list.separator'))}`, style: styles.muted }] });
  }
  const evaluation = step.evaluation;
  if (evaluation) {
    const spans: Span[] = [{ text: t(`worth.${evaluation.worth}`), style: { ...styles.smallStrong, color: tones[toneOf(evaluation.worth)].text } }];
    if (evaluation.note) spans.push({ text: `: ${evaluation.note}`, style: styles.muted });
    text.push({ kind: 'text', spans, before: gap[0] });
  }
  text.push({ kind: 'rule', color: colors.border, width: shapes.hairline, before: gap[2] });
  return {
    kind: 'stack',
    keep: true,
    children: [
      {
        kind: 'row',
        gap: gap[2],
        cells: [
          { width: shapes.check, blocks: [{ kind: 'check', state: facts.state }] },
          { grow: 1, blocks: text },
        ],
      },
    ],
  };
}
