import { runCli } from './run-cli.js';

// Exit explicitly: a command is done when it returns, whatever timers a library left behind.
process.exit(await runCli(process.argv.slice(2)));
