// Every message Planfolio shows for a user's mistake, in one place, so the
// wording stays consistent: what is wrong, then what would be right.

const quote = (value: string) => JSON.stringify(value);
const list = (values: readonly string[]) => values.join(', ');

/** How to write each required field, for "missing" messages. */
const requiredHints: Record<string, string> = {
  title: 'add "title: <a short name>"',
  owner: 'add "owner: <whose plan it is>"',
  created: 'add "created: YYYY-MM-DD", the day the plan was made',
  vision: 'add "vision:" with a "statement:" and a "horizon:" such as "5 years"',
  goals: 'add "goals:" with at least one goal (title, outcome, due, steps)',
  outcome: 'add "outcome: <how success is measured>"',
  due: 'add "due: YYYY-MM-DD" (or YYYY-MM)',
  steps: 'add "steps:" with at least one step ("- action: ...")',
  action: 'add "action: <what will be done>"',
  name: 'add "name: <the skill>"',
  worth: 'add "worth: yes", "partly" or "no"',
};

export const messages = {
  // Files and front matter.
  emptyFile: () => 'the file is empty; start it with a "---" line, the plan fields, and a closing "---" line',
  binaryFile: () => 'the file is not text (it holds binary data); plan files are UTF-8 Markdown',
  utf16: () => 'the file is UTF-16; save it as UTF-8',
  oldMacLineEnds: () => 'the file has old Mac line endings (CR only); save it with LF or CRLF line endings',
  notUtf8: () => 'the file is not valid UTF-8 text; save it with UTF-8 encoding',
  tooLarge: (bytes: number, limit: number) =>
    `the file is ${bytes} bytes, over the ${limit}-byte limit for a plan; split it or move large notes out`,
  noFrontMatter: () =>
    'no front matter; start the file with a "---" line, then the plan fields (title, owner, created, vision, goals), then a "---" line',
  unclosedFrontMatter: () => 'front matter is not closed; add a line with only "---" after the last field',
  emptyFrontMatter: () => 'front matter is empty; add title, owner, created, vision and goals',
  notMapping: (found: string) =>
    `front matter is ${found}, not a mapping of fields; write one "key: value" per line (title: ..., owner: ...)`,
  yamlSyntax: (detail: string) => `invalid YAML: ${detail}`,
  yamlTag: (tag: string) => `invalid YAML: ${quote(tag)} is read as a YAML tag, not as text; put the whole value in quotes`,
  yamlNoAnchor: (name: string) =>
    `invalid YAML: ${quote(`*${name}`)} refers to no anchor; write ${quote(`&${name}`)} before the value it repeats, or write the value out`,
  closeList: () => 'close the list with "]" after its last item',
  closeMapping: () => 'close the mapping with "}" after its last entry',
  commaInFlowList: (problem: string) =>
    `${problem}; in a one-line [a, b] list a comma starts a new item: put an item that holds a comma in quotes, or write one "- item" per line`,
  duplicateKey: (key: string) => `${quote(key)} is written twice in the same place; keep one of them`,
  aliasBomb: () =>
    'YAML aliases expand too far (an alias bomb?); write the values out or use fewer "*" references',
  tooDeep: () => 'front matter is nested too deeply to read; flatten it',
  duplicatePage: (url: string, other: string) =>
    `gives the same page ${url} as ${other}; rename one of the two files`,
  historyPageTaken: (url: string, other: string) =>
    `its history page ${url} is also the page of ${other}; rename one of the two files`,
  pageIsHistory: (url: string, other: string) =>
    `gives the page ${url}, which is the history page of ${other}; rename one of the two files`,
  samePdfName: (name: string, other: string) =>
    `its PDF would be named ${name}, as the PDF of ${other} is; rename one of the two files`,
  symlinkOutside: (target: string) =>
    `is a link to ${target}, outside the plans folder; it was not read (copy the file in instead)`,
  unreadable: (reason: string) => `cannot be read (${reason}); check the file's permissions`,
  unreadableFolder: (reason: string) =>
    `this folder cannot be read (${reason}); check its permissions (chmod u+rx) or move it out of the plans folder`,
  unreadablePlansFolder: (dir: string, reason: string) =>
    `${dir}: this folder cannot be read (${reason}); check its permissions (chmod u+rx)`,
  ignoredFile: (file: string) => `${file}: not a .md file, ignored`,

  // Fields.
  missing: (key: string) => `missing; ${requiredHints[key] ?? 'this field is required'}`,
  noValue: (key: string) => `has no value; ${requiredHints[key]?.replace(/^add/, 'write') ?? 'write a value after the colon or remove the line'}`,
  wrongType: (expected: string, found: string) => `expected ${expected}, found ${found}`,
  notInList: (value: string, allowed: readonly string[], nearest?: string) =>
    `${quote(value)} is not allowed; use one of ${list(allowed)}` + (nearest ? ` (did you mean ${quote(nearest)}?)` : ''),
  emptyText: () => 'is empty; write some text or remove the field',
  emptyList: (what: string) => `needs at least one ${what}`,
  outOfRange: (value: number, min: number, max: number) =>
    `${value} is out of range; use a whole number from ${min} to ${max}`,
  notWhole: (value: number) => `${value} is not a whole number; use a whole number`,
  badDate: (value: string, monthAllowed: boolean) =>
    `${quote(value)} is not a date; write it as YYYY-MM-DD` + (monthAllowed ? ' or YYYY-MM' : '') + ', e.g. 2027-01-31',
  noSuchDay: (value: string) => `${quote(value)} is not a day in the calendar; check the month and day`,
  badHorizon: (value: string) =>
    `${quote(value)} is not a horizon; write "N years", "N months", a date (YYYY-MM-DD or YYYY-MM) or "retirement"`,
  badGoalId: (value: string) =>
    `${quote(value)} is not a usable id; use letters, digits and "-" (e.g. "promotion"), or leave it out`,
  badWorth: (value: string) => `${quote(value)} is not an answer; use yes, partly or no (true and false also work)`,
  unknownKey: (key: string, nearest?: string, allowed?: readonly string[]) =>
    nearest
      ? `unknown key; did you mean ${quote(nearest)}?`
      : `unknown key ${quote(key)}; use one of ${list(allowed ?? [])}` +
        (allowed?.includes('custom') ? ', or put your own data under "custom"' : ''),
  dueBeforeStart: (due: string, start: string) =>
    `${due} is before the start ${start}; set due on or after start, or move start earlier`,
  unknownSkill: (name: string, nearest?: string) =>
    `${quote(name)} is not in this plan's skills` +
    (nearest ? `; did you mean ${quote(nearest)}?` : '; add it under "skills:" or remove it here'),
  duplicateSkill: (name: string, first: string) =>
    `${quote(name)} is already the name of ${first}; give each skill a different name`,
  duplicateGoal: (id: string, first: string) =>
    `goal id ${quote(id)} is already used by ${first}; give this goal its own "id:" or a different title`,
  evaluationNotDone: () =>
    'only a done step can be evaluated; add "done: YYYY-MM-DD" to the step, or remove the evaluation',
  invalidValue: () => 'is not a valid value here',
  badLanguage: (value: string) =>
    `${quote(value)} is not a language tag; write a BCP 47 tag such as "vi", "zh-Hans" or "pt-BR"`,

  // Settings and commands.
  badToday: (value: string) => `PLANFOLIO_TODAY=${value} is not a date; set it as YYYY-MM-DD or unset it`,
  noPlansFolder: (dir: string) => `${dir}: no such folder; create it or pass --plans with the folder that holds your plans`,
  badBase: (value: string) =>
    `${quote(value)} is not a place to serve the site from; write a path such as "/career/" or a URL such as "https://example.org/career/"`,
  twoConfigFiles: (files: readonly string[]) =>
    `${list(files)}: more than one configuration file; keep one of them`,
  initPackageUnreadable: (file: string, reason: string) =>
    `${file} cannot be read as JSON (${reason}); fix it, then run "planfolio init" again`,
  configNotMapping: (found: string) =>
    `the configuration is ${found}, not a mapping of settings; write it as {"title": "...", "base": "/"}`,
  badAccent: (value: string) => `${quote(value)} is not a colour; write it as "#RRGGBB" or "#RGB", e.g. "#0b7a5a"`,
  lowContrastAccent: (value: string, ratio: string, on: 'white' | 'background', background: string, suggestion: string) =>
    `${value} has a contrast of ${ratio} on ${on === 'white' ? 'white' : `the page background ${background}`}; ` +
    `text needs at least 4.5:1 (WCAG AA). Try ${suggestion}, the same hue darker.`,
  logoType: (value: string) => `${quote(value)} is not an SVG, PNG or JPEG file; give the path of a .svg, .png, .jpg or .jpeg logo`,
  logoMissing: (value: string) => `${quote(value)}: no such file; give the logo's path from the project folder, e.g. "brand/logo.svg"`,
  logoOutside: (value: string) =>
    `${quote(value)} is outside the project folder; put the logo inside it and give its path from there, e.g. "brand/logo.svg"`,
  logoContent: (value: string) =>
    `${quote(value)} does not hold the kind of image its name says; save it in that format, or rename it to the format it is in`,

  badPort: (value: string) => `--port ${value}: use a whole number from 1 to 65535, or 0 to pick a free port`,
  portInUse: (port: number) => `port ${port} is already in use by another program; pass --port with another number, or --port 0 to pick a free one`,
  portRefused: (port: number, code: string) => `port ${port} cannot be used (${code}); pass --port with a number above 1023, or --port 0 to pick a free one`,

  // Output folders.
  unsafeOutput: (out: string, why: string) =>
    `--out ${out}: not used, because ${why}; build into a folder of its own, such as _site`,
  outputLocked: (out: string, pid: number, lock: string) =>
    `${out} is being written by another Planfolio build (process ${pid}); wait for it to finish, ` +
    `or delete ${lock} if no build is running`,

  // PDFs drawn by the build's threads.
  pdfFailed: (file: string | undefined, reason: string) => `${file ? `the PDF of ${file}` : 'a PDF'} could not be drawn: ${reason}`,
  pdfThreadExited: (code: number) =>
    `a PDF thread ended (exit code ${code}) before it had drawn its PDFs; nothing was written: run the build again, and report it if it fails again`,

  // Templates (Planfolio's own and a project's templates/ that override them).
  templateFailed: (reason: string) => `the template failed: ${reason}; correct the template at this place`,
  templateOverrideFailed: (reason: string) =>
    `the template failed: ${reason}; correct it at this place, or delete the file to go back to Planfolio's own`,
};
