// Summarises a V8 .cpuprofile (from `node --cpu-prof`): the functions and the
// files with the most self time, and the functions with the most total time
// (self plus everything they call), so a slow stage shows where it spends.
// Usage: npx tsx bench/profile-summary.ts <file.cpuprofile> [top=25] [--match=text] [--after=seconds]
import { readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileRow {
  name: string;
  ms: number;
  share: number;
}

export interface ProfileSummary {
  totalMs: number;
  selfByFunction: ProfileRow[];
  selfByFile: ProfileRow[];
  totalByFunction: ProfileRow[];
}

const shortUrl = (url: string): string =>
  url
    .replace(/^file:\/\//, '')
    .replace(/^.*\/node_modules\//, '~/')
    .replace(/^.*\/work\/main\//, '')
    .replace(/\?.*$/, '') || '(native)';

const label = (node: ProfileNode): string =>
  `${node.callFrame.functionName || '(anonymous)'} ${shortUrl(node.callFrame.url)}:${node.callFrame.lineNumber + 1}`;

/** Self and total time per function and per file; `top` rows each; only samples taken `afterMs` or later into the profile. */
export function summariseProfile(profile: Profile, top = 25, afterMs = 0): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const selfMs = new Map<number, number>();
  let at = 0;
  profile.samples.forEach((id, i) => {
    at += (profile.timeDeltas[i] ?? 0) / 1000;
    if (at >= afterMs) selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const totalMs = [...selfMs.values()].reduce((a, b) => a + b, 0);

  const selfFn = new Map<string, number>();
  const selfFile = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const [id, ms] of selfMs) {
    const node = byId.get(id)!;
    selfFn.set(label(node), (selfFn.get(label(node)) ?? 0) + ms);
    const file = shortUrl(node.callFrame.url);
    selfFile.set(file, (selfFile.get(file) ?? 0) + ms);
    // Count each function once per sample, however deep its recursion.
    const seen = new Set<string>();
    for (let node: number | undefined = id; node !== undefined; node = parent.get(node)) {
      const name = label(byId.get(node)!);
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
    }
  }
  const rows = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({ name, ms, share: totalMs ? ms / totalMs : 0 }));
  return { totalMs, selfByFunction: rows(selfFn), selfByFile: rows(selfFile), totalByFunction: rows(inclusive) };
}

export function formatSummary(summary: ProfileSummary, match?: string): string {
  const lines = [`sampled ${Math.round(summary.totalMs)} ms`];
  const table = (title: string, rows: ProfileRow[]) => {
    lines.push('', title);
    for (const row of rows) {
      if (match && !row.name.includes(match)) continue;
      lines.push(`${row.ms.toFixed(0).padStart(8)} ms ${(row.share * 100).toFixed(1).padStart(5)}%  ${row.name}`);
    }
  };
  table('self time by function', summary.selfByFunction);
  table('self time by file', summary.selfByFile);
  table('total time by function (self + callees)', summary.totalByFunction);
  return lines.join('\n');
}

const entry = process.argv[1];
if (entry && realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url))) {
  const args = process.argv.slice(2);
  const [file, topText] = args.filter((a) => !a.startsWith('--'));
  const match = args.find((a) => a.startsWith('--match='))?.slice('--match='.length);
  const after = Number(args.find((a) => a.startsWith('--after='))?.slice('--after='.length) ?? 0) * 1000;
  if (!file) {
    console.error('usage: npx tsx bench/profile-summary.ts <file.cpuprofile> [top=25] [--match=text] [--after=seconds]');
    process.exit(2);
  }
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  console.log(formatSummary(summariseProfile(profile, Number(topText ?? 25), after), match));
}
