import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/site/render-markdown.js';

/** The tags markdown-it may emit with raw HTML off; anything else would have come from plan text. */
const ALLOWED_TAG = /<\/?(p|h[1-6]|em|strong|a|ul|ol|li|code|pre|blockquote|hr|br|table|thead|tbody|tr|th|td|s|img)(\s[^<>]*)?\/?>/g;

function listTemplates(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listTemplates(path.join(dir, entry.name)) : entry.name.endsWith('.njk') ? [path.join(dir, entry.name)] : [],
  );
}

describe('rendering plan text', () => {
  it('never emits an unescaped < from random Markdown', () => {
    const piece = fc.oneof(fc.string(), fc.constantFrom('<script>', '</p>', '<img src=x onerror=alert(1)>', '[x](javascript:alert(1))', '<a href="x">', '`<b>`', '***', '\n\n', '# ', '- ', '> ', '```\n<i>\n```', '<!-- -->', '&lt;', '{{ 1 }}'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const html = renderMarkdown(pieces.join(''));
        expect(html.replace(ALLOWED_TAG, '')).not.toContain('<');
        expect(html).not.toMatch(/<[^>]+\son\w+=/i);
        expect(html).not.toMatch(/href="\s*(javascript|vbscript|data):/i);
      }),
      { numRuns: 1000 },
    );
  });

  it('shows template syntax in a body as text', () => {
    expect(renderMarkdown('{{ site.title }} {% if x %}y{% endif %}')).toBe('<p>{{ site.title }} {% if x %}y{% endif %}</p>\n');
  });

  it('starts the body headings at h3, below the page sections', () => {
    expect(renderMarkdown('## Notes\n\n### Detail')).toBe('<h3>Notes</h3>\n<h4>Detail</h4>\n');
  });

  it('marks links out of the site so the plan page is not passed on', () => {
    expect(renderMarkdown('[w3](https://www.w3.org/)')).toBe('<p><a href="https://www.w3.org/" rel="noopener noreferrer nofollow">w3</a></p>\n');
  });

  it('keeps every template free of unescaped plan data', () => {
    // Autoescape is on; the only trusted outputs are the layout's content and the markdown filter.
    for (const file of listTemplates('templates')) {
      const text = readFileSync(file, 'utf8');
      const safeUses = text.match(/\|\s*safe\b/g) ?? [];
      const allowed = text.match(/\{\{\s*content\s*\|\s*safe\s*\}\}/g) ?? [];
      expect(safeUses.length, file).toBe(allowed.length);
      expect(text, file).not.toMatch(/autoescape\s+false/);
    }
  });
});
