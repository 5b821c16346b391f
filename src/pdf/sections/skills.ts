// The skills inventory, like the site's skills partial: the skills radar
// when the facts have one, then each skill with its kind, its level cells
// (held, and still to learn up to the target, as the facts say) and its
// numbers, then a key to the cells.
import type { Block } from '../layout/blocks.js';
import { gap, LEVELS_WIDTH, shapes, sizes, styles } from '../layout/theme.js';
import { BODY_LINE, makeSectionHeading, makeTable, makeText, makeValue, spaceFirst, themeOf, type Column, type PlanInput } from './parts.js';

/** The skills section; nothing without skills. */
export function makeSkills(input: PlanInput): Block[] {
  const { plan, facts, words } = input;
  const skills = plan.skills ?? [];
  if (skills.length === 0) return [];
  const { t } = words;
  const number = sizes.body * 3.6;
  const columns: Column[] = [
    { title: t('skills.skill'), grow: 1 },
    { title: t('skills.kind'), width: sizes.body * 7 },
    { title: t('skills.level'), width: LEVELS_WIDTH },
    { title: t('skills.now'), width: number, align: 'center' },
    { title: t('skills.target'), width: number, align: 'center' },
  ];
  const level = (n: number | undefined, strong: boolean): Block[] => [
    makeText(n === undefined ? t('dash') : t('skills.ofFive', { level: n }), n === undefined ? styles.muted : strong ? styles.strong : styles.body, { align: 'center' }),
  ];
  const rows = skills.map((skill, i) => {
    const skillFacts = facts.skills[i]!;
    const name: Block[] = [makeText(skill.name, styles.strong)];
    if (skill.note) name.push(makeText(skill.note, styles.muted));
    return {
      cells: [
        name,
        [makeValue(words, skill.kind && words.value(skill.kind), styles.muted, { lineHeight: BODY_LINE })],
        [{ kind: 'levels' as const, cells: skillFacts.cells }],
        level(skill.level, false),
        level(skill.target, skillFacts.gap !== undefined),
      ],
    };
  });
  const note = t('skills.note', { skills: t('count.skills', { count: skills.length }), gaps: facts.skillsToGrow });
  const table = makeTable(words, columns, rows);
  // The key reads with the table: the last row never ends a page without it.
  table.push({ ...table.pop()!, keepWithNext: true });
  const radar = makeRadar(facts, words);
  return [makeSectionHeading(themeOf(input), { id: 'skills', title: t('skills.title') }, note), ...radar, ...(radar.length ? spaceFirst(table, gap[4]!) : table), makeLegend(words)];
}

/**
 * The skills radar above the list, as on the site: the chart beside its
 * caption and a key (level filled, target outlined); the list under it keeps
 * the numbers as text. Nothing for fewer than three skills (no radar in the facts).
 */
function makeRadar(facts: PlanInput['facts'], words: PlanInput['words']): Block[] {
  if (!facts.skillRadar) return [];
  const { t } = words;
  const key = (cell: 'have' | 'gap', text: string): Block => ({
    kind: 'row',
    before: gap[1],
    gap: gap[1],
    cells: [
      { width: sizes.body * 1.3, blocks: [{ kind: 'levels', cells: [cell] }] },
      { grow: 1, blocks: [makeText(text, styles.muted, { lineHeight: BODY_LINE })] },
    ],
  });
  return [
    {
      kind: 'row',
      keepWithNext: true,
      gap: gap[5],
      cells: [
        { grow: 3, blocks: [{ kind: 'radar', radar: facts.skillRadar, size: shapes.radar.size }] },
        { grow: 2, blocks: [makeText(t('skills.radarCaption'), styles.muted), key('have', t('skills.legendLevel')), key('gap', t('skills.target'))] },
      ],
    },
  ];
}

/** A one-line key under the table, so the outlined cells read as "to learn". */
function makeLegend(words: PlanInput['words']): Block {
  const { t } = words;
  const swatch = (cell: 'have' | 'gap') => ({ width: sizes.body * 1.3, blocks: [{ kind: 'levels' as const, cells: [cell] }] });
  const label = (text: string) => ({ fit: true, blocks: [makeText(text, styles.muted, { lineHeight: BODY_LINE })] });
  return {
    kind: 'row',
    before: gap[2],
    gap: gap[1],
    cells: [swatch('have'), label(t('skills.legendLevel')), { width: gap[2]!, blocks: [] }, swatch('gap'), label(t('skills.legendGap')), { width: gap[2]!, blocks: [] }, { grow: 1, blocks: [makeText(t('skills.intro'), styles.muted, { lineHeight: BODY_LINE })] }],
  };
}
