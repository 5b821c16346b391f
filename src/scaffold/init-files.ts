// What `planfolio init` writes into a plans repository that installs
// Planfolio as a dependency: the texts only; src/scaffold/init-project.ts
// decides what to write and what to keep.
import { addMonths } from '../dates/calendar.js';

/** The npm scripts a plans repository runs, each the `planfolio` command of the same name. */
export const INIT_SCRIPTS: Readonly<Record<string, string>> = {
  build: 'planfolio build',
  dev: 'planfolio dev',
  check: 'planfolio check',
  serve: 'planfolio serve',
  new: 'planfolio new',
};

/** What git should never hold: dependencies, builds, caches and the leftovers of a killed build. */
export const GITIGNORE_LINES = ['node_modules/', '_site/', '.cache/', '_site.building-*/', '_site.old-*/', '_site.lock'] as const;

/** The heading of the README section, also how `init` knows the section is there already. */
export const README_HEADING = '## Career plans with Planfolio';

/** The example plan's file, below plans/. */
export const EXAMPLE_PLAN_FILE = 'alex-morgan.md';

/** A configuration with the settings people change first; every other one keeps its default. */
export function makeConfigText(title: string): string {
  return `${JSON.stringify({ title, public: false, pdf: { pageSize: 'A4' } }, null, 2)}\n`;
}

/**
 * A short, active example plan, dated from today so it is neither stale nor
 * overdue on the day it is written, and published so the first build shows
 * a plan page.
 */
export function makeExamplePlan(today: string, schemaRef: string): string {
  return `---
# yaml-language-server: $schema=${schemaRef}
title: From support engineer to product manager
owner: Alex Morgan
role: Senior support engineer
status: active
created: ${today}
nextReview: ${addMonths(today, 3)}

vision:
  statement: Own a product area and decide what the team builds next.
  horizon: 3 years

skills:
  - { name: Product discovery, kind: domain, level: 1, target: 4 }
  - { name: Stakeholder communication, kind: people, level: 3, target: 4 }

goals:
  - title: Move into an associate product manager role
    outcome: An associate product manager offer, internal or external
    due: ${addMonths(today, 18).slice(0, 7)}
    skills: [Product discovery, Stakeholder communication]
    steps:
      - action: Shadow the product manager of the billing team for a quarter
        due: ${addMonths(today, 3)}
        resources: [Two hours a week, agreed with my manager]
      - action: Run five customer interviews and write up what they say
        due: ${addMonths(today, 6)}
---

This is an example: replace it with your own plans. \`npm run new -- "Your Name"\`
starts a new one, and \`npm run check\` says what is wrong with any of them.
`;
}

/** The README section that tells the repository's people how to work with their plans. */
export function makeReadmeSection(): string {
  return `${README_HEADING}

The plans are Markdown files with YAML front matter in \`plans/\`; Planfolio
validates them and builds them into a site, a PDF of every plan and a history
of each plan from git.

\`\`\`sh
npm install                      # once, after cloning
npm run new -- "Ana García"      # start a new draft plan
npm run check                    # validate every plan and planfolio.config.json
npm run dev                      # preview at http://127.0.0.1:8080/, rebuilt on every save
npm run build                    # the site and PDFs, into _site/
npm run serve                    # look at _site/ at http://127.0.0.1:8080/
\`\`\`

Settings (title, base path, privacy, PDF paper) are in \`planfolio.config.json\`.
A file in \`templates/\` replaces Planfolio's template of the same path, and
\`templates/assets/custom.css\` adds rules after its stylesheet (see
"Customise" in Planfolio's README).
\`netlify.toml\` builds and publishes the site on Netlify with Planfolio's
security headers. Update Planfolio with \`npm update planfolio\` (or install
its newer version); your plans and settings stay as they are.
`;
}
