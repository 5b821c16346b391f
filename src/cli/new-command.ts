import { resolveToday } from '../dates/today.js';
import { UsageError } from '../errors/errors.js';
import { findPlanSchemaFile } from '../runtime/project-paths.js';
import { PLAN_SCHEMA_FILE } from '../schema/json-schema.js';
import { writeNewPlan } from '../scaffold/new-plan.js';
import { parseOptions, type Command } from './command.js';

const help = `Usage: planfolio new "<Owner Name>" [--title TITLE] [--plans DIR]

Writes a new plan for the owner from a template, at
DIR/<owner>/<year>-<title>.md (default DIR: plans), dated today
(PLANFOLIO_TODAY when set). It starts as a draft with placeholders that
validate: replace them, then set "status: active" to publish it. An
existing file is never overwritten; a taken name gets -2, -3...

  --title TITLE  the plan's title (default: Career plan)
  --plans DIR    the folder of plans (default: plans)`;

/** `planfolio new`: scaffold a valid draft plan and say where it went. */
export const runNew: Command = async (argv, io) => {
  const { values, positionals } = parseOptions(
    argv,
    {
      title: { type: 'string' },
      plans: { type: 'string', default: 'plans' },
      help: { type: 'boolean', short: 'h' },
    },
    true,
  );
  if (values.help) {
    io.out.write(`${help}\n`);
    return 0;
  }
  if (positionals.length !== 1 || !positionals[0]!.trim()) {
    throw new UsageError(`name whose plan it is, in quotes: planfolio new "Ana García"\n\n${help}`);
  }
  const file = writeNewPlan({
    owner: positionals[0]!,
    title: values.title,
    today: resolveToday(),
    plansDir: values.plans,
    schemaFile: findPlanSchemaFile(process.cwd(), PLAN_SCHEMA_FILE),
  });
  io.out.write(`Wrote ${file}: a draft plan for ${positionals[0]!.trim()}. Fill it in, then set "status: active" to publish it.\n`);
  return 0;
};
