// Opportunities, like the site's opportunities partial: when each was seen,
// what it was (with the owner's note) and what they decided.
import type { Block } from '../layout/blocks.js';
import { sizes, styles } from '../layout/theme.js';
import { toneOf } from '../../theme/tokens.js';
import { makeSectionHeading, makeTable, makeText, type PlanInput } from './parts.js';

/** The opportunities section; nothing without opportunities. */
export function makeOpportunities({ plan, words }: PlanInput): Block[] {
  const items = plan.opportunities ?? [];
  if (items.length === 0) return [];
  const { t } = words;
  const columns = [
    { title: t('opportunities.seen'), width: sizes.body * 7.5 },
    { title: t('opportunities.opportunity'), grow: 1 },
    { title: t('opportunities.decision'), width: sizes.body * 8, align: 'right' as const },
  ];
  const rows = items.map((item) => {
    const what: Block[] = [makeText(item.title, styles.strong)];
    if (item.note) what.push(makeText(item.note, styles.muted));
    return {
      cells: [
        [makeText(item.seen ? words.date(item.seen) : t('dash'), item.seen ? styles.small : styles.muted, { lineHeight: (sizes.body / sizes.small) * 1.4 })],
        what,
        item.decision ? [{ kind: 'pills' as const, align: 'right' as const, pills: [{ text: words.value(item.decision), tone: toneOf(item.decision) }] }] : [],
      ],
    };
  });
  return [makeSectionHeading({ id: 'opportunities', title: t('opportunities.title') }), ...makeTable(words, columns, rows)];
}
