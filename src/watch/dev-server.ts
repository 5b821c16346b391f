import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostname, networkInterfaces } from 'node:os';
import path from 'node:path';
import { DEV_CLIENT } from '../runtime/project-paths.js';
import { messages } from '../errors/catalogue.js';
import { PlanfolioError } from '../errors/errors.js';
import { formatProblem, type Problem } from '../errors/problem.js';
import { readRedirectsFile } from '../deploy/redirects.js';
import { findContentType } from './content-types.js';
import { renderOverlay } from './overlay.js';

const CLIENT_PATH = '/__planfolio/client.js';
const EVENTS_PATH = '/__planfolio/events';
// The browser's side is a plain script kept in src/ (copied into dist/ when compiled).
const CLIENT_SOURCE = readFileSync(DEV_CLIENT, 'utf8');

/** How a server answers: `live: false` serves the files as they are, without the reload client (planfolio serve). */
export interface ServerOptions {
  live?: boolean;
  /** The address to listen on (default 127.0.0.1); its name is then answered besides loopback names. */
  host?: string;
  /** The path the site was built for, such as /career/ (default /). */
  base?: string;
  /**
   * For a page or PDF not built yet (dev builds the rest after its first
   * page): a promise that resolves once it is on disk, or undefined when
   * nothing is coming at that site path.
   */
  whenBuilt?: (sitePath: string) => Promise<void> | undefined;
}

/** How long a request waits for a page still to be built before it is answered anyway. */
const WAIT_FOR_BUILD_MS = 60_000;

/**
 * The dev server: serves the last good build, reloads browsers over
 * server-sent events, and while a plan or template is broken shows its
 * problems in an overlay on every page (in the HTML itself, so it is there
 * even on a fresh load).
 */
export class DevServer {
  private server: Server | undefined;
  private readonly clients = new Set<ServerResponse>();
  private problems: Problem[] = [];

  private readonly live: boolean;
  private readonly host: string;
  private readonly base: string;
  private readonly whenBuilt: ServerOptions['whenBuilt'];

  constructor(
    private readonly root: string,
    options: ServerOptions = {},
  ) {
    this.live = options.live ?? true;
    this.host = options.host ?? '127.0.0.1';
    this.base = options.base ?? '/';
    this.whenBuilt = options.whenBuilt;
  }

