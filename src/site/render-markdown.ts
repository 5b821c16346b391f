import MarkdownIt from 'markdown-it';

// Typographer is off so quotes and dashes show exactly as written. Raw HTML is off, so a plan's body can never carry markup of its own;
// markdown-it's own link check already refuses javascript:, vbscript:,
// file: and data: links (the link then stays as plain text).
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

const defaultLinkOpen =
  markdown.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));

// Links out of the site open as usual but tell the target nothing about the plan page.
markdown.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const href = tokens[idx]!.attrGet('href') ?? '';
  if (/^[a-z][a-z0-9+.-]*:/i.test(href)) tokens[idx]!.attrSet('rel', 'noopener noreferrer nofollow');
  return defaultLinkOpen(tokens, idx, options, env, self);
};

// The page already has its own h1 and h2 sections, so the body's top
// heading level becomes h3, whether the owner started at "#" or "##".
const TOP_LEVEL = 3;

/** Renders a plan's Markdown body to HTML that is safe to insert in a page. */
export function renderMarkdown(body: string): string {
  const env = {};
  const tokens = markdown.parse(body, env);
  const levels = tokens.filter((t) => t.type === 'heading_open').map((t) => Number(t.tag.slice(1)));
  const shift = levels.length ? TOP_LEVEL - Math.min(...levels) : 0;
  for (const token of tokens) {
    if (token.type === 'heading_open' || token.type === 'heading_close') {
      token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + shift)}`;
    }
  }
  return markdown.renderer.render(tokens, markdown.options, env);
}
