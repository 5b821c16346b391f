// docs/plan-format.md is the plan format's reference for people: made from
// the Zod schema, never out of date, and its example is a valid plan.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { runCli } from '../../src/cli/run-cli.js';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/load/load-plan.js';
import { EXAMPLE_PLAN, PLAN_FORMAT_DOC, renderPlanFormatDoc } from '../../src/schema/plan-format-doc.js';
import { makeTempDir } from '../helpers/portfolio.js';

describe('docs/plan-format.md', () => {
  it('is what `npm run schema` writes from the Zod schema now (run it after changing src/schema/)', () => {
    expect(readFileSync(PLAN_FORMAT_DOC, 'utf8')).toBe(renderPlanFormatDoc());
  });

  it('names every field with what it holds, the values it allows and its meaning', () => {
    const doc = renderPlanFormatDoc();
    for (const row of [
      '| `title` | text | yes |  | The plan\'s title. |',
      '| `status` | one of the values |  | `draft`, `active`, `achieved`, `archived`; default `active` |',
      '| `goals[].due` | date `YYYY-MM-DD` or month `YYYY-MM` | yes |  |',
      '| `goals[].id` | letters, digits and `-` |  |  |',
      '| `goals[].steps[].evaluation.worth` | one of the values or `true` or `false` | yes | `yes`, `partly`, `no`, `true`, `false` |',
      '| `skills[].level` | whole number 0 to 5 |  |  |',
    ]) {
      expect(doc).toContain(row);
    }
  });

  it('shows an example that is a valid plan', () => {
    const result = loadPlan(Buffer.from(EXAMPLE_PLAN), { file: 'example.md', absolutePath: '/example.md', relativePath: 'example.md' }, '2026-11-25');
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(renderPlanFormatDoc()).toContain(EXAMPLE_PLAN.trimEnd());
  });
});

describe('planfolio schema --check', () => {
  /** Runs the command in-process and returns its exit code and output. */
  async function run(argv: string[]) {
    const [out, err] = [new PassThrough(), new PassThrough()];
    let text = '';
    out.on('data', (chunk) => (text += chunk));
    err.on('data', (chunk) => (text += chunk));
    return { code: await runCli(argv, { out, err }), text };
  }

  it('passes while both files are up to date, and names the one that is not', async () => {
    expect(await run(['schema', '--check'])).toEqual({ code: 0, text: 'plan.schema.json is up to date.\ndocs/plan-format.md is up to date.\n' });
    const stale = path.join(makeTempDir('planfolio-doc-'), 'plan-format.md');
    writeFileSync(stale, '# old\n');
    expect(await run(['schema', '--check', '--doc', stale])).toEqual({
      code: 1,
      text: `plan.schema.json is up to date.\n${stale} is out of date; run "planfolio schema" to write it.\n`,
    });
  });
});

describe('the $schema line', () => {
  it('is the same in schema --help, the README and the plans planfolio new writes', async () => {
    const [out, err] = [new PassThrough(), new PassThrough()];
    let help = '';
    out.on('data', (chunk) => (help += chunk));
    expect(await runCli(['schema', '--help'], { out, err })).toBe(0);
    const readme = readFileSync('README.md', 'utf8');
    for (const line of ['# yaml-language-server: $schema=../plan.schema.json', '# yaml-language-server: $schema=../../plan.schema.json']) {
      expect(help).toContain(line);
    }
    expect(readme).toContain('# yaml-language-server: $schema=../plan.schema.json');
    expect(readme).toContain('`../../plan.schema.json`');
    // planfolio new writes plans one folder down (plans/<owner>/), and the sample plans sit in plans/.
    expect(readFileSync('plans/kim-minjun.md', 'utf8')).toContain('# yaml-language-server: $schema=../plan.schema.json');
  });
});