  /** Starts listening (on 127.0.0.1 unless a host was given); port 0 picks a free one. Returns the site's URL. */
  async listen(port: number): Promise<string> {
    this.server = createServer((request, response) => this.handle(request, response));
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', (error: NodeJS.ErrnoException) => {
        const code = error.code ?? 'error';
        reject(new PlanfolioError(code === 'EADDRINUSE' ? messages.portInUse(port) : messages.portRefused(port, code), { cause: error }));
      });
      this.server!.listen(port, this.host, () => resolve());
    });
    const shown = this.host === '0.0.0.0' || this.host === '::' ? '127.0.0.1' : this.host;
    return `http://${shown.includes(':') ? `[${shown}]` : shown}:${(this.server.address() as AddressInfo).port}${this.base}`;
  }

  /** Tells open pages to reload: those showing one of `urls`, or every page. */
  reload(urls?: string[]): void {
    this.send('reload', { urls });
  }

  /** Shows problems on every page (an empty list clears them). */
  showProblems(problems: Problem[]): void {
    this.problems = problems;
    this.send('problems', { lines: problems.map(formatProblem), problems });
  }

  async close(): Promise<void> {
    for (const client of this.clients) client.end();
    this.clients.clear();
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private send(event: string, data: unknown): void {
    const message = `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
    for (const client of this.clients) client.write(message);
  }

  private handle(request: IncomingMessage, response: ServerResponse): void {
    // A page on another site could reach this server through a name it points at 127.0.0.1
    // (DNS rebinding) and read every plan, drafts included: only loopback names are answered.
    if (!isLoopbackHost(request.headers.host) && !this.isChosenHost(request.headers.host)) {
      response.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' });
      return void response.end('Planfolio serves this site to this computer only: open it at http://127.0.0.1 or http://localhost.\n');
    }
    try {
      // As the browser sent it (percent-encoded, as _redirects has it), and decoded.
      const requested = new URL(request.url ?? '/', 'http://localhost').pathname;
      const pathname = decodeURIComponent(requested);
      if (pathname === EVENTS_PATH) return this.subscribe(response);
      if (pathname === CLIENT_PATH) {
        response.writeHead(200, { 'content-type': findContentType(CLIENT_PATH), 'cache-control': 'no-store' });
        return void response.end(CLIENT_SOURCE);
      }
      // A site built for a sub-folder (`base`) is served under it, as its host will serve it.
      if (!pathname.startsWith(this.base)) {
        if (pathname === '/' || `${pathname}/` === this.base) return void response.writeHead(302, { location: this.base }).end();
        return this.serveFile('/404.html', response, 404);
      }
      const sitePath = `/${pathname.slice(this.base.length)}`;
      const coming = isFile(path.join(this.root, sitePath)) ? undefined : this.whenBuilt?.(toAddress(sitePath));
      if (!coming) {
        // A renamed plan's earlier address goes where its host would send it (the build's _redirects).
        const moved = this.findRedirect(requested, sitePath);
        if (moved) return void response.writeHead(moved.status, { location: moved.to, 'cache-control': 'no-store' }).end();
        return this.serveFile(sitePath, response);
      }
      const timeout = new Promise((resolve) => setTimeout(resolve, WAIT_FOR_BUILD_MS).unref());
      void Promise.race([coming, timeout]).then(() => this.serveFile(sitePath, response));
    } catch {
      response.writeHead(400).end('Bad request');
    }
  }

  private subscribe(response: ServerResponse): void {
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    response.write(`event: problems\ndata: ${JSON.stringify({ lines: this.problems.map(formatProblem), problems: this.problems })}\n\n`);
    this.clients.add(response);
    response.on('close', () => this.clients.delete(response));
  }

  /** Whether a Host header names the host given with --host (or, listening on every interface, one of this computer's). */
  private isChosenHost(header: string | undefined): boolean {
    if (this.host === '127.0.0.1') return false;
    const name = readHostName(header);
    if (!name) return false;
    if (name === this.host.toLowerCase()) return true;
    if (this.host !== '0.0.0.0' && this.host !== '::') return false;
    const addresses = Object.values(networkInterfaces()).flatMap((list) => (list ?? []).map((a) => a.address.toLowerCase()));
    return name === hostname().toLowerCase() || addresses.includes(name);
  }

  /** The rule of the site's `_redirects` for a request's (encoded) path, when nothing is served there; read afresh, as builds replace it. */
  private findRedirect(requestPath: string, sitePath: string): { to: string; status: number } | undefined {
    const target = path.join(this.root, sitePath);
    if (isFile(target) || isFile(path.join(target, 'index.html'))) return undefined;
    const file = path.join(this.root, '_redirects');
    return isFile(file) ? readRedirectsFile(readFileSync(file, 'utf8')).get(requestPath) : undefined;
  }

  private serveFile(pathname: string, response: ServerResponse, status = 200): void {
    let file = path.join(this.root, pathname);
    if (file !== this.root && !file.startsWith(this.root + path.sep)) file = path.join(this.root, '404.html');
    if (isDirectory(file)) file = path.join(file, 'index.html');
    if (!isFile(file)) {
      status = 404;
      file = path.join(this.root, '404.html');
    }
    const type = findContentType(file);
    const headers = { 'content-type': type, 'cache-control': 'no-store' };
    if (!isFile(file)) return void response.writeHead(404, headers).end(this.injectInto('<!doctype html><title>Not found</title><h1>Not found</h1>'));
    if (type.startsWith('text/html')) return void response.writeHead(status, headers).end(this.injectInto(readFileSync(file, 'utf8')));
    response.writeHead(status, headers);
    createReadStream(file).pipe(response);
  }

  /** Adds the live-reload client, and the overlay while there are problems, to a page. */
  private injectInto(html: string): string {
    if (!this.live) return html;
    const extra = `${renderOverlay(this.problems)}<script src="${CLIENT_PATH}" defer></script>`;
    return html.includes('</body>') ? html.replace('</body>', `${extra}</body>`) : html + extra;
  }
}

/** Whether a Host header names this computer: localhost (or a name under it), 127.x.x.x or [::1], with any port. */
export function isLoopbackHost(host: string | undefined): boolean {
  const name = readHostName(host);
  if (!name) return false;
  return name === 'localhost' || name.endsWith('.localhost') || name === '::1' || /^127(\.\d{1,3}){3}$/.test(name);
}

/** The name in a Host header, lower-case, without its port or an IPv6 address's brackets; undefined when malformed. */
function readHostName(header: string | undefined): string | undefined {
  const name = /^(\[[^\]]*\]|[^:]*)(:\d+)?$/.exec(header ?? '')?.[1]?.replace(/^\[|\]$/g, '').toLowerCase();
  return name || undefined;
}

/** A site path as pages are addressed: `/plans/ana/` for `/plans/ana`, `/plans/ana/` and `/plans/ana/index.html`. */
function toAddress(sitePath: string): string {
  if (sitePath.endsWith('/index.html')) return sitePath.slice(0, -'index.html'.length);
  return sitePath.endsWith('/') || path.posix.extname(sitePath) ? sitePath : `${sitePath}/`;
}

function isDirectory(file: string): boolean {
  return existsSync(file) && statSync(file).isDirectory();
}

function isFile(file: string): boolean {
  return existsSync(file) && statSync(file).isFile();
}
