// dev and serve answer only requests addressed to this computer: a web page
// elsewhere could otherwise point a name of its own at 127.0.0.1 (DNS
// rebinding) and read every plan, drafts included.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DevServer } from '../../src/watch/dev-server.js';

/** Asks the server for `/` with the Host header given (none when undefined). */
function askWithHost(url: string, host: string | undefined): Promise<{ status: number; body: string }> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = host === undefined ? {} : { host };
    const req = request({ host: '127.0.0.1', port, path: '/', headers, setHost: false }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Closes the server, then removes the folder it served (each describe makes its own). */
async function closeAndRemove(server: DevServer, root: string): Promise<void> {
  await server.close();
  rmSync(root, { recursive: true, force: true });
}

const cases: { host: string | undefined; answered: boolean }[] = [
  { host: '127.0.0.1:{port}', answered: true },
  { host: 'localhost:{port}', answered: true },
  { host: 'LOCALHOST', answered: true },
  { host: '[::1]:{port}', answered: true },
  { host: 'plans.localhost:{port}', answered: true },
  { host: '127.1.2.3', answered: true },
  { host: 'attacker.example:{port}', answered: false },
  { host: 'localhost.attacker.example', answered: false },
  { host: '127.0.0.1.nip.io:{port}', answered: false },
  { host: '192.168.1.20:{port}', answered: false },
  { host: undefined, answered: false },
];

for (const live of [true, false]) {
  describe(live ? 'planfolio dev' : 'planfolio serve', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'planfolio-host-'));
    const server = new DevServer(root, { live });
    let url = '';
    beforeAll(async () => {
      writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Plans</title><body>secret plans</body>');
      url = await server.listen(0);
    });
    afterAll(() => closeAndRemove(server, root));

    it.each(cases)('answers Host $host: $answered', async ({ host, answered }) => {
      const { port } = new URL(url);
      const { status, body } = await askWithHost(url, host?.replace('{port}', port));
      if (answered) {
        expect(status).toBe(200);
        expect(body).toContain('secret plans');
      } else if (host === undefined) {
        // Node's server itself refuses an HTTP/1.1 request without a Host.
        expect([status, body]).toEqual([400, '']);
      } else {
        expect(status).toBe(403);
        expect(body).toBe('Planfolio serves this site to this computer only: open it at http://127.0.0.1 or http://localhost.\n');
      }
    });
  });
}

describe('planfolio dev --host 0.0.0.0 (a preview on the local network)', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'planfolio-host-'));
  const server = new DevServer(root, { host: '0.0.0.0' });
  let url = '';
  beforeAll(async () => {
    writeFileSync(path.join(root, 'index.html'), '<!doctype html><body>secret plans</body>');
    url = await server.listen(0);
  });
  afterAll(() => closeAndRemove(server, root));

  it.each([
    { host: hostname(), status: 200 },
    { host: '0.0.0.0', status: 200 },
    { host: 'localhost', status: 200 },
    { host: 'attacker.example', status: 403 },
  ])('answers Host $host with $status', async ({ host, status }) => {
    expect((await askWithHost(url, `${host}:${new URL(url).port}`)).status).toBe(status);
  });
});

describe('planfolio serve of a site built for a sub-folder', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'planfolio-base-'));
  const server = new DevServer(root, { live: false, base: '/career/' });
  let url = '';
  beforeAll(async () => {
    writeFileSync(path.join(root, 'index.html'), '<!doctype html><body>the portfolio</body>');
    writeFileSync(path.join(root, '404.html'), '<!doctype html><body>not here</body>');
    url = await server.listen(0);
  });
  afterAll(() => closeAndRemove(server, root));

  it('serves it under its prefix, sends / there, and nothing outside it', async () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/career\/$/);
    const origin = new URL(url).origin;
    const home = await fetch(`${origin}/career/`);
    expect([home.status, await home.text()]).toEqual([200, '<!doctype html><body>the portfolio</body>']);
    const root = await fetch(`${origin}/`, { redirect: 'manual' });
    expect([root.status, root.headers.get('location')]).toEqual([302, '/career/']);
    const outside = await fetch(`${origin}/index.html`);
    expect([outside.status, await outside.text()]).toEqual([404, '<!doctype html><body>not here</body>']);
  });
});
