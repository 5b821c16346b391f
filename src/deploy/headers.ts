// The HTTP headers a deployed Planfolio site is served with: defined once
// here, written into netlify.toml (a test keeps the two identical), listed in
// the README for other hosts, and sent by the browser tests' server so the
// pages are tested under the very policy they are deployed with.

/**
 * The Content-Security-Policy. Everything comes from the site itself: no
 * inline script or style anywhere (widths are SVG attributes, scripts are
 * files). `'wasm-unsafe-eval'` lets Pagefind compile its search WebAssembly;
 * it allows no JavaScript eval.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Revalidate everything on every visit: a PDF or a page is never stale after a deploy. */
export const CACHE_CONTROL = 'public, max-age=0, must-revalidate';

/** The headers every response of the site carries. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  'Cache-Control': CACHE_CONTROL,
};

/** A set of headers for the paths matching a pattern, as static hosts take them. */
export interface HeaderRule {
  for: string;
  values: Readonly<Record<string, string>>;
}

/**
 * One rule for every path. Hosts merge the values of overlapping rules
 * (some by joining them with commas), so the headers stay in a single rule;
 * nothing on the site is fingerprinted, so nothing gets a long cache.
 */
export const HEADER_RULES: readonly HeaderRule[] = [{ for: '/*', values: SECURITY_HEADERS }];

/**
 * The rules as a `_headers` file, which Cloudflare Pages and Netlify read
 * from the published folder. Netlify lets netlify.toml win where both name
 * the same header for the same path, so the two never add up.
 */
export function renderHeadersFile(rules: readonly HeaderRule[] = HEADER_RULES): string {
  return rules.map((rule) => [rule.for, ...Object.entries(rule.values).map(([name, value]) => `  ${name}: ${value}`)].join('\n')).join('\n\n') + '\n';
}
