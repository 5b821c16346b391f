// Temporary git repositories for history tests: fixed author, fixed dates, and
// no influence from the machine's own git configuration.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { loadPortfolio } from '../../src/load/load-portfolio.js';
import type { LoadedPlan } from '../../src/load/types.js';
import { removeAfterTest, removeWithCaches } from '../helpers/portfolio.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) removeWithCaches(dir);
});

/** The day every history test computes facts against. */
export const TODAY = '2026-11-25';

/** A fresh empty folder, removed after the test with the caches of its plans/ (made in a hook: after the file's next test). */
export function makeTempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'planfolio-history-'));
  // Tied to the test where there is one: where files share modules (isolate: false), this module's afterEach runs for the first file only.
  try {
    removeAfterTest(dir);
  } catch {
    made.push(dir);
  }
  return dir;
}

/** A git environment that ignores global and system configuration. */
export const gitEnv = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  ...extra,
});

export interface TestRepo {
  dir: string;
  /** Runs git in the repository and returns its output. */
  git(...args: string[]): string;
  /** Writes (string) or deletes (null) files, then commits everything on the given day. */
  commit(message: string, day: string, files?: Record<string, string | null>): string;
  /** Writes or deletes files without committing. */
  write(files: Record<string, string | null>): void;
}

/** A new repository on branch `main` with a fixed committer. */
export function makeRepo(dir = makeTempDir()): TestRepo {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env: gitEnv(), encoding: 'utf8' });
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Sam Lee');
  git('config', 'user.email', 'sam@example.org');
  git('config', 'commit.gpgsign', 'false');
  const write = (files: Record<string, string | null>) => {
    for (const [name, content] of Object.entries(files)) {
      const target = path.join(dir, name);
      if (content === null) rmSync(target, { force: true });
      else {
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, content);
      }
    }
  };
  return {
    dir,
    git,
    write,
    commit(message, day, files = {}) {
      write(files);
      git('add', '-A');
      // Noon in a far-east offset: the day must stay the author's own calendar day.
      const date = `${day}T12:00:00+09:00`;
      execFileSync('git', ['commit', '-q', '--allow-empty', '-m', message], {
        cwd: dir,
        env: gitEnv({ GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }),
      });
      return git('rev-parse', 'HEAD').trim();
    },
  };
}

/** The valid plans below a folder, loaded the way a build loads them. */
export async function loadPlans(plansDir: string): Promise<LoadedPlan[]> {
  const portfolio = await loadPortfolio({ plansDir, today: TODAY, includeDrafts: true });
  return portfolio.plans;
}
