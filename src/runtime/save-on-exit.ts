// Caches a command keeps for the next run (the plans it read, the templates
// it compiled) are written once, as the command ends, with what the whole
// run worked out: src/cli/main.ts waits for them before the process exits.
// A save never throws: a cache that cannot be written only costs the next
// run its speed.

const savers = new Set<() => Promise<void>>();

/** Asks for a cache to be written when the command ends; returns a function that withdraws the request. */
export function saveOnExit(save: () => Promise<void>): () => void {
  savers.add(save);
  return () => savers.delete(save);
}

/** Writes every cache asked for: a command calls this once it is done, before its process exits. */
export async function runExitSaves(): Promise<void> {
  const pending = [...savers];
  savers.clear();
  await Promise.all(pending.map((save) => save().catch(() => undefined)));
}
