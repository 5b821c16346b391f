// A plan's `lang`: the language its own text is written in, as a BCP 47 tag.
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/errors/problem.js';
import { loadPortfolio } from '../../src/load/load-portfolio.js';
import { makePortfolio, writePlan } from '../helpers/portfolio.js';

/** The plan's `lang` once loaded, or the problem lines it gives. */
async function readLang(lang: string): Promise<string | undefined | string[]> {
  const dir = makePortfolio({ 'plans/sam.md': writePlan({ extra: `lang: ${lang}\n` }) });
  const portfolio = await loadPortfolio({ plansDir: `${dir}/plans`, today: '2026-11-25' });
  return portfolio.problems.length ? portfolio.problems.map(formatProblem) : portfolio.plans[0]!.plan.lang;
}

describe("a plan's lang", () => {
  it.each([
    ['vi', 'vi'],
    ['zh-hans', 'zh-Hans'],
    ['pt-BR', 'pt-BR'],
    ['sr-Latn-RS', 'sr-Latn-RS'],
  ])('takes the well-formed tag %s, in its canonical form %s', async (given, read) => {
    expect(await readLang(given)).toBe(read);
  });

  it.each(['vi_VN', 'en--US', '"12"'])('refuses %s, saying how a tag is written', async (given) => {
    const problems = (await readLang(given)) as string[];
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/lang: ".*" is not a language tag; write a BCP 47 tag such as "vi", "zh-Hans" or "pt-BR"$/);
  });
});
