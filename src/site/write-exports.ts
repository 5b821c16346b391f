// The portfolio-wide exports, plans.json and the calendars, written straight
// to their files one plan at a time. As Eleventy pages each was a whole
// string in memory (tens of megabytes at thousands of plans); here what is
// held is what the disk has not taken yet (up to a megabyte a file), and a
// person's events until their calendar is out. The files are written while
// the next are made: waiting on the disk one file at a time left this thread
// idle for about a third of the stage.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { makeWords } from '../words/words.js';
import { CALENDAR_END, renderCalendarHead, renderPlanEvents, type EventOptions } from './export-calendar.js';
import { renderPlansJson } from './export-json.js';
import type { PlanGroup, SiteData } from './site-data.js';

/** A text file being written, piece by piece, waiting whenever the disk falls behind. */
interface TextFile {
  write(text: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Writes the exports `site.pages` asks for into `outDir`: plans.json and
 * deadlines.ics when `pages.exports` has its entry, and the calendar of each
 * person in `pages.people` (watch mode narrows both to what a save touched).
 * Each plan's events are made once, for deadlines.ics and its owner's calendar.
 */
export async function writeExports(site: SiteData, outDir: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const portfolioWide = site.pages.exports.length > 0;
  const writing = makeWriteQueue(WRITES_AT_ONCE);
  // plans.json is made beside the calendars: whenever one waits for the disk, the other goes on.
  if (portfolioWide) await writing.add(writeTextFile(path.join(outDir, site.exports.json), renderPlansJson(site)));
  const words = makeWords(site.language);
  const options: EventOptions = { base: site.base, siteUrl: site.siteUrl, words, env };

  // Each person's events wait here, by plan, until the last of their plans has come by.
  const ownerOf = new Map<string, PlanGroup>();
  for (const person of site.pages.people) for (const view of person.plans) ownerOf.set(view.slug, person);
  const waiting = new Map<PlanGroup, Map<string, string>>();

  const deadlines = portfolioWide ? openTextFile(path.join(outDir, site.exports.calendar)) : undefined;
  try {
    await deadlines?.write(renderCalendarHead(words.t('calendar.name', { name: site.title })));
    for (const view of site.plans) {
      const person = ownerOf.get(view.slug);
      if (!deadlines && !person) continue;
      const events = renderPlanEvents(view, options);
      await deadlines?.write(events);
      if (!person) continue;
      const seen = waiting.get(person) ?? waiting.set(person, new Map()).get(person)!;
      seen.set(view.slug, events);
      if (seen.size < person.plans.length) continue;
      waiting.delete(person);
      const calendar = [
        renderCalendarHead(words.t('calendar.name', { name: person.name })),
        // A person's calendar lists their plans in their page's order, oldest first.
        ...person.plans.map((p) => seen.get(p.slug)!),
        CALENDAR_END,
      ].join('');
      await writing.add(writeSmallFile(path.join(outDir, person.calendarUrl!), calendar));
    }
    await deadlines?.write(CALENDAR_END);
    await deadlines?.close();
    await writing.finish();
  } catch (error) {
    await deadlines?.close().catch(() => undefined);
    // Nothing may still be writing once the build learns of the failure (it then removes the folder).
    await writing.finish().catch(() => undefined);
    throw error;
  }
}

/** How many files are written at once while the next are made. */
const WRITES_AT_ONCE = 16;

/** Writes under way: `add` waits while `limit` are, and it or `finish` throws the first that failed. */
function makeWriteQueue(limit: number) {
  const running = new Set<Promise<void>>();
  let failed: { error: unknown } | undefined;
  const rethrow = () => {
    if (failed) throw failed.error;
  };
  return {
    async add(write: Promise<void>): Promise<void> {
      // Kept as a promise that never rejects, so a failure is thrown here or at `finish`, never left unhandled.
      const tracked: Promise<void> = write.then(
        () => void running.delete(tracked),
        (error: unknown) => {
          running.delete(tracked);
          failed ??= { error };
        },
      );
      running.add(tracked);
      if (running.size >= limit) await Promise.race(running);
      rethrow();
    },
    async finish(): Promise<void> {
      await Promise.all(running);
      rethrow();
    },
  };
}

/**
 * Writes a small file whole, without a stream's setup; its folder is made
 * only when missing (a person's page, written before, has usually made it).
 */
async function writeSmallFile(file: string, text: string): Promise<void> {
  try {
    await writeFile(file, text);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
  }
}

/** Writes pieces of text to a new file (its folder made if need be), one after another. */
async function writeTextFile(file: string, pieces: Iterable<string>): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const out = openTextFile(file);
  try {
    for (const piece of pieces) await out.write(piece);
  } finally {
    await out.close();
  }
}

/** Opens a file for writing in pieces; `write` waits for the stream to drain when its buffer is full. */
function openTextFile(file: string): TextFile {
  // A megabyte (about thirty plans of plans.json) may wait for the disk before `write` waits in turn.
  const stream = createWriteStream(file, { highWaterMark: 1 << 20 });
  // An open or write error is kept and thrown at the next write or the close, not left unhandled.
  let failed: Error | undefined;
  stream.on('error', (error) => (failed = error));
  const rethrow = () => {
    if (failed) throw failed;
  };
  return {
    async write(text) {
      rethrow();
      // `once` rejects if the stream fails while waiting.
      if (text && !stream.write(text)) await once(stream, 'drain');
      rethrow();
    },
    async close() {
      if (!stream.closed) {
        const closed = once(stream, 'close');
        stream.end();
        await closed.catch(() => undefined);
      }
      rethrow();
    },
  };
}
