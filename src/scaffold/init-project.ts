// `planfolio init`: makes the working folder a plans repository that uses
// Planfolio as a dependency. It never replaces anything of the user's: a file
// that exists is kept, and package.json and .gitignore only gain what they lack.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_FILES } from '../config/load-config.js';
import { messages } from '../errors/catalogue.js';
import { PlanfolioError } from '../errors/errors.js';
import { loadPlan } from '../load/load-plan.js';
import { findPlanSchemaFile, PROJECT_ROOT } from '../runtime/project-paths.js';
import { PLAN_SCHEMA_FILE } from '../schema/json-schema.js';
import { slugify } from '../schema/slugify.js';
import { EXAMPLE_PLAN_FILE, GITIGNORE_LINES, INIT_SCRIPTS, makeConfigText, makeExamplePlan, makeReadmeSection, README_HEADING } from './init-files.js';

/** What `init` did with one file: wrote it, added to it, or kept it as it was. */
export interface InitStep {
  outcome: 'wrote' | 'added' | 'kept';
  file: string;
  /** What was added, or why it was kept. */
  detail: string;
}

export interface InitOptions {
  /** The plans repository's folder. */
  cwd: string;
  /** `YYYY-MM-DD`: the example plan's `created` date. */
  today: string;
}

/** Writes what a plans repository needs, keeping every file it has, and says what it did with each. */
export function initProject(options: InitOptions): InitStep[] {
  const { cwd } = options;
  return [
    mergeScripts(cwd),
    writeExamplePlan(cwd, options.today),
    writeConfig(cwd),
    writeUnlessPresent(cwd, 'netlify.toml', () => readFileSync(path.join(PROJECT_ROOT, 'netlify.toml'), 'utf8')),
    mergeGitignore(cwd),
    addReadmeSection(cwd),
  ];
}

/** Adds the npm scripts package.json lacks; a script of the same name that is there already stays. */
function mergeScripts(cwd: string): InitStep {
  const file = path.join(cwd, 'package.json');
  const exists = existsSync(file);
  let manifest: { scripts?: Record<string, string>; [key: string]: unknown } = { name: slugify(path.basename(cwd)) || 'career-plans', private: true };
  if (exists) {
    try {
      manifest = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new PlanfolioError(messages.initPackageUnreadable('package.json', (error as Error).message), { cause: error });
    }
  }
  const scripts = { ...manifest.scripts };
  const added = Object.keys(INIT_SCRIPTS).filter((name) => scripts[name] === undefined);
  const kept = Object.keys(INIT_SCRIPTS).filter((name) => scripts[name] !== undefined && scripts[name] !== INIT_SCRIPTS[name]);
  for (const name of added) scripts[name] = INIT_SCRIPTS[name]!;
  if (added.length > 0) writeFileSync(file, `${JSON.stringify({ ...manifest, scripts }, null, 2)}\n`);
  const keptNote = kept.length ? `; kept your ${kept.map((name) => `"${name}"`).join(', ')}` : '';
  if (!exists) return { outcome: 'wrote', file: 'package.json', detail: `scripts ${added.join(', ')}` };
  if (added.length === 0) return { outcome: 'kept', file: 'package.json', detail: `it has every script${keptNote}` };
  return { outcome: 'added', file: 'package.json', detail: `scripts ${added.join(', ')}${keptNote}` };
}

/** An example plan, only into a plans folder with no plans yet. */
function writeExamplePlan(cwd: string, today: string): InitStep {
  const plansDir = path.join(cwd, 'plans');
  const hasPlans = existsSync(plansDir) && readdirSync(plansDir, { recursive: true }).some((name) => String(name).endsWith('.md'));
  if (hasPlans) return { outcome: 'kept', file: 'plans/', detail: 'it has plans already' };
  const target = path.join(plansDir, EXAMPLE_PLAN_FILE);
  const schemaRef = path.relative(plansDir, findPlanSchemaFile(cwd, PLAN_SCHEMA_FILE)).split(path.sep).join('/');
  const text = makeExamplePlan(today, schemaRef);
  // Checked as every plan is, so what init writes always passes `planfolio check`.
  const location = { file: `plans/${EXAMPLE_PLAN_FILE}`, absolutePath: target, relativePath: EXAMPLE_PLAN_FILE };
  const checked = loadPlan(new TextEncoder().encode(text), location, today);
  if (!checked.ok) throw new Error(`Planfolio's example plan is not valid:\n${checked.problems.map((p) => p.message).join('\n')}`);
  mkdirSync(plansDir, { recursive: true });
  writeFileSync(target, text, { flag: 'wx' });
  return { outcome: 'wrote', file: `plans/${EXAMPLE_PLAN_FILE}`, detail: 'an example plan to replace with yours' };
}

function writeConfig(cwd: string): InitStep {
  const existing = CONFIG_FILES.find((name) => existsSync(path.join(cwd, name)));
  if (existing) return { outcome: 'kept', file: existing, detail: 'already there' };
  const title = 'Career plans';
  return writeUnlessPresent(cwd, CONFIG_FILES[0], () => makeConfigText(title));
}

/** Writes a file that does not exist yet; `wx` also keeps one that appeared a moment ago. */
function writeUnlessPresent(cwd: string, name: string, makeText: () => string): InitStep {
  try {
    writeFileSync(path.join(cwd, name), makeText(), { flag: 'wx' });
    return { outcome: 'wrote', file: name, detail: '' };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return { outcome: 'kept', file: name, detail: 'already there' };
  }
}

/** Adds the lines .gitignore lacks, so builds and dependencies stay out of git. */
function mergeGitignore(cwd: string): InitStep {
  const file = path.join(cwd, '.gitignore');
  if (!existsSync(file)) return writeUnlessPresent(cwd, '.gitignore', () => `${GITIGNORE_LINES.join('\n')}\n`);
  const text = readFileSync(file, 'utf8');
  const present = new Set(text.split(/\r?\n/).map((line) => line.trim()));
  const missing = GITIGNORE_LINES.filter((line) => !present.has(line));
  if (missing.length === 0) return { outcome: 'kept', file: '.gitignore', detail: 'it ignores everything Planfolio makes' };
  writeFileSync(file, `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}# Planfolio's builds and caches\n${missing.join('\n')}\n`);
  return { outcome: 'added', file: '.gitignore', detail: missing.join(' ') };
}

/** Adds the section on working with plans to the README, or writes a README with it. */
function addReadmeSection(cwd: string): InitStep {
  const file = path.join(cwd, 'README.md');
  if (!existsSync(file)) return writeUnlessPresent(cwd, 'README.md', () => `# Career plans\n\n${makeReadmeSection()}`);
  const text = readFileSync(file, 'utf8');
  if (text.includes(README_HEADING)) return { outcome: 'kept', file: 'README.md', detail: 'it has the Planfolio section' };
  writeFileSync(file, `${text.trimEnd()}\n\n${makeReadmeSection()}`);
  return { outcome: 'added', file: 'README.md', detail: `the section "${README_HEADING.replace(/^#+ /, '')}"` };
}
