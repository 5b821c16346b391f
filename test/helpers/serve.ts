import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { findContentType } from '../../src/watch/content-types.js';

export interface ServeOptions {
  /**
   * The path the site is served under (`/career/`), as a host serving it from
   * a sub-folder does: requests outside it are 404s that get no page.
   */
  prefix?: string;
}

export interface StaticSite {
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves a built site folder on 127.0.0.1 the way a static host does:
 * `/x/` serves `/x/index.html`, unknown paths get `404.html` with status 404.
 * `headers` are added to every response (a host's security headers, say).
 */
export async function serveStatic(root: string, headers: Record<string, string> = {}, options: ServeOptions = {}): Promise<StaticSite> {
  const prefix = options.prefix ?? '/';
  const server: Server = createServer((request, response) => {
    const requested = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!requested.startsWith(prefix)) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...headers });
      response.end(`Not under ${prefix}`);
      return;
    }
    const pathname = `/${requested.slice(prefix.length)}`;
    let file = path.join(root, pathname);
    if (!file.startsWith(root)) file = path.join(root, '404.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = path.join(root, '404.html');
    }
    response.writeHead(status, { 'content-type': findContentType(file), ...headers });
    if (existsSync(file)) createReadStream(file).pipe(response);
    else response.end('Not found');
  });
  // Idle kept-alive sockets stay open until close(): a server that drops one after 5 s (Node's default) races a client
  // reusing it at that moment, and the client reads ECONNRESET (a crawl on a loaded 2-core CI machine did).
  server.keepAliveTimeout = 0;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    // A response whose body a test never read holds its connection open, as a browser's kept-alive socket does: close would wait on them.
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
