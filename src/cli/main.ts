import { savePlanCaches } from '../load/plan-cache.js';
import { runCli } from './run-cli.js';

// Exit explicitly: a command is done when it returns, whatever timers a library left
// behind; the plans kept for the next run are written first.
const code = await runCli(process.argv.slice(2));
await savePlanCaches();
process.exit(code);
