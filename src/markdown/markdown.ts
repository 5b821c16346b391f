// A plan's Markdown body is read one way for every output: the same
// markdown-it settings serve the site (HTML) and the PDF (drawn from the
// tokens), so both show the same text, lists and tables. Raw HTML is off,
// so a body can never carry markup of its own: it shows as the text it is.
import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it/index.js';

// Typographer is off so quotes and dashes show exactly as written.
// markdown-it's own link check refuses javascript:, vbscript:, file: and
// data: links (the link then stays as plain text).
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

const defaultLinkOpen =
  markdown.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));

// Links out of the site open as usual but tell the target nothing about the plan page.
markdown.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const href = tokens[idx]!.attrGet('href') ?? '';
  if (/^[a-z][a-z0-9+.-]*:/i.test(href)) tokens[idx]!.attrSet('rel', 'noopener noreferrer nofollow');
  return defaultLinkOpen(tokens, idx, options, env, self);
};

// A plan's page and PDF have their own top headings, so the body's top
// heading level becomes the third, whether the owner started at "#" or "##".
const TOP_LEVEL = 3;

/** A plan body as markdown-it tokens, headings shifted so the body's top level is h3. */
export function parseMarkdown(body: string): Token[] {
  const tokens = markdown.parse(body, {});
  const levels = tokens.filter((t) => t.type === 'heading_open').map((t) => Number(t.tag.slice(1)));
  const shift = levels.length ? TOP_LEVEL - Math.min(...levels) : 0;
  for (const token of tokens) {
    if (token.type === 'heading_open' || token.type === 'heading_close') {
      token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + shift)}`;
    }
  }
  return tokens;
}

/** A plan body as HTML that is safe to insert in a page. */
export function renderMarkdown(body: string): string {
  return markdown.renderer.render(parseMarkdown(body), markdown.options, {});
}

export type { Token };
