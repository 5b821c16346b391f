// The skills radar's geometry: a spoke per skill from the top, clockwise, the
// level and the target as polygons on the 0-5 scale.
import { describe, expect, it } from 'vitest';
import { layOutSkillRadar } from '../../src/facts/skill-radar.js';

describe('the skills radar', () => {
  it('needs three skills to be a shape', () => {
    expect(layOutSkillRadar([])).toBeUndefined();
    expect(layOutSkillRadar([{ name: 'A', level: 1 }, { name: 'B', level: 2 }])).toBeUndefined();
  });

  it('puts four skills on the top, right, bottom and left spokes, at level and target', () => {
    const radar = layOutSkillRadar([
      { name: 'Top', level: 5, target: 5 },
      { name: 'Right', level: 0, target: 5 },
      { name: 'Bottom', level: 2.5, target: 5 },
      { name: 'Left', target: 5 },
    ])!;
    expect(radar.spokes.map((s) => [s.name, s.x, s.y, s.anchor])).toEqual([
      ['Top', 50, 16, 'middle'],
      ['Right', 84, 50, 'start'],
      ['Bottom', 50, 84, 'middle'],
      ['Left', 16, 50, 'end'],
    ]);
    expect(radar.level).toBe('50,16 50,50 50,67 50,50');
    expect(radar.target).toBe('50,16 84,50 50,84 16,50');
    expect(radar.rings).toHaveLength(5);
  });
});
