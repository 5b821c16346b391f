// Barriers and the backup plan, like the site's barriers partial: what could
// get in the way beside how to get past it, then the backup plan in a panel.
import type { Block } from '../layout/blocks.js';
import { colors, gap, radii, styles } from '../layout/theme.js';
import { makeLabel, makeSectionHeading, makeTable, makeText, makeValue, themeOf, type PlanInput } from './parts.js';

/** The barriers section; nothing without barriers or a backup plan. */
export function makeBarriers(input: PlanInput): Block[] {
  const { plan, words } = input;
  const theme = themeOf(input);
  const barriers = (plan.barriers ?? []).filter((b) => b.barrier || b.mitigation);
  const backup = plan.backupPlan;
  if (barriers.length === 0 && !backup) return [];
  const { t } = words;
  const blocks: Block[] = [makeSectionHeading(theme, { id: 'barriers', title: t(barriers.length > 0 ? 'barriers.title' : 'barriers.backupOnly') })];
  if (barriers.length > 0) {
    const columns = [
      { title: t('barriers.barrier'), grow: 1 },
      { title: t('barriers.mitigation'), grow: 1 },
    ];
    const rows = barriers.map((b) => ({ cells: [[makeValue(words, b.barrier, styles.strong)], [makeValue(words, b.mitigation)]] }));
    blocks.push(...makeTable(words, columns, rows, gap[5]));
  }
  if (backup) {
    blocks.push({
      kind: 'stack',
      before: barriers.length > 0 ? gap[4] : 0,
      fill: theme.accentSoft,
      radius: radii.small,
      pad: { x: gap[3], top: gap[2], bottom: gap[2] },
      children: [{ kind: 'text', spans: [makeLabel(words, t('barriers.backup'), { ...styles.label, color: theme.accent })], keepWithNext: true }, makeText(backup, styles.body, { before: gap[0] })],
    });
  }
  return blocks;
}
