import { resolveToday } from '../dates/today.js';
import { initProject } from '../scaffold/init-project.js';
import { parseOptions, type Command } from './command.js';

const help = `Usage: planfolio init

Makes this folder a repository of career plans that uses Planfolio as a
dependency (after "npm install <Planfolio's git URL or tarball>"). It writes
what is missing and never replaces a file of yours:

  package.json           the scripts build, dev, check, serve and new
  plans/                 one example plan, when there are no plans yet
  planfolio.config.json  the portfolio's settings
  netlify.toml           building and publishing on Netlify
  .gitignore             builds, caches and node_modules/ kept out of git
  README.md              a section on working with the plans

package.json and .gitignore only gain what they lack; README.md gains the
section when it has none.`;

/** `planfolio init`: scaffold a plans repository around an installed Planfolio, and say what was written and kept. */
export const runInit: Command = async (argv, io) => {
  const { values } = parseOptions(argv, { help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    io.out.write(`${help}\n`);
    return 0;
  }
  const steps = initProject({ cwd: process.cwd(), today: resolveToday() });
  const width = Math.max(...steps.map((step) => step.file.length));
  for (const step of steps) {
    const detail = step.detail ? `  ${step.detail}` : '';
    io.out.write(`${step.outcome.padEnd(5)}  ${step.file.padEnd(width)}${detail}`.trimEnd() + '\n');
  }
  io.out.write('\nNext: npm run build (or npm run dev to preview while you write).\n');
  return 0;
};
