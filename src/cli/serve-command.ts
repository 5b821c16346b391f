import { existsSync } from 'node:fs';
import path from 'node:path';
import { PlanfolioError } from '../errors/errors.js';
import { loadConfig, overrideBase } from '../config/load-config.js';
import { DevServer } from '../watch/dev-server.js';
import { parseOptions, parsePort, type Command } from './command.js';

const help = `Usage: planfolio serve [--out DIR] [--port N] [--base PATH] [--host HOST]

Serves a built site (default: _site) on localhost, as a static host would,
so you can look at it before you deploy. Ctrl-C stops it.

  --out DIR     the built site (default: _site)
  --port N      the port to serve on (default: 8080; 0 picks a free one)
  --base PATH   the path the site was built for, such as /career/
                (default: "base" in planfolio.config.json, else /)
  --host HOST   the address to listen on, such as 0.0.0.0 to let other
                computers on your network see it (default: 127.0.0.1)`;

/** `planfolio serve`: look at the built site in a browser. */
export const runServe: Command = async (argv, io) => {
  const { values } = parseOptions(argv, {
    out: { type: 'string', default: '_site' },
    port: { type: 'string', default: '8080' },
    base: { type: 'string' },
    host: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.out.write(`${help}\n`);
    return 0;
  }
  const port = parsePort(values.port);
  const root = path.resolve(values.out);
  if (!existsSync(path.join(root, 'index.html'))) {
    throw new PlanfolioError(`${values.out}/index.html: no built site here; run "npm run build" first`);
  }
  const config = loadConfig();
  const { base } = values.base === undefined ? config : overrideBase(config, values.base);
  const server = new DevServer(root, { live: false, base, host: values.host });
  const url = await server.listen(port);
  io.out.write(`Serving ${values.out}/ at ${url} (Ctrl-C to stop)\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  await server.close();
  return 0;
};
