// The geometry of a plan's skills radar: one spoke per skill, the level held
// and the target as two polygons on the 0-5 scale. Like timeline.ts, it gives
// numbers (a 100 x 100 box, centre 50,50) and leaves the drawing to the views.
import type { Skill } from '../schema/skill.js';

/** A spoke of the radar: where its end and its label go. */
export interface RadarSpoke {
  name: string;
  /** The spoke's outer end (level 5). */
  x: number;
  y: number;
  /** Where its label goes, just past the end, and which way the text runs from there. */
  labelX: number;
  labelY: number;
  anchor: 'start' | 'middle' | 'end';
}

/** The skills radar: spokes, rings and the two polygons (for SVG `points`). */
export interface SkillRadar {
  spokes: RadarSpoke[];
  /** Rings at levels 1 to 5, as polygons. */
  rings: string[];
  level: string;
  target: string;
}

/** How many skills a radar needs to be a shape at all. */
const MIN_SKILLS = 3;
const RADIUS = 34;

const round = (n: number) => Math.round(n * 100) / 100;

/** The radar of a plan's skills, or none for fewer than three. */
export function layOutSkillRadar(skills: readonly Skill[]): SkillRadar | undefined {
  if (skills.length < MIN_SKILLS) return undefined;
  // Spoke i starts at the top and goes clockwise.
  const at = (i: number, value: number) => {
    const angle = (2 * Math.PI * i) / skills.length - Math.PI / 2;
    const r = (RADIUS * Math.max(0, Math.min(5, value))) / 5;
    return [round(50 + r * Math.cos(angle)), round(50 + r * Math.sin(angle))] as const;
  };
  const polygon = (value: (skill: Skill) => number) => skills.map((skill, i) => at(i, value(skill)).join(',')).join(' ');
  const spokes = skills.map((skill, i): RadarSpoke => {
    const [x, y] = at(i, 5);
    const [labelX, labelY] = at(i, 5 * 1.12);
    const anchor = Math.abs(labelX - 50) < 2 ? 'middle' : labelX > 50 ? 'start' : 'end';
    return { name: skill.name, x, y, labelX, labelY: round(labelY + (labelY > 50 ? 3 : labelY < 50 && anchor === 'middle' ? -1 : 1)), anchor };
  });
  return {
    spokes,
    rings: [1, 2, 3, 4, 5].map((level) => polygon(() => level)),
    level: polygon((skill) => skill.level ?? 0),
    target: polygon((skill) => skill.target ?? skill.level ?? 0),
  };
}
