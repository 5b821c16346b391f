// The skills inventory (with level bars that show the gap to each target),
// education, and barriers with the backup plan.
import type { LoadedPlan } from '../load/types.js';
import type { Skill } from '../schema/skill.js';
import type { Canvas } from './canvas.js';
import {
  drawLevelBar,
  drawSectionHeading,
  drawSubheading,
  flowBulletList,
  LEVEL_BAR_WIDTH,
  measureSubheading,
  makeSpans,
  styles,
} from './draw-parts.js';
import { formatWord } from '../format/format-values.js';
import type { Span, TextBlock } from './text-layout.js';
import { colors, spacing } from './theme.js';

interface Column {
  title: string;
  width: number;
  align?: 'right' | 'center';
}

/** Draws the header row of a table and returns the x of each column. */
function drawTableHeader(c: Canvas, columns: Column[]): number[] {
  const xs: number[] = [];
  let x = c.left;
  for (const column of columns) {
    xs.push(x);
    const block = c.layout(makeSpans(column.title.toUpperCase(), styles.label), column.width);
    const offset = column.align === 'center' ? (column.width - block.width) / 2 : column.align === 'right' ? column.width - block.width : 0;
    c.drawBlock(block, x + offset, c.y);
    x += column.width;
  }
  c.y += 13;
  c.draw.moveTo(c.left, c.y).lineTo(c.right, c.y).lineWidth(0.6).stroke(colors.rule);
  c.y += 5;
  return xs;
}

/** Draws the skills table: name and note, kind, a level bar, and the numbers. */
export function drawSkills(c: Canvas, loaded: LoadedPlan): void {
  const skills = loaded.plan.skills ?? [];
  if (skills.length === 0) return;
  const fixed = 72 + LEVEL_BAR_WIDTH + 16 + 40 + 40;
  const columns: Column[] = [
    { title: 'Skill', width: c.contentWidth - fixed },
    { title: 'Kind', width: 72 },
    { title: 'Level', width: LEVEL_BAR_WIDTH + 16 },
    { title: 'Now', width: 40, align: 'center' },
    { title: 'Target', width: 40, align: 'center' },
  ];
  const cells = skills.map((skill) => makeSkillCell(c, skill, columns[0]!.width - 12));
  const gaps = skills.filter((s) => (s.target ?? 0) > (s.level ?? 0)).length;
  const note = `${skills.length} ${skills.length === 1 ? 'skill' : 'skills'} · ${gaps} to grow`;
  drawSectionHeading(c, 'Skills inventory', 18 + (cells[0]?.height ?? 0) + 12, note);
  let xs = drawTableHeader(c, columns);
  skills.forEach((skill, i) => {
    const cell = cells[i]!;
    const height = Math.max(cell.height, 14);
    if (c.keepTogether(height + 6)) xs = drawTableHeader(c, columns);
    const top = c.y;
    const mid = top + (cell.lines[0]?.height ?? 13) / 2;
    c.drawBlock(c.layout(makeSpans(skill.kind ? formatWord(skill.kind) : '—', styles.muted), 68), xs[1]!, mid - 6);
    drawLevelBar(c, xs[2]!, mid - 3.5, skill.level, skill.target);
    const number = (n: number | undefined, x: number, strong: boolean) => {
      const block = c.layout(makeSpans(n === undefined ? '—' : `${n}/5`, strong ? styles.smallBold : styles.small), 40);
      c.drawBlock(block, x + (40 - block.width) / 2, mid - block.height / 2);
    };
    number(skill.level, xs[3]!, false);
    number(skill.target, xs[4]!, (skill.target ?? 0) > (skill.level ?? 0));
    // A note longer than a page flows on; anything else stays on its row.
    if (c.fitsOnPage(height + 40)) {
      c.drawBlock(cell, xs[0]!, top);
      c.y = top + height + 3;
    } else {
      c.flowBlock(cell, xs[0]!);
      c.y += 3;
    }
    c.draw.moveTo(c.left, c.y).lineTo(c.right, c.y).lineWidth(0.4).stroke(colors.rule);
    c.y += 4;
  });
  drawLevelLegend(c);
}

function makeSkillCell(c: Canvas, skill: Skill, width: number): TextBlock {
  const spans: Span[] = [{ text: skill.name, style: styles.bodyBold }];
  if (skill.note) spans.push({ text: `\n${skill.note}`, style: styles.muted });
  return c.layout(spans, width);
}

