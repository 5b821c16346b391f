/** A site-relative URL (`/plans/x/`) under the site's base path (`/career/`); other URLs as they are. */
export function joinBase(base: string, url: string): string {
  if (typeof url !== 'string' || !url.startsWith('/') || url.startsWith('//')) return url;
  return base === '/' ? url : `${base.replace(/\/$/, '')}${url}`;
}

/**
 * A site-relative URL as files outside the pages need it: absolute when the
 * site's address is configured (calendars and JSON are read by other
 * programs), else under the base path.
 */
export function makeExportUrl(site: { base: string; siteUrl?: string }, url: string): string {
  // Encoded, since other programs expect a URI (`/people/%D0%B4...`), not a page's Unicode href.
  if (!site.siteUrl) return encodeURI(joinBase(site.base, url));
  return new URL(encodeURI(url.replace(/^\//, '')), site.siteUrl).href;
}
