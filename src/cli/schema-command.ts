import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PLAN_SCHEMA_FILE, renderPlanJsonSchema } from '../schema/json-schema.js';
import { parseOptions, type Command } from './command.js';

const help = `Usage: planfolio schema [--out FILE] [--check]

Writes the plan format as a JSON Schema (default: ${PLAN_SCHEMA_FILE}), so
editors with YAML language support complete and check front matter as you
type. Plans point at it with their first front matter line, a path from
the plan's own folder (as \`planfolio new\` writes it):
  # yaml-language-server: $schema=../${PLAN_SCHEMA_FILE}      in plans/x.md
  # yaml-language-server: $schema=../../${PLAN_SCHEMA_FILE}   in plans/someone/x.md

  --out FILE   where to write it (default: ${PLAN_SCHEMA_FILE})
  --check      write nothing; exit 1 when FILE is not up to date`;

/** `planfolio schema`: write (or check) the JSON Schema made from the Zod plan schema. */
export const runSchema: Command = async (argv, io) => {
  const { values } = parseOptions(argv, {
    out: { type: 'string', default: PLAN_SCHEMA_FILE },
    check: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.out.write(`${help}\n`);
    return 0;
  }
  const text = renderPlanJsonSchema();
  const current = await readFile(values.out, 'utf8').catch(() => undefined);
  if (values.check) {
    if (current === text) {
      io.out.write(`${values.out} is up to date.\n`);
      return 0;
    }
    io.err.write(`${values.out} is ${current === undefined ? 'missing' : 'out of date'}; run "planfolio schema" to write it.\n`);
    return 1;
  }
  if (current !== text) await writeFile(path.resolve(values.out), text);
  io.out.write(`${current === text ? 'Unchanged' : 'Wrote'} ${values.out}.\n`);
  return 0;
};
