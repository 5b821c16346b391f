import { PlanfolioError, PlanProblemsError, UsageError } from '../errors/errors.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../runtime/project-paths.js';
import type { Command, CommandIO } from './command.js';

/** Planfolio's version, from its package.json. */
function readVersion(): string {
  return (JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

// Commands load on demand: `check` should not pay for Eleventy and pdfkit.
const commands: Record<string, () => Promise<Command>> = {
  build: async () => (await import('./build-command.js')).runBuild,
  check: async () => (await import('./check-command.js')).runCheck,
  dev: async () => (await import('./dev-command.js')).runDev,
  init: async () => (await import('./init-command.js')).runInit,
  new: async () => (await import('./new-command.js')).runNew,
  schema: async () => (await import('./schema-command.js')).runSchema,
  serve: async () => (await import('./serve-command.js')).runServe,
  pdf: async () => (await import('./pdf-command.js')).runPdf,
};

const usage = `Usage: planfolio <command> [options]

Commands:
  check [--plans DIR] [FILE...]     validate the plans (or the files named) and the configuration
  build [--plans DIR] [--out DIR]   build the site and PDFs (see build --help)
  dev [--plans DIR] [--port N]      build, serve and rebuild on every save
  init                              set up a plans repository that installs Planfolio
  new "<Owner Name>" [--title T]    write a new draft plan from a template
  schema [--out FILE]               write plan.schema.json for editors
  serve [--out DIR] [--port N]      look at the built site on localhost
  pdf <plan file> [-o file.pdf]     write one plan's PDF
  --version                         print Planfolio's version

Run "planfolio <command> --help" for a command's options.`;

/**
 * Runs one command and returns the exit code. A person's mistake is printed
 * as its message alone; anything else is a bug, printed with its stack.
 */
export async function runCli(argv: string[], io: CommandIO = { out: process.stdout, err: process.stderr }): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out.write(`${usage}\n`);
    return name ? 0 : 1;
  }
  if (name === '--version' || name === '-v') {
    io.out.write(`${readVersion()}\n`);
    return 0;
  }
  const loadCommand = commands[name];
  try {
    if (!loadCommand) throw new UsageError(`unknown command "${name}"\n\n${usage}`);
    return await (await loadCommand())(rest, io);
  } catch (error) {
    if (error instanceof PlanProblemsError) {
      // Problem lines print exactly as `planfolio check` prints them, so editors can link them.
      io.err.write(`${error.message}\n\nplanfolio ${name}: ${error.problems.length} problem${error.problems.length === 1 ? '' : 's'}; nothing was written.\n`);
      return 1;
    }
    if (error instanceof PlanfolioError) {
      io.err.write(`planfolio ${name}: ${error.message}\n`);
      return error instanceof UsageError ? 2 : 1;
    }
    io.err.write(`planfolio ${name}: unexpected error (this is a bug in Planfolio)\n`);
    io.err.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 70;
  }
}
