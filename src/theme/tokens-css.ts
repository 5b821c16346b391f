// Writes the design tokens (tokens.ts) as the site's CSS custom properties:
// the light scheme on :root, the dark one under prefers-color-scheme, and
// print's inks under @media print. site.css only ever reads var(--...).
import { fluidType, palettes, radius, shadows, space, typeScale } from './tokens.js';

const FONT =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, "Hiragino Sans", ' +
  '"Hiragino Kaku Gothic ProN", "Yu Gothic UI", Meiryo, "Apple SD Gothic Neo", "Malgun Gothic", "PingFang SC", ' +
  '"Microsoft YaHei", "Noto Sans CJK JP", "Noto Sans JP", "Noto Sans KR", "Noto Sans SC", sans-serif, ' +
  '"Apple Color Emoji", "Segoe UI Emoji"';
const MONO = 'ui-monospace, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace';

const kebab = (name: string) => name.replace(/[A-Z0-9]/g, (c) => `-${c.toLowerCase()}`);
const rem = (n: number) => `${n}rem`;

function declare(values: Record<string, string>, indent: string): string {
  return Object.entries(values)
    .map(([name, value]) => `${indent}--${kebab(name)}: ${value};`)
    .join('\n');
}

/** The stylesheet of custom properties the site's pages load before site.css. */
export function renderTokensCss(): string {
  const steps: Record<string, string> = {};
  for (const [step, size] of Object.entries(typeScale)) steps[`step${step}`] = fluidType[step as keyof typeof fluidType] ?? rem(size);
  const fixed: Record<string, string> = {
    font: FONT,
    mono: MONO,
    ...steps,
    radius: rem(radius.large),
    radiusSmall: rem(radius.small),
    ...Object.fromEntries(space.map((size, i) => [`space${i + 1}`, rem(size)])),
    measure: '68ch',
    page: '76rem',
  };
  return [
    '/* Written by Planfolio from src/theme/tokens.ts: change the tokens there. */',
    ':root {',
    '  color-scheme: light dark;',
    declare({ ...palettes.light, ...shadows.light, ...fixed }, '  '),
    '}',
    '@media screen and (prefers-color-scheme: dark) {',
    '  :root {',
    declare({ ...palettes.dark, ...shadows.dark }, '    '),
    '  }',
    '}',
    '@media print {',
    '  :root {',
    declare({ ...palettes.print, ...shadows.print }, '    '),
    '  }',
    '}',
    '',
  ].join('\n');
}
