import { PlanStore, type LoadOptions } from './plan-store.js';
import type { Portfolio } from './types.js';

export { showPath, type LoadOptions } from './plan-store.js';

/** Reads, validates and derives every plan below a folder, collecting every problem. */
export async function loadPortfolio(options: LoadOptions): Promise<Portfolio> {
  return new PlanStore(options).reloadAll();
}
