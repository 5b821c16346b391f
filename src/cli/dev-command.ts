import path from 'node:path';
import { formatProblem } from '../errors/problem.js';
import { TEMPLATES_DIR } from '../runtime/project-paths.js';
import { lockOutput, refuseUnsafeOutput } from '../site/output-folder.js';
import type { RebuildReport } from '../watch/dev-build.js';
import { DevServer } from '../watch/dev-server.js';
import { RebuildQueue, type Changes } from '../watch/rebuild-queue.js';
import { makeSettleCheck } from '../watch/settle-check.js';
import { watchFiles } from '../watch/watch-files.js';
import { countWords, parseOptions, parsePort, type Command } from './command.js';
import { skipEleventyModuleReloading } from '../runtime/eleventy-resolver.js';

const help = `Usage: planfolio dev [--plans DIR] [--port N] [--host HOST] [--out DIR] [--no-pdf]

Builds every plan (drafts included), serves the site on localhost with live
reload, and rebuilds the page and PDF of each plan you save. A save that
breaks a plan shows its problems in the terminal and over every page, while
the last good site stays up. Ctrl-C stops it.

  --plans DIR   the folder of plans (default: plans)
  --port N      the port to serve on (default: 8080; 0 picks a free one)
  --host HOST   the address to listen on, such as 0.0.0.0 to preview on a
                phone on your network (default: 127.0.0.1, this computer only)
  --out DIR     where the dev build goes (default: .cache/dev-site)
  --no-pdf      skip PDFs`;

/** `planfolio dev`: build, serve, watch, rebuild on every save, one rebuild at a time. */
export const runDev: Command = async (argv, io) => {
  const { values } = parseOptions(argv, {
    plans: { type: 'string', default: 'plans' },
    port: { type: 'string', default: '8080' },
    host: { type: 'string' },
    out: { type: 'string', default: '.cache/dev-site' },
    'no-pdf': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.out.write(`${help}\n`);
    return 0;
  }
  const port = parsePort(values.port);
  const outDir = path.resolve(values.out);
  // The same checks as a build's: dev writes into its folder too.
  refuseUnsafeOutput(values.out, values.plans);
  const unlock = await lockOutput(outDir);
  try {
    return await serveAndWatch(outDir, port, values, io);
  } finally {
    await unlock();
  }
};

/** Builds, serves and rebuilds on every save until Ctrl-C. */
async function serveAndWatch(outDir: string, port: number, values: { plans: string; host?: string; 'no-pdf': boolean }, io: Parameters<Command>[1]): Promise<number> {
  // A page asked for before its turn is built next (the build is made below, before any request can come).
  const server = new DevServer(outDir, { host: values.host, whenBuilt: (address) => build.prioritize(address) });
  // Loaded only now: `dev --help` and a busy port should not pay for Eleventy and pdfkit.
  skipEleventyModuleReloading();
  const { DevBuild } = await import('../watch/dev-build.js');
  // The port is taken before the first build, so a busy one is said at once, not after it.
  const url = await server.listen(port);
  const build = new DevBuild({
    plansDir: values.plans,
    outDir,
    pdf: !values['no-pdf'],
    // The saved plan's own page reloads as soon as it is written; the lists follow.
    onPlansWritten: (report) => server.reload(report.urls),
  });
  const say = (line: string) => io.out.write(`${line}\n`);
  let lastFailed = false;

  let stopping = false;
  let serving: (() => void) | undefined;
  const firstServed = new Promise<void>((resolve) => (serving = resolve));
  const startedAt = performance.now();
  const show = (report: RebuildReport): void => {
    if (report.backlog && report.ok) {
      // The rest of the first build: quiet, but pages open on it reload.
      server.reload(report.full ? undefined : report.urls);
      if (!build.hasBacklog() && !stopping) say(`Built every page${values['no-pdf'] ? '' : ' and PDF'} in ${((performance.now() - startedAt) / 1000).toFixed(1)} s.`);
      return;
    }
    if (report.firstPage) serving?.();
    if (!report.ok) {
      for (const problem of report.problems) io.err.write(`${formatProblem(problem)}\n`);
      say(`${countWords(report.problems.length, 'problem')}; still serving the last good build.`);
      server.showProblems(report.problems);
      lastFailed = true;
      return;
    }
    if (lastFailed) say('Fixed: problems cleared.');
    lastFailed = false;
    server.showProblems([]);
    const what = report.full ? `all ${countWords(report.plans.length, 'plan')}` : [...report.plans, ...report.removed.map((f) => `${f} (removed)`)].join(', ') || 'lists';
    if (report.firstPage) say(`Checked ${countWords(report.plans.length, 'plan')} and made the home page in ${report.ms} ms; the other pages${values['no-pdf'] ? '' : ' and the PDFs'} follow.`);
    else say(`Rebuilt ${what} in ${report.ms} ms.`);
    server.reload(report.full ? undefined : report.urls);
  };
  // Watch handlers never throw: anything unexpected is printed and the watch goes on.
  const reportError = (error: unknown) => io.err.write(`planfolio dev: ${error instanceof Error ? error.message : String(error)}\n`);
  const queue: RebuildQueue = new RebuildQueue(async (changes) => {
    try {
      show(await build.rebuild(changes));
    } finally {
      // One step of the rest at a time, so saves are taken between steps.
      if (build.hasBacklog()) queue.push({ backlog: true });
    }
  }, reportError);

  const settle = makeSettleCheck(build, (change) => queue.push(change));
  const onChange = (change: Partial<Changes>) => {
    queue.push(change);
    settle(change.plans ?? []);
    if (change.templates) settle.templates();
  };
  queue.push({ rescan: true });
  // Served as soon as the home page is made (or the problems found); the rest is built in the background.
  await Promise.race([firstServed, queue.idle()]);
  say(`Serving ${url} (Ctrl-C to stop); watching ${values.plans}/ and templates/.`);
  // Watching starts once the first page is out (setting up a watch over 1,000 files costs
  // a few hundred milliseconds); what was saved meanwhile is caught up with once it is ready.
  const watcher = watchFiles({ plansDir: values.plans, templatesDir: TEMPLATES_DIR, onChange, onError: reportError });
  void watcher.ready.then(() => {
    if (stopping) return;
    const missed = build.store.listChangedSinceRead();
    if (missed === undefined) queue.push({ rescan: true });
    else if (missed.length > 0) onChange({ plans: new Set(missed) });
  });

  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  say('Stopping.');
  stopping = true;
  build.dropBacklog();
  settle.cancel();
  await watcher.close();
  await queue.idle();
  await server.close();
  return 0;
}
