// A team renames a plan's file after sharing its link, or its owner changes
// their name: the next build sends the old addresses on to the new ones.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DevServer } from '../../src/watch/dev-server.js';
import { makeRepo } from '../history/git-repo.js';
import { V1 } from '../history/plan-versions.js';
import { runPlanfolioHere } from '../helpers/run-here.js';

/** Where an address of the site is on disk: a page's index.html, or the file itself. */
const fileOf = (site: string, address: string) => path.join(site, decodeURI(address), address.endsWith('/') ? 'index.html' : '');

describe('a build after a plan was renamed in git', () => {
  it('writes _redirects from each earlier address to the one now, and none before the rename', { timeout: 120_000 }, async () => {
    const repo = makeRepo();
    repo.commit('Add my plan', '2026-01-12', { 'plans/sam.md': V1 });
    const site = path.join(repo.dir, '_site');
    const build = () => runPlanfolioHere(['build', '--no-search', '--plans', path.join(repo.dir, 'plans'), '--out', site]);

    expect((await build()).code).toBe(0);
    expect(existsSync(path.join(site, '_redirects'))).toBe(false);

    repo.git('mv', 'plans/sam.md', 'plans/sam-2026.md');
    repo.commit('Name my plan by its year', '2026-02-01');
    const built = await build();
    expect(built.code, built.stderr).toBe(0);
    const lines = readFileSync(path.join(site, '_redirects'), 'utf8').split('\n');
    expect(lines.filter((line) => !line.startsWith('#'))).toEqual([
      '/pdf/sam-lee-sam.pdf /pdf/sam-lee-sam-2026.pdf 302',
      '/plans/sam/ /plans/sam-2026/ 302',
      '/plans/sam/history/ /plans/sam-2026/history/ 302',
      '',
    ]);
    // Every rule leads from an address the site no longer has to one it has.
    for (const [from, to] of lines.filter((line) => line.startsWith('/')).map((line) => line.split(' '))) {
      expect(existsSync(fileOf(site, from!)), from).toBe(false);
      expect(existsSync(fileOf(site, to!)), to).toBe(true);
    }
  });

  it('sends a person page and calendar on when the owner changed their name', { timeout: 120_000 }, async () => {
    const repo = makeRepo();
    repo.commit('Add my plan', '2026-01-12', { 'plans/sam.md': V1 });
    repo.commit('My new name', '2026-03-01', { 'plans/sam.md': V1.replace('owner: Sam Lee', 'owner: Sam Lee-Park') });
    const site = path.join(repo.dir, '_site');
    const built = await runPlanfolioHere(['build', '--no-search', '--no-pdf', '--plans', path.join(repo.dir, 'plans'), '--out', site]);
    expect(built.code, built.stderr).toBe(0);
    const rules = readFileSync(path.join(site, '_redirects'), 'utf8').split('\n').filter((line) => line.startsWith('/'));
    expect(rules).toEqual(['/people/sam-lee/ /people/sam-lee-park/ 302', '/people/sam-lee/deadlines.ics /people/sam-lee-park/deadlines.ics 302']);
    for (const [from, to] of rules.map((line) => line.split(' '))) {
      expect(existsSync(fileOf(site, from!)), from).toBe(false);
      expect(existsSync(fileOf(site, to!)), to).toBe(true);
    }
  });

  it('takes an old link, Greek letters and all, to the plan when the site is served with planfolio serve', { timeout: 120_000 }, async () => {
    const repo = makeRepo();
    repo.commit('Add my plan', '2026-01-12', { 'plans/ελένη.md': V1.replace('owner: Sam Lee', 'owner: Ελένη Παπαδοπούλου') });
    repo.git('mv', 'plans/ελένη.md', 'plans/ελένη-2026.md');
    repo.commit('Name my plan by its year', '2026-02-01');
    const site = path.join(repo.dir, '_site');
    const built = await runPlanfolioHere(['build', '--no-search', '--no-pdf', '--plans', path.join(repo.dir, 'plans'), '--out', site]);
    expect(built.code, built.stderr).toBe(0);
    const server = new DevServer(site, { live: false });
    const url = await server.listen(0);
    try {
      for (const [old, now] of [
        ['plans/ελένη/', 'plans/ελένη-2026/'],
        ['plans/ελένη', 'plans/ελένη-2026/'],
        ['plans/ελένη/history/', 'plans/ελένη-2026/history/'],
      ]) {
        const moved = await fetch(new URL(old!, url), { redirect: 'manual' });
        expect([moved.status, moved.headers.get('location')], old).toEqual([302, encodeURI(`/${now}`)]);
        const followed = await fetch(new URL(old!, url));
        expect([followed.status, decodeURI(new URL(followed.url).pathname)], old).toEqual([200, `/${now}`]);
        expect(await followed.text()).toContain('Grow into a team lead');
      }
      // An address that was never a plan's is still a miss.
      expect((await fetch(new URL('plans/nobody/', url))).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
