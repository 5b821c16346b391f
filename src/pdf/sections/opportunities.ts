// Opportunities, like the site's opportunities partial: when each was seen,
// what it was (with the owner's note) and what they decided.
import type { Block } from '../layout/blocks.js';
import { sizes, styles } from '../layout/theme.js';
import { BODY_LINE, makePill, makeSectionHeading, makeTable, makeText, makeValue, themeOf, type Column, type PlanInput } from './parts.js';

/** The opportunities section; nothing without opportunities. */
export function makeOpportunities(input: PlanInput): Block[] {
  const { plan, words } = input;
  const items = plan.opportunities ?? [];
  if (items.length === 0) return [];
  const { t } = words;
  const columns: Column[] = [
    { title: t('opportunities.seen'), width: sizes.body * 7.5 },
    { title: t('opportunities.opportunity'), grow: 1 },
    { title: t('opportunities.decision'), width: sizes.body * 8, align: 'right' },
  ];
  const rows = items.map((item) => {
    const what: Block[] = [makeText(item.title, styles.strong)];
    if (item.note) what.push(makeText(item.note, styles.muted));
    const seen = makeValue(words, item.seen && words.date(item.seen), styles.small, { lineHeight: BODY_LINE });
    return { cells: [[seen], what, item.decision ? [makePill(words, item.decision, 'right')] : []] };
  });
  return [makeSectionHeading(themeOf(input), { id: 'opportunities', title: t('opportunities.title') }), ...makeTable(words, columns, rows)];
}