// A one-line key under the table, so the outlined cells read as "to learn".
function drawLevelLegend(c: Canvas): void {
  c.keepTogether(12);
  const y = c.y + 2;
  let x = c.left;
  c.draw.rect(x, y, 10, 6).fill(colors.accent);
  x += 14;
  const now = c.layout(makeSpans('Current level', styles.muted), 200);
  c.drawBlock(now, x, y - 3);
  x += now.width + 14;
  c.draw.rect(x, y, 10, 6).fill(colors.accentPale);
  c.draw.rect(x + 0.4, y + 0.4, 9.2, 5.2).lineWidth(0.8).stroke(colors.accent);
  x += 14;
  const gap = c.layout(makeSpans('Gap to target (levels 0 to 5)', styles.muted), 300);
  c.drawBlock(gap, x, y - 3);
  c.y += 14;
}

/** Draws the owner's education, whether it is enough, and what is still needed. */
export function drawEducation(c: Canvas, loaded: LoadedPlan): void {
  const education = loaded.plan.education;
  if (!education) return;
  const rows: Span[][] = [];
  if (education.current) rows.push([{ text: 'Current  ', style: styles.label }, { text: education.current, style: styles.body }]);
  if (education.sufficient !== undefined) {
    rows.push([
      { text: 'Enough for the goals  ', style: styles.label },
      education.sufficient
        ? { text: 'Yes', style: { ...styles.bodyBold, color: colors.good } }
        : { text: 'No, more is needed', style: { ...styles.bodyBold, color: colors.warn } },
    ]);
  }
  const needed = education.needed ?? [];
  if (rows.length === 0 && needed.length === 0) return;
  drawSectionHeading(c, 'Education', 30);
  for (const row of rows) {
    c.flowBlock(c.layout(row));
    c.y += 2;
  }
  if (needed.length > 0) {
    c.y += 4;
    c.keepTogether(measureSubheading(c, 'Still needed') + 14);
    c.y += drawSubheading(c, 'Courses and credentials still needed', c.left, c.y);
    flowBulletList(c, needed.map((n) => makeSpans(n, styles.body)));
  }
}

/** Draws each barrier beside how to get past it, then the backup plan. */
export function drawBarriers(c: Canvas, loaded: LoadedPlan): void {
  const barriers = (loaded.plan.barriers ?? []).filter((b) => b.barrier || b.mitigation);
  const backup = loaded.plan.backupPlan;
  if (barriers.length === 0 && !backup) return;
  const gap = 20;
  const col = (c.contentWidth - gap) / 2;
  const cell = (text: string | undefined, muted = false) =>
    c.layout(makeSpans(text ?? '—', text ? (muted ? styles.body : styles.bodyBold) : styles.muted), col);
  const rows = barriers.map((b) => [cell(b.barrier), cell(b.mitigation, true)] as const);
  const first = rows[0] ? Math.max(rows[0][0].height, rows[0][1].height) + 18 : 30;
  drawSectionHeading(c, backup && barriers.length === 0 ? 'Backup plan' : 'Barriers and backup plan', first);
  const header = () => {
    c.drawBlock(c.layout(makeSpans('WHAT COULD GET IN THE WAY', styles.label), col), c.left, c.y);
    c.drawBlock(c.layout(makeSpans('HOW TO GET PAST IT', styles.label), col), c.left + col + gap, c.y);
    c.y += 14;
  };
  if (rows.length > 0) header();
  for (const [barrier, mitigation] of rows) {
    const height = Math.max(barrier.height, mitigation.height);
    if (c.keepTogether(height + 4)) header();
    if (!c.fitsOnPage(height + 20)) {
      // Longer than a page: the barrier, then how to get past it, flowing.
      c.flowBlock(barrier, c.left);
      c.flowBlock(mitigation, c.left + col + gap);
      c.y += spacing.item + 2;
      continue;
    }
    c.draw.rect(c.left - 8, c.y + 2, 2, height - 4).fill(colors.warn);
    c.drawBlock(barrier, c.left, c.y);
    c.drawBlock(mitigation, c.left + col + gap, c.y);
    c.y += height + spacing.item + 2;
  }
  if (backup) {
    const block = c.layout(makeSpans(backup, styles.body), c.contentWidth - 24);
    const label = c.layout(makeSpans('BACKUP PLAN', { ...styles.label, color: colors.accent }), 200);
    const height = 8 + label.height + 2 + block.height + 8;
    if (rows.length > 0) c.y += 6;
    c.keepTogether(Math.min(height, 60));
    // A tinted panel when it fits on the page; a very long plan just flows.
    if (height <= c.room) c.draw.roundedRect(c.left, c.y, c.contentWidth, height, 4).fill(colors.accentPale);
    c.y += 8;
    c.drawBlock(label, c.left + 12, c.y);
    c.y += label.height + 2;
    c.flowBlock(block, c.left + 12);
    c.y += 8;
  }
}
