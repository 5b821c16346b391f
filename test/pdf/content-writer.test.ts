// The content writer gives exactly the bytes the operators spell, however
// they were written, and starts over after each page.
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ContentWriter } from '../../src/pdf/content-writer.js';

describe('content writer', () => {
  it('writes short and long text, single bytes and glyph codes as one stream', () => {
    const out = new ContentWriter();
    out.write('BT /F1 10 Tf [');
    out.writeByte(60);
    for (const code of [0x0001, 0x00ab, 0x1f2e, 0xffff]) out.writeGlyphCode(code);
    out.writeByte(62);
    out.write(`] TJ ET ${'0.5 '.repeat(40)}`);
    out.endLine();
    expect(inflateSync(out.take(1)).toString('latin1')).toBe(`BT /F1 10 Tf [<000100ab1f2effff>] TJ ET ${'0.5 '.repeat(40)}\n`);
  });

  it('grows past its first buffer and starts over empty after take', () => {
    const out = new ContentWriter();
    const line = '1 0 0 -1 72.5 100.25 Tm';
    for (let i = 0; i < 5000; i++) {
      out.write(line);
      out.endLine();
    }
    expect(inflateSync(out.take(6)).toString('latin1')).toBe(`${line}\n`.repeat(5000));
    expect(out.size).toBe(0);
    out.write('q');
    expect(inflateSync(out.take(1)).toString('latin1')).toBe('q');
  });
});

describe('numbers in content', () => {
  it.each([0, 12, 0.5, -3.125, 72.0004, 72.0005, -0.0004, 0.1 + 0.2, 595.28, 841.89, 1e6 + 0.25, 99.9999, -12.3456, 0.001, 0.0105])(
    'writes %s as String(Math.round(n * 1000) / 1000) does',
    (n) => {
      const out = new ContentWriter();
      out.writeNumber(n);
      expect(inflateSync(out.take(1)).toString('latin1')).toBe(String(Math.round(n * 1000) / 1000));
    },
  );
});
