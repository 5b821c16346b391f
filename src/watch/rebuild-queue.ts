/** What changed on disk since the last rebuild. */
export interface Changes {
  /** Plan files (relative to the plans folder) added, changed or removed. */
  plans: Set<string>;
  /** Folders appeared or vanished: walk the plans folder again. */
  rescan: boolean;
  /** A template or asset changed: render every page again. */
  templates: boolean;
  /** Nothing changed, but pages or PDFs are still to be built after the first page: build the next few. */
  backlog: boolean;
}

export const noChanges = (): Changes => ({ plans: new Set(), rescan: false, templates: false, backlog: false });

/**
 * Runs rebuilds one at a time. Changes that arrive while a rebuild runs are
 * merged into the next one, so a hundred saves in a second cost two rebuilds
 * and no save is ever lost. The rebuild function must not throw; if it does,
 * the error goes to `onError` and the queue keeps going.
 */
export class RebuildQueue {
  private pending: Changes = noChanges();
  private running: Promise<void> | undefined;

  constructor(
    private readonly rebuild: (changes: Changes) => Promise<void>,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Adds changes; starts a rebuild unless one is running (then they join the next). */
  push(change: Partial<Changes>): void {
    for (const plan of change.plans ?? []) this.pending.plans.add(plan);
    this.pending.rescan ||= change.rescan ?? false;
    this.pending.templates ||= change.templates ?? false;
    this.pending.backlog ||= change.backlog ?? false;
    this.running ??= this.drain().finally(() => (this.running = undefined));
  }

  /** Resolves once every change pushed so far has been built. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drain(): Promise<void> {
    while (hasChanges(this.pending)) {
      const changes = this.pending;
      this.pending = noChanges();
      try {
        await this.rebuild(changes);
      } catch (error) {
        this.onError(error);
      }
    }
  }
}

function hasChanges(changes: Changes): boolean {
  return changes.plans.size > 0 || changes.rescan || changes.templates || changes.backlog;
}
