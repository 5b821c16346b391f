import { defineConfig } from 'vitest/config';

/**
 * Unit tests that leave no state behind (no builds, browsers, dev servers,
 * working-folder changes, environment changes they do not undo, module mocks
 * or caches they count): they share their workers' modules (isolate: false)
 * instead of loading Zod, the loader and the facts again for every file, which
 * cost more than half their CPU; the PDF tests among them load pdfkit, fontkit
 * and the fonts once per worker instead of once per file (17 PDF files took
 * 51 s of CPU isolated and 25.5 s shared). A file added to test/ runs isolated
 * until it is listed here.
 */
const SHARED_MODULES = [
  'test/cli/find-chromium.test.ts',
  'test/cli/quick-build.test.ts',
  'test/config/load-config.test.ts',
  'test/dates/calendar.test.ts',
  'test/deploy/netlify.test.ts',
  'test/deploy/redirects.test.ts',
  'test/facts/derive-facts.test.ts',
  'test/facts/next-actions.test.ts',
  'test/facts/outcomes.test.ts',
  'test/facts/skill-radar.test.ts',
  'test/facts/text-language.test.ts',
  'test/history/commit-url-and-chart.test.ts',
  'test/history/describe-changes.test.ts',
  'test/history/read-git.test.ts',
  'test/languages/plan-language.test.ts',
  'test/load/broken-files.test.ts',
  'test/load/flow-lists.test.ts',
  'test/load/front-matter.test.ts',
  'test/load/fuzz.test.ts',
  'test/load/good-files.test.ts',
  'test/load/load-portfolio.test.ts',
  'test/load/text-forms.test.ts',
  'test/load/yaml-readers.test.ts',
  'test/pdf/document-structure.test.ts',
  'test/pdf/goal-outcomes.test.ts',
  'test/pdf/headings.test.ts',
  'test/pdf/long-words.test.ts',
  'test/pdf/page-breaks.test.ts',
  'test/pdf/paginate.test.ts',
  'test/pdf/pdf-cache.test.ts',
  'test/pdf/pdfkit-pin.test.ts',
  'test/pdf/portfolio-summaries.test.ts',
  'test/pdf/progress.test.ts',
  'test/pdf/render-pdf.test.ts',
  'test/pdf/sample-plans.test.ts',
  'test/pdf/scripts.test.ts',
  'test/pdf/skills-radar.test.ts',
  'test/pdf/tables.test.ts',
  'test/pdf/text.test.ts',
  'test/pdf/write-pdfs.test.ts',
  'test/schema/json-schema.test.ts',
  'test/schema/plan-format-doc.test.ts',
  'test/schema/plan-schema.test.ts',
  'test/site/attach-history.test.ts',
  'test/site/pinned-dependencies.test.ts',
  'test/site/render-safety.test.ts',
  'test/site/search-words.test.ts',
  'test/site/view-helpers.test.ts',
  'test/templates/stage-templates.test.ts',
  'test/theme/accent-theme.test.ts',
  'test/theme/contrast.test.ts',
  'test/theme/pdf-theme.test.ts',
  'test/theme/theme-config.test.ts',
  'test/watch/backlog.test.ts',
  'test/watch/outside-links.test.ts',
  'test/watch/rebuild-queue.test.ts',
  'test/words/catalogue.test.ts',
];

/**
 * Files that run Planfolio's commands (as child processes or in-process
 * through test/helpers/run-here.ts), Chromium, git, npm or servers, and leave
 * nothing behind: each closes its browser, servers and dev processes in
 * afterAll, and puts back the working folder and environment it changes
 * before its test ends. They share their workers' modules too, so a worker
 * loads playwright-core, Eleventy and the loader once for all of them
 * instead of once per file. What still runs isolated mocks modules, resets
 * them, or checks what a fresh process has loaded.
 */
const SHARED_COMMANDS = [
  'test/browser/deploy.test.ts',
  'test/browser/history.test.ts',
  'test/browser/search-languages.test.ts',
  'test/browser/search-parts.test.ts',
  'test/browser/site.test.ts',
  'test/cli/check.test.ts',
  'test/cli/init.test.ts',
  'test/cli/install-package.test.ts',
  'test/cli/new.test.ts',
  'test/cli/page-size.test.ts',
  'test/cli/pdf.test.ts',
  'test/deploy/redirects-build.test.ts',
  'test/history/build-history.test.ts',
  'test/languages/spanish-portfolio.test.ts',
  'test/load/plan-cache.test.ts',
  'test/load/unreadable-folder.test.ts',
  'test/load/windows-plan.test.ts',
  'test/parity/outcomes.test.ts',
  'test/parity/site-pdf-json.test.ts',
  'test/site/address-clashes.test.ts',
  'test/site/build.test.ts',
  'test/site/exports-writing.test.ts',
  'test/site/exports.test.ts',
  'test/site/home-page.test.ts',
  'test/site/interrupted.test.ts',
  'test/site/kept-pdfs.test.ts',
  'test/site/long-names.test.ts',
  'test/site/output-safety.test.ts',
  'test/site/pages-alone-modules.test.ts',
  'test/site/pages-in-runs.test.ts',
  'test/site/reproducible.test.ts',
  'test/templates/locate-template-error.test.ts',
  'test/templates/template-overrides.test.ts',
  'test/theme/themed-build.test.ts',
  'test/watch/dev-first-page.test.ts',
  'test/watch/dev.test.ts',
  'test/watch/loopback-host.test.ts',
  'test/watch/template-overrides-dev.test.ts',
];

/** The type check of `npm test` (see test/types/start-type-check.ts). */
const TYPE_CHECK = 'test/types/type-check.test.ts';

export default defineConfig({
  test: {
    // Build and browser tests run real builds and a real Chromium.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Most tests wait on child processes (builds, git, Chromium), so two files at a time on two cores
    // keep both busy; Vitest's default leaves one core to itself.
    maxWorkers: 2,
    // PDF dates are checked through poppler's pdfinfo, which prints them in the local time zone:
    // every test process and the commands it starts read dates in UTC, whatever the machine's zone.
    env: { TZ: 'UTC' },
    projects: [
      {
        extends: true,
        test: {
          name: 'isolated',
          include: ['test/**/*.test.ts'],
          exclude: [...SHARED_MODULES, ...SHARED_COMMANDS, TYPE_CHECK],
          // A folder for the builds several files read (the sample plans...), each made once per run.
          globalSetup: ['test/helpers/shared-builds-setup.ts'],
        },
      },
      { extends: true, test: { name: 'shared', include: SHARED_MODULES, isolate: false } },
      {
        extends: true,
        test: { name: 'commands', include: SHARED_COMMANDS, isolate: false, globalSetup: ['test/helpers/shared-builds-setup.ts'] },
      },
      // tsc starts with the run, beside the tests (its globalSetup), and is read by the last file of the run:
      // Vitest runs projects in name order, and `types` comes after the others.
      { extends: true, test: { name: 'types', include: [TYPE_CHECK], globalSetup: ['test/types/start-type-check.ts'] } },
    ],
  },
});
