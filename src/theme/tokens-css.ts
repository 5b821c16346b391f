// Writes the design tokens (tokens.ts) as the site's CSS custom properties:
// the light scheme on :root, the dark one under prefers-color-scheme, and
// print's inks under @media print. site.css only ever reads var(--...). A
// configured theme changes the accent roles (accent-theme.ts) and the type family.
import { makePalettes } from './accent-theme.js';
import type { FontChoice, ThemeSettings } from './theme-settings.js';
import { fluidType, radius, shadows, space, typeScale } from './tokens.js';

// Latin first, then CJK fonts each system ships (the same under either family), then emoji.
const CJK =
  '"Hiragino Sans", "Hiragino Kaku Gothic ProN", "Yu Gothic UI", Meiryo, "Apple SD Gothic Neo", "Malgun Gothic", "PingFang SC", ' +
  '"Microsoft YaHei", "Noto Sans CJK JP", "Noto Sans JP", "Noto Sans KR", "Noto Sans SC"';
const EMOJI = '"Apple Color Emoji", "Segoe UI Emoji"';
const FONTS: Record<FontChoice, string> = {
  sans: `system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, ${CJK}, sans-serif, ${EMOJI}`,
  serif: `"Iowan Old Style", "Palatino Linotype", Palatino, Georgia, "Noto Serif", ${CJK}, serif, ${EMOJI}`,
};
const MONO = 'ui-monospace, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace';

const kebab = (name: string) => name.replace(/[A-Z0-9]/g, (c) => `-${c.toLowerCase()}`);
const rem = (n: number) => `${n}rem`;

function declare(values: Record<string, string>, indent: string): string {
  return Object.entries(values)
    .map(([name, value]) => `${indent}--${kebab(name)}: ${value};`)
    .join('\n');
}

/** The stylesheet of custom properties the site's pages load before site.css, in a theme's colours and type when one is set. */
export function renderTokensCss(theme?: ThemeSettings): string {
  const palettes = makePalettes(theme?.accent);
  const steps: Record<string, string> = {};
  for (const [step, size] of Object.entries(typeScale)) steps[`step${step}`] = fluidType[step as keyof typeof fluidType] ?? rem(size);
  const fixed: Record<string, string> = {
    font: FONTS[theme?.font ?? 'sans'],
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
