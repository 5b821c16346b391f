import { finishPlanCacheWrites } from '../load/plan-cache.js';
import { runCli } from './run-cli.js';

// Exit explicitly: a command is done when it returns, whatever timers a library left
// behind; only the plans kept for the next run are written in full first.
const code = await runCli(process.argv.slice(2));
await finishPlanCacheWrites();
process.exit(code);
