import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PLAN_SCHEMA_FILE, renderPlanJsonSchema } from '../schema/json-schema.js';
import { PLAN_FORMAT_DOC, renderPlanFormatDoc } from '../schema/plan-format-doc.js';
import { parseOptions, type Command } from './command.js';

const help = `Usage: planfolio schema [--out FILE] [--doc FILE] [--check]

Writes the plan format as a JSON Schema (default: ${PLAN_SCHEMA_FILE}), so
editors with YAML language support complete and check front matter as you
type. Plans point at it with their first front matter line, a path from
the plan's own folder (as \`planfolio new\` writes it):
  # yaml-language-server: $schema=../${PLAN_SCHEMA_FILE}      in plans/x.md
  # yaml-language-server: $schema=../../${PLAN_SCHEMA_FILE}   in plans/someone/x.md

It also writes the format's reference for people (default: ${PLAN_FORMAT_DOC}):
every field, what it holds, the values it allows, and an example plan.

  --out FILE   where to write the JSON Schema (default: ${PLAN_SCHEMA_FILE})
  --doc FILE   where to write the reference (default: ${PLAN_FORMAT_DOC})
  --check      write nothing; exit 1 when either is not up to date`;

/** `planfolio schema`: write (or check) the JSON Schema and the reference made from the Zod plan schema. */
export const runSchema: Command = async (argv, io) => {
  const { values } = parseOptions(argv, {
    out: { type: 'string', default: PLAN_SCHEMA_FILE },
    doc: { type: 'string', default: PLAN_FORMAT_DOC },
    check: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.out.write(`${help}\n`);
    return 0;
  }
  // The reference for people is written beside the schema for editors, from the same Zod schema.
  const outputs = [
    { file: values.out, text: renderPlanJsonSchema() },
    { file: values.doc, text: renderPlanFormatDoc() },
  ];
  let stale = 0;
  for (const { file, text } of outputs) {
    const current = await readFile(file, 'utf8').catch(() => undefined);
    if (values.check) {
      if (current === text) io.out.write(`${file} is up to date.\n`);
      else io.err.write(`${file} is ${current === undefined ? 'missing' : 'out of date'}; run "planfolio schema" to write it.\n`);
      if (current !== text) stale++;
      continue;
    }
    if (current !== text) {
      await mkdir(path.dirname(path.resolve(file)), { recursive: true });
      await writeFile(path.resolve(file), text);
    }
    io.out.write(`${current === text ? 'Unchanged' : 'Wrote'} ${file}.\n`);
  }
  return stale > 0 ? 1 : 0;
};
