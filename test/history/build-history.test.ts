import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildHistory, type HistoryOptions } from '../../src/history/build-history.js';
import type { PlanHistory } from '../../src/history/types.js';
import { makePortfolio, writePlan } from '../helpers/portfolio.js';
import { gitEnv, loadPlans, makeRepo, makeTempDir, TODAY } from './git-repo.js';
import { BROKEN, V1, V2, V3, V4 } from './plan-versions.js';

/** Loads the plans of a folder and builds their history. */
async function historyOf(plansDir: string, options: Partial<HistoryOptions> = {}): Promise<Map<string, PlanHistory>> {
  const plans = await loadPlans(plansDir);
  return buildHistory({ plansDir, plans, today: TODAY, ...options });
}

const sentences = (history: PlanHistory | undefined) => history!.revisions.map((r) => r.changes.map((c) => c.text));

describe('buildHistory', () => {
  it('tells each commit of a plan edited over a year in words, newest first', async () => {
    const repo = makeRepo();
    const first = repo.commit('Start my plan', '2026-01-12', { 'plans/sam.md': V1 });
    repo.commit('Shadowing done, timeline moved', '2026-04-20', { 'plans/sam.md': V2 });
    repo.commit('Mid-year review', '2026-07-01', { 'plans/sam.md': V3 });
    repo.commit('Plan achieved', '2026-10-02', { 'plans/sam.md': V4 });
    repo.commit('Unrelated change', '2026-10-03', { 'README.md': 'Hello\n' });

    const history = (await historyOf(path.join(repo.dir, 'plans'), { repositoryUrl: 'git@github.com:sam/plans.git' })).get('sam.md')!;
    expect(history.status).toBe('ok');
    expect(history.note).toBeUndefined();
    expect(history.lastChanged).toBe('2026-10-02');
    expect(history.revisions.map((r) => [r.date, r.subject, r.author, r.event, r.valid])).toEqual([
      ['2026-10-02', 'Plan achieved', 'Sam Lee', 'changed', true],
      ['2026-07-01', 'Mid-year review', 'Sam Lee', 'changed', true],
      ['2026-04-20', 'Shadowing done, timeline moved', 'Sam Lee', 'changed', true],
      ['2026-01-12', 'Start my plan', 'Sam Lee', 'added', true],
    ]);
    const oldest = history.revisions[3]!;
    expect(oldest.hash).toBe(first);
    expect(oldest.shortHash).toBe(first.slice(0, 7));
    expect(oldest.url).toBe(`https://github.com/sam/plans/commit/${first}`);
    expect(history.revisions.map((r) => r.progress)).toEqual([
      { done: 3, total: 3, ratio: 1 },
      // The mean of its goals (1 of 2 steps, 0 of 1, 0 of 1), not the share of all steps.
      { done: 1, total: 4, ratio: expect.closeTo(1 / 6, 10) },
      { done: 1, total: 2, ratio: 0.5 },
      { done: 0, total: 2, ratio: 0 },
    ]);
    expect(sentences(history)).toEqual([
      [
        'Plan status changed from active to achieved',
        'Goal done: “Lead the team planning meetings”',
        'Step done: Run three meetings with feedback on 15 Sep 2026',
        'Evaluation written for “Run three meetings with feedback”: partly worth it',
        'Goal dropped: “Give a talk at the meetup”',
        'Facilitation: target lowered from 4 to 3',
        'Skill removed: Public speaking',
        'Opportunity “Team lead opening in payments” decided: accepted (was applied)',
        'Vision changed from “Lead a small product team.” to “Lead a product team of five.”',
        'Plan notes (the Markdown text) edited',
      ],
      [
        'Goal renamed from “Run the weekly planning meeting” to “Lead the team planning meetings”',
        'Step reworded from “Run two meetings with feedback” to “Run three meetings with feedback”',
        'Step added to “Lead the team planning meetings”: Ask for written feedback, due 15 Oct 2026',
        'Goal added: “Give a talk at the meetup”, due Dec 2026, with 1 step',
        'Skill added: Public speaking (level 1, target 3)',
        'Horizon changed from 3 years to 5 years',
        'Reviewed on 1 Jul 2026',
        'Next review moved from 30 Jun 2026 to 31 Dec 2026, 6 months later',
        'Role changed from “Developer” to “Senior Developer”',
      ],
      [
        '“Run the weekly planning meeting”: due moved from 30 Sep 2026 to 31 Jan 2027, 4 months later',
        'Step done: Shadow the current lead on 20 Apr 2026',
        'Evaluation written for “Shadow the current lead”: worth it, “Learnt how decisions get made.”',
        'Facilitation: level raised from 2 to 3',
        'Opportunity “Team lead opening in payments” decided: applied (was considering)',
        'Adjustment on 20 Apr 2026: “Moved the goal after the re-organisation.”',
      ],
      ['Plan added with 1 goal and 2 steps'],
    ]);
    expect(history.revisions[0]!.changes.slice(0, 3).map((c) => [c.kind, c.goalId])).toEqual([
      ['plan-status', undefined],
      ['goal-done', 'lead'],
      ['step-done', 'lead'],
    ]);
  });

  it('follows a plan across renames, into a sub-folder and with an edit on the way', async () => {
    const repo = makeRepo();
    repo.commit('Add', '2026-01-12', { 'plans/sam.md': V1 });
    mkdirSync(path.join(repo.dir, 'plans/sam-lee'));
    repo.git('mv', 'plans/sam.md', 'plans/sam-lee/');
    repo.commit('Move into a folder', '2026-02-01');
    repo.git('mv', 'plans/sam-lee/sam.md', 'plans/sam-lee/2026-lead.md');
    repo.commit('Rename and edit', '2026-04-20', { 'plans/sam-lee/2026-lead.md': V1.replace('    level: 2\n', '    level: 3\n') });

    const history = (await historyOf(path.join(repo.dir, 'plans'))).get('sam-lee/2026-lead.md')!;
    expect(history.revisions.map((r) => [r.event, r.path, r.previousPath])).toEqual([
      ['renamed', 'sam-lee/2026-lead.md', 'sam-lee/sam.md'],
      ['renamed', 'sam-lee/sam.md', 'sam.md'],
      ['added', 'sam.md', undefined],
    ]);
    expect(sentences(history)).toEqual([
      ['File renamed from sam-lee/sam.md to sam-lee/2026-lead.md', 'Facilitation: level raised from 2 to 3'],
      ['File renamed from sam.md to sam-lee/sam.md'],
      ['Plan added with 1 goal and 2 steps'],
    ]);
  });

  it('keeps the history of a plan deleted and added back, and tells the gap', async () => {
    const repo = makeRepo();
    repo.commit('Add', '2026-01-12', { 'plans/sam.md': V1 });
    repo.commit('Remove my plan', '2026-02-01', { 'plans/sam.md': null });
    repo.commit('Bring my plan back', '2026-03-01', { 'plans/sam.md': V1.replace('    due: 2026-09-30\n', '    due: 2026-12-31\n') });

    const history = (await historyOf(path.join(repo.dir, 'plans'))).get('sam.md')!;
    expect(history.revisions.map((r) => [r.event, r.valid, r.progress?.done])).toEqual([
      ['restored', true, 0],
      ['removed', true, undefined],
      ['added', true, 0],
    ]);
    expect(sentences(history)).toEqual([
      ['Plan file added back', '“Run the weekly planning meeting”: due moved from 30 Sep 2026 to 31 Dec 2026, 3 months later'],
      ['Plan file removed'],
      ['Plan added with 1 goal and 2 steps'],
    ]);
  });

  it('lists a revision that did not validate with its first problem, and compares the next with the last valid one', async () => {
    const repo = makeRepo();
    repo.commit('Add', '2026-01-12', { 'plans/sam.md': V1 });
    repo.commit('Oops', '2026-04-20', { 'plans/sam.md': BROKEN });
    repo.commit('Fix the typo', '2026-04-21', { 'plans/sam.md': V2 });

    const history = (await historyOf(path.join(repo.dir, 'plans'))).get('sam.md')!;
    const [fixed, broken] = history.revisions;
    expect(broken!.valid).toBe(false);
    expect(broken!.progress).toBeUndefined();
    expect(broken!.problem).toBe('plans/sam.md:16:5 goals[0].steps: missing; add "steps:" with at least one step ("- action: ...")');
    expect(broken!.changes).toEqual([{ kind: 'invalid', text: `Not a valid plan in this version: ${broken!.problem}` }]);
    expect(fixed!.valid).toBe(true);
    expect(fixed!.changes.map((c) => c.text).slice(0, 2)).toEqual([
      'The file is a valid plan again',
      '“Run the weekly planning meeting”: due moved from 30 Sep 2026 to 31 Jan 2027, 4 months later',
    ]);
  });

  it('says so when a plan was invalid from its first commit', async () => {
    const repo = makeRepo();
    repo.commit('Draft', '2026-01-12', { 'plans/sam.md': BROKEN });
    repo.commit('Valid at last', '2026-01-13', { 'plans/sam.md': V1 });
    const history = (await historyOf(path.join(repo.dir, 'plans'))).get('sam.md')!;
    expect(sentences(history)).toEqual([
      ['First valid version, with 1 goal and 2 steps'],
      ['Plan file added', expect.stringMatching(/^Not a valid plan in this version: plans\/sam\.md:16:5 /)],
    ]);
  });

  it('shows a merge once, compared with its first parent, and leaves out the side branch commits', async () => {
    const repo = makeRepo();
    repo.commit('Add both plans', '2026-01-12', { 'plans/sam.md': V1, 'plans/ana.md': writePlan({ owner: 'Ana García' }) });
    repo.git('checkout', '-q', '-b', 'review');
    repo.commit('Review on a branch', '2026-02-01', { 'plans/sam.md': V2 });
    repo.git('checkout', '-q', 'main');
    repo.commit('Edit on main', '2026-02-02', { 'plans/ana.md': writePlan({ owner: 'Ana García', extra: 'mentor: Jo Park\n' }) });
    execFileSync('git', ['merge', '-q', '--no-ff', 'review', '-m', 'Merge the review'], {
      cwd: repo.dir,
      env: gitEnv({ GIT_AUTHOR_DATE: '2026-02-03T12:00:00+00:00', GIT_COMMITTER_DATE: '2026-02-03T12:00:00+00:00' }),
    });

    const histories = await historyOf(path.join(repo.dir, 'plans'));
    const sam = histories.get('sam.md')!;
    expect(sam.revisions.map((r) => r.subject)).toEqual(['Merge the review', 'Changed with 1 other plan']);
    expect(sam.revisions[0]!.changes[0]!.text).toBe('“Run the weekly planning meeting”: due moved from 30 Sep 2026 to 31 Jan 2027, 4 months later');
    const ana = histories.get('ana.md')!;
    expect(ana.revisions.map((r) => r.subject)).toEqual(['Edit on main', 'Changed with 1 other plan']);
    expect(sentences(ana)[0]).toEqual(['Mentor set to “Jo Park”']);
  });

  it('reads unicode paths, names and subjects as written', async () => {
    const repo = makeRepo();
    repo.git('config', 'user.name', 'Zoë Ωmega');
    repo.commit('Plan für 王芳', '2026-01-12', { 'plans/王芳.md': writePlan({ owner: '王芳' }), 'plans/équipe/Zoë "quoted".md': V1 });
    repo.commit('Zoë: nächster Schritt', '2026-02-12', { 'plans/équipe/Zoë "quoted".md': V2, 'plans/王芳.md': writePlan({ owner: '王芳', title: '成为团队负责人' }) });

    const histories = await historyOf(path.join(repo.dir, 'plans'), { commitSubjects: 'always' });
    expect([...histories.keys()].sort()).toEqual(['équipe/Zoë "quoted".md', '王芳.md']);
    const wang = histories.get('王芳.md')!;
    expect(wang.revisions.map((r) => [r.subject, r.author])).toEqual([
      ['Zoë: nächster Schritt', 'Zoë Ωmega'],
      ['Plan für 王芳', 'Zoë Ωmega'],
    ]);
    expect(sentences(wang)[0]).toEqual(['Title changed from “Grow into a team lead” to “成为团队负责人”']);
    expect(histories.get('équipe/Zoë "quoted".md')!.revisions).toHaveLength(2);
  });

  it('shows a commit message only on the history of a plan the commit changed alone, unless told otherwise', async () => {
    const repo = makeRepo();
    const [ana, ben, cleo] = ['Ana Silva', 'Ben Okafor', 'Cleo Park'].map((owner) => writePlan({ owner }));
    repo.commit('Onboard Ana, Ben and Cleo after the Tuesday sessions', '2026-01-12', { 'plans/ana.md': ana!, 'plans/ben.md': ben!, 'plans/cleo.md': cleo! });
    repo.commit('Ben: moving abroad, plan paused', '2026-02-12', { 'plans/ben.md': writePlan({ owner: 'Ben Okafor', title: 'Paused' }) });
    repo.commit('Ana and Cleo: new deadlines', '2026-03-12', {
      'plans/ana.md': writePlan({ owner: 'Ana Silva', title: 'Ana, later' }),
      'plans/cleo.md': writePlan({ owner: 'Cleo Park', title: 'Cleo, later' }),
    });
    const plansDir = path.join(repo.dir, 'plans');
    const subjects = (histories: Map<string, PlanHistory>) =>
      Object.fromEntries([...histories].map(([file, history]) => [file, history.revisions.map((r) => r.subject)]));

    expect(subjects(await historyOf(plansDir))).toEqual({
      'ana.md': ['Changed with 1 other plan', 'Changed with 2 other plans'],
      'ben.md': ['Ben: moving abroad, plan paused', 'Changed with 2 other plans'],
      'cleo.md': ['Changed with 1 other plan', 'Changed with 2 other plans'],
    });
    expect(subjects(await historyOf(plansDir, { commitSubjects: 'always' }))['ana.md']).toEqual([
      'Ana and Cleo: new deadlines',
      'Onboard Ana, Ben and Cleo after the Tuesday sessions',
    ]);
    expect(subjects(await historyOf(plansDir, { commitSubjects: 'never' }))['ben.md']).toEqual(['Changed', 'Changed']);
  });

  it('is not thrown by a person\u2019s own git settings', async () => {
    const repo = makeRepo();
    repo.git('config', 'user.name', 'Zoë');
    for (const [key, value] of [['log.showRoot', 'false'], ['log.follow', 'true'], ['i18n.logOutputEncoding', 'ISO-8859-1'], ['diff.renames', 'false'], ['core.quotePath', 'true'], ['color.ui', 'always']]) {
      repo.git('config', key!, value!);
    }
    repo.commit('Add', '2026-01-12', { 'plans/zoë.md': V1 });
    repo.git('mv', 'plans/zoë.md', 'plans/zoë-2026.md');
    repo.commit('Rename', '2026-01-13');
    const history = (await historyOf(path.join(repo.dir, 'plans'))).get('zoë-2026.md')!;
    expect(history.revisions.map((r) => [r.author, r.event])).toEqual([
      ['Zoë', 'renamed'],
      ['Zoë', 'added'],
    ]);
  });

  it('finds the plans folder below the top of the repository and names files from the top', async () => {
    const repo = makeRepo();
    repo.commit('Add', '2026-01-12', { 'site/content/plans/sam.md': V1, 'plans/decoy.md': V1 });
    repo.commit('Break it', '2026-01-13', { 'site/content/plans/sam.md': BROKEN });
    repo.commit('Fix it', '2026-01-14', { 'site/content/plans/sam.md': V1 });

    const histories = await historyOf(path.join(repo.dir, 'site/content/plans'));
    expect([...histories.keys()]).toEqual(['sam.md']);
    const [, broken] = histories.get('sam.md')!.revisions;
    expect(broken!.problem).toMatch(/^site\/content\/plans\/sam\.md:16:5 /);
  });

  it('says where a shallow clone cuts the history short', async () => {
    const repo = makeRepo();
    repo.commit('Add', '2026-01-12', { 'plans/sam.md': V1 });
    repo.commit('Review', '2026-04-20', { 'plans/sam.md': V2 });
    repo.commit('Mid-year', '2026-07-01', { 'plans/sam.md': V3 });
    const cut = repo.commit('Add another', '2026-09-01', { 'plans/ana.md': writePlan() });
    repo.commit('Achieved', '2026-10-02', { 'plans/sam.md': V4 });
    const clone = path.join(makeTempDir(), 'clone');
    execFileSync('git', ['clone', '-q', '--depth', '2', `file://${repo.dir}`, clone], { env: gitEnv() });

    const histories = await historyOf(path.join(clone, 'plans'));
    const sam = histories.get('sam.md')!;
    expect(sam.status).toBe('shallow');
    expect(sam.note).toBe(`History is cut short at 1 Sep 2026 (${cut.slice(0, 7)}): this is a shallow clone, so earlier changes are not shown.`);
    expect(sam.revisions.map((r) => [r.subject, r.event])).toEqual([
      ['Achieved', 'changed'],
      // The commit at the cut shows every file it holds, so its message is left out.
      ['Changed with 1 other plan', 'cut-short'],
    ]);
    expect(sentences(sam)[1]).toEqual(['Oldest version in this shallow clone: earlier changes were not cloned']);
    expect(sentences(sam)[0]![0]).toBe('Plan status changed from active to achieved');
    // ana.md was added in the commit at the cut, so its first version is not known to be its first either.
    expect(histories.get('ana.md')!.status).toBe('shallow');
  });

  it('reads a blobless clone, fetching old versions in one go', async () => {
    const repo = makeRepo();
    repo.git('config', 'uploadpack.allowFilter', 'true');
    repo.git('config', 'uploadpack.allowAnySHA1InWant', 'true');
    repo.commit('Add', '2026-01-12', { 'plans/sam.md': V1 });
    repo.commit('Review', '2026-04-20', { 'plans/sam.md': V2 });
    repo.commit('Mid-year', '2026-07-01', { 'plans/sam.md': V3 });
    const clone = path.join(makeTempDir(), 'clone');
    execFileSync('git', ['clone', '-q', '--filter=blob:none', `file://${repo.dir}`, clone], { env: gitEnv() });

    const sam = (await historyOf(path.join(clone, 'plans'))).get('sam.md')!;
    expect(sam.status).toBe('ok');
    expect(sam.revisions.map((r) => [r.subject, r.valid])).toEqual([
      ['Mid-year', true],
      ['Review', true],
      ['Add', true],
    ]);
    expect(sentences(sam)[2]).toEqual(['Plan added with 1 goal and 2 steps']);
  });

  it('says history is unavailable outside a repository, without throwing', async () => {
    const dir = makePortfolio({ 'sam.md': writePlan() });
    const histories = await historyOf(dir);
    expect(histories.get('sam.md')).toEqual({ status: 'unavailable', note: expect.stringMatching(/^History is unavailable: .*not a git repository/i), revisions: [] });
  });

  it('says history is unavailable when git is not installed, without throwing', async () => {
    const repo = makeRepo();
    repo.commit('Add', '2026-01-12', { 'plans/sam.md': V1 });
    const plans = await loadPlans(path.join(repo.dir, 'plans'));
    const saved = process.env.PATH;
    process.env.PATH = makeTempDir(); // an empty folder: no git on the path
    try {
      const histories = await buildHistory({ plansDir: path.join(repo.dir, 'plans'), plans, today: TODAY });
      expect(histories.get('sam.md')).toEqual({ status: 'unavailable', note: 'History is unavailable: git is not installed.', revisions: [] });
    } finally {
      process.env.PATH = saved;
    }
  });

  it('shows uncommitted edits as "not yet committed" when asked, and only then', async () => {
    const repo = makeRepo();
    repo.commit('Add', '2026-01-12', { 'plans/sam.md': V1, 'plans/same.md': V1 });
    repo.write({ 'plans/sam.md': V2, 'plans/new.md': writePlan() });
    const plansDir = path.join(repo.dir, 'plans');

    const dev = await historyOf(plansDir, { includeWorkingTree: true });
    const sam = dev.get('sam.md')!;
    expect(sam.lastChanged).toBe(TODAY);
    expect(sam.revisions.map((r) => [r.subject, r.uncommitted, r.date, r.hash])).toEqual([
      ['Not yet committed', true, TODAY, ''],
      ['Changed with 1 other plan', undefined, '2026-01-12', expect.stringMatching(/^[0-9a-f]{40}$/)],
    ]);
    expect(sentences(sam)[0]![0]).toBe('“Run the weekly planning meeting”: due moved from 30 Sep 2026 to 31 Jan 2027, 4 months later');
    expect(sam.revisions[0]!.progress).toEqual({ done: 1, total: 2, ratio: 0.5 });
    expect(dev.get('same.md')!.revisions).toHaveLength(1);
    const fresh = dev.get('new.md')!;
    expect(fresh.note).toBe('This plan is not committed to git yet.');
    expect(fresh.revisions.map((r) => [r.event, r.uncommitted, r.changes.map((c) => c.text)])).toEqual([
      ['added', true, ['Plan added with 1 goal and 2 steps']],
    ]);

    const published = await historyOf(plansDir);
    expect(published.get('sam.md')!.revisions.map((r) => r.subject)).toEqual(['Changed with 1 other plan']);
    expect(published.get('new.md')).toEqual({ status: 'ok', note: 'This plan is not committed to git yet.', revisions: [] });
  });

  it('does not take a CRLF checkout of an unchanged plan for an edit', async () => {
    const repo = makeRepo();
    repo.commit('Add', '2026-01-12', { 'plans/sam.md': V1 });
    writeFileSync(path.join(repo.dir, 'plans/sam.md'), V1.replace(/\n/g, '\r\n'));
    const history = (await historyOf(path.join(repo.dir, 'plans'), { includeWorkingTree: true })).get('sam.md')!;
    expect(history.revisions.map((r) => r.subject)).toEqual(['Add']);
  });

  it('handles a repository with no commits yet', async () => {
    const repo = makeRepo();
    mkdirSync(path.join(repo.dir, 'plans'));
    writeFileSync(path.join(repo.dir, 'plans/sam.md'), V1);
    const histories = await historyOf(path.join(repo.dir, 'plans'), { includeWorkingTree: true });
    expect(histories.get('sam.md')).toMatchObject({ status: 'ok', note: 'This plan is not committed to git yet.' });
    expect(histories.get('sam.md')!.revisions.map((r) => r.uncommitted)).toEqual([true]);
  });

  it('links commits from Netlify\u2019s REPOSITORY_URL when no URL is given', async () => {
    const repo = makeRepo();
    const hash = repo.commit('Add', '2026-01-12', { 'plans/sam.md': V1 });
    const saved = process.env.REPOSITORY_URL;
    process.env.REPOSITORY_URL = 'https://gitlab.com/sam/plans';
    try {
      const history = (await historyOf(path.join(repo.dir, 'plans'))).get('sam.md')!;
      expect(history.revisions[0]!.url).toBe(`https://gitlab.com/sam/plans/-/commit/${hash}`);
    } finally {
      if (saved === undefined) delete process.env.REPOSITORY_URL;
      else process.env.REPOSITORY_URL = saved;
    }
  });
});
