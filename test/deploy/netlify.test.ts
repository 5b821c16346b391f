import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, HEADER_RULES, renderHeadersFile, SECURITY_HEADERS } from '../../src/deploy/headers.js';

const netlify = parse(readFileSync('netlify.toml', 'utf8')) as {
  build: { command: string; publish: string; environment: Record<string, string> };
  headers: { for: string; values: Record<string, string> }[];
};
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string>; engines: { node: string } };

/** Every template file below a folder, with its text. */
function readTemplates(dir = 'templates'): [string, string][] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry): [string, string][] => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return readTemplates(file);
    return entry.name.endsWith('.njk') ? [[file, readFileSync(file, 'utf8')]] : [];
  });
}

describe('netlify.toml', () => {
  it('builds with the npm build script into _site, on Node 20', () => {
    expect(netlify.build.command).toBe('npm run build');
    expect(pkg.scripts.build).toBe('node bin/planfolio.js build');
    expect(netlify.build.publish).toBe('_site');
    expect(netlify.build.environment.NODE_VERSION).toBe('20');
    expect(pkg.engines.node).toMatch(/^>=20\./);
  });

  it('carries exactly the headers defined in src/deploy/headers.ts', () => {
    expect(netlify.headers).toEqual(HEADER_RULES.map((rule) => ({ for: rule.for, values: { ...rule.values } })));
  });
});

describe('the security headers', () => {
  it('allow only the site itself, frame it nowhere, and keep WebAssembly for search as the one exception', () => {
    const directives = Object.fromEntries(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]));
    expect(directives['default-src']).toBe("'self'");
    expect(directives['script-src']).toBe("'self' 'wasm-unsafe-eval'");
    expect(directives['frame-ancestors']).toBe("'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|data:|https?:/);
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
    expect(SECURITY_HEADERS['X-Frame-Options']).toBe('DENY');
    expect(SECURITY_HEADERS['Referrer-Policy']).toBe('no-referrer');
  });

  it('make every page, PDF and export revalidate, so nothing is stale after a deploy', () => {
    expect(SECURITY_HEADERS['Cache-Control']).toBe('public, max-age=0, must-revalidate');
    // One rule for every path: hosts join the values of overlapping rules.
    expect(HEADER_RULES.map((rule) => rule.for)).toEqual(['/*']);
  });

  it('are listed in the README for hosts other than Netlify, as the _headers file the build writes', () => {
    expect(readFileSync('README.md', 'utf8')).toContain(`\`\`\`\n${renderHeadersFile()}\`\`\``);
    expect(renderHeadersFile()).toContain(`  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}\n`);
  });

  it('are satisfiable: no template has an inline script, style or event handler', () => {
    for (const [file, text] of readTemplates()) {
      expect(text, file).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);
      for (const script of text.match(/<script\b[^>]*>/gi) ?? []) expect(script, file).toMatch(/\ssrc=/);
    }
  });
});
