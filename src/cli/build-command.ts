import { availableParallelism } from 'node:os';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { countWords, parseOptions, type Command } from './command.js';
import { skipEleventyModuleReloading } from '../runtime/eleventy-resolver.js';
import { findPlanFiles } from '../load/find-plan-files.js';

const help = `Usage: planfolio build [--plans DIR] [--out DIR] [--base PATH] [--drafts] [--no-pdf] [--no-search] [--no-history] [--timings]

Validates every plan below DIR (default: plans) and builds the site, with a
PDF of every plan, exports and a search index, into the output folder
(default: _site). A plan with a problem stops the build and leaves the
previous output untouched. Settings come from planfolio.config.json, if any.

  --plans DIR   the folder of plans (default: plans)
  --out DIR     where the site goes (default: _site)
  --base PATH   the path the site is served under, such as /career/
                (default: "base" in planfolio.config.json, else /)
  --drafts      include draft plans (they are left out by default)
  --no-pdf      skip PDFs for a quicker, site-only build
  --no-search   skip the search index
  --no-history  skip reading plan history from git
  --no-history-cache
                read every plan's history afresh, without what earlier
                builds kept in node_modules/.cache/planfolio
  --no-pdf-cache
                draw every PDF, instead of copying the PDFs of unchanged
                plans that earlier builds kept in node_modules/.cache/planfolio
  --timings     print how long each stage took, in wall and CPU time`;

/** `planfolio build`: validate, then build the site and PDFs into a fresh output folder. */
export const runBuild: Command = async (argv, io) => {
  const { values } = parseOptions(argv, {
    plans: { type: 'string', default: 'plans' },
    out: { type: 'string', default: '_site' },
    base: { type: 'string' },
    drafts: { type: 'boolean', default: false },
    pdf: { type: 'boolean', default: true },
    'no-pdf': { type: 'boolean', default: false },
    search: { type: 'boolean', default: true },
    'no-search': { type: 'boolean', default: false },
    'no-history': { type: 'boolean', default: false },
    'no-history-cache': { type: 'boolean', default: false },
    'no-pdf-cache': { type: 'boolean', default: false },
    timings: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.out.write(`${help}\n`);
    return 0;
  }
  const started = performance.now();
  const collectGarbage = keepHeapNearLive();
  skipEleventyModuleReloading();
  // Loaded only now: `build --help` should not pay for reading configuration, and an output
  // folder the build must refuse should not pay for Eleventy and pdfkit either.
  const [{ loadConfig, overrideBase }, { refuseUnsafeOutput }] = await Promise.all([import('../config/load-config.js'), import('../site/output-folder.js')]);
  const configured = loadConfig();
  const config = values.base === undefined ? configured : overrideBase(configured, values.base);
  refuseUnsafeOutput(values.out, values.plans);
  const pdf = values.pdf && !values['no-pdf'];
  // A PDF thread starts loading pdfkit and fontkit now, on the other core, while this one loads Eleventy.
  // Not when the last build's PDFs are likely all still good: the build copies them instead.
  let quick = false;
  if (pdf) {
    const [{ describeThreadSetup, prestartPdfThread }, { expectKeptPdfs }] = await Promise.all([import('../pdf/pdf-pool.js'), import('../pdf/pdf-cache.js')]);
    if (values['no-pdf-cache'] || !(await expectKeptPdfs(values.plans))) {
      // A small build that draws runs without Turbofan (see QUICK_BUILD_PLANS), told before the thread
      // starts: V8's flags are the whole process's.
      quick = availableParallelism() >= 2 && isSmall(values.plans);
      if (quick) setFlagsFromString('--no-turbofan');
      prestartPdfThread(describeThreadSetup({ pageSize: config.pdfPageSize, language: config.language, theme: config.theme }));
    }
  }
  // Set back afterwards: a build run inside a longer-lived process (tests) leaves V8's compiler as it found it.
  try {
    const [{ buildSite }, { formatTimings }, { showPath }] = await Promise.all([
      import('../site/build-site.js'),
      import('../site/stage-timings.js'),
      import('../load/load-portfolio.js'),
    ]);
    const result = await buildSite({
      plansDir: values.plans,
      outDir: values.out,
      drafts: values.drafts,
      pdf,
      search: values.search && !values['no-search'],
      history: !values['no-history'],
      historyCache: !values['no-history-cache'],
      pdfCache: !values['no-pdf-cache'],
      config,
      collectGarbage,
    });
    for (const note of result.portfolio.notes) io.err.write(`note: ${note}\n`);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const pdfs = result.pdfs.length ? `, ${countWords(result.pdfs.length, 'PDF')}` : '';
    const base = config.base === '/' ? '' : ` for ${config.base}`;
    io.out.write(
      `Built ${countWords(result.portfolio.plans.length, 'plan')} into ${showPath(path.resolve(values.out))}/${base} ` +
        `(${countWords(result.pages, 'page')}${pdfs}) in ${seconds} s.\n`,
    );
    if (values.timings) io.out.write(`Timings:\n${formatTimings(result.timings)}\n`);
    return 0;
  } finally {
    if (quick) setFlagsFromString('--turbofan');
  }
};

/**
 * Up to how many plans a build that draws PDFs beside its pages runs
 * without V8's optimising compiler (Turbofan). Such a build keeps both cores
 * busy (the pages here, the PDFs on their thread) and is over in seconds,
 * too soon for optimised code to pay back the compiling, whose threads take
 * the cores the two need. Measured on 2 cores, first builds: 5 plans 18%
 * quicker (2.32 s to 1.90 s, 20% less CPU), 100 plans 6% quicker, 300
 * plans about the same, 1,000 plans 28% slower without it. A build with
 * nothing to draw has a core to spare and keeps Turbofan, as do `check`
 * and `pdf` (one thread each: no quicker without it).
 */
export const QUICK_BUILD_PLANS = 100;

/** Whether the plans folder holds at most QUICK_BUILD_PLANS plan files (a folder that cannot be read is the build's to report). */
export function isSmall(plansDir: string): boolean {
  try {
    return findPlanFiles(plansDir, plansDir).files.length <= QUICK_BUILD_PLANS;
  } catch {
    return false;
  }
}

/**
 * A build makes a great deal of garbage between what it keeps (the plans,
 * then each stage's pages or PDFs). Left to itself, on a machine with memory
 * to spare, V8 lets the heap grow to up to four times what is live before it
 * collects: when this was set, 860 MB for a 1,000-plan build that needed
 * 530 MB with the heap grown by a third at a time. A growth factor, not a
 * ceiling: a larger portfolio still gets all the memory it needs. It costs
 * time where memory is plenty: first full builds of the bench's 1,000 plans
 * took 21.7 s (median of 10) against 19.8 s without it, peaking at 590
 * against 650-750 MB; at 1,500 and 2,000 plans the time was the same and the
 * peak 670 against 940 MB and 740 against 1,010 MB (one build each, 5 Dec
 * 2026). Kept for all sizes: 9% at 1,000 plans is under what a speed change
 * must bring here.
 *
 * Returns V8's collector, for the build to run once it lets go of the site's
 * data: left to the next collection, that data was still held while the
 * PDFs began, and a 5,000-plan build peaked there at 1,035 MiB (836 MiB with
 * it collected at once). `--expose-gc` set now reaches only contexts made
 * after it, so the collector is taken from a new one.
 */
export function keepHeapNearLive(): () => void {
  setFlagsFromString('--heap-growing-percent=33');
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}
