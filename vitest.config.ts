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
  'test/config/load-config.test.ts',
  'test/dates/calendar.test.ts',
  'test/deploy/netlify.test.ts',
  'test/facts/derive-facts.test.ts',
  'test/facts/next-actions.test.ts',
  'test/facts/outcomes.test.ts',
  'test/facts/skill-radar.test.ts',
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
          exclude: [...SHARED_MODULES, TYPE_CHECK],
          // A folder for the builds several files read (the sample plans...), each made once per run.
          globalSetup: ['test/helpers/shared-builds-setup.ts'],
        },
      },
      { extends: true, test: { name: 'shared', include: SHARED_MODULES, isolate: false } },
      // tsc starts with the run, beside the tests (its globalSetup), and is read by the last file of the run:
      // Vitest runs projects in name order, and `types` comes after the others.
      { extends: true, test: { name: 'types', include: [TYPE_CHECK], globalSetup: ['test/types/start-type-check.ts'] } },
    ],
  },
});
