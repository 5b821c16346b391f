import { runExitSaves } from '../runtime/save-on-exit.js';
import { runCli } from './run-cli.js';

// Exit explicitly: a command is done when it returns, whatever timers a library left
// behind; the caches kept for the next run are written first.
const code = await runCli(process.argv.slice(2));
await runExitSaves();
process.exit(code);
