// The little colour maths a theme needs: reading "#RGB"/"#RRGGBB", WCAG 2.2
// relative luminance and contrast ratio, and HSL to move a colour's lightness
// while its hue stays. Colours are "#rrggbb" strings throughout, as the tokens are.

/** Reads `#RGB` or `#RRGGBB` (any case) as `#rrggbb`; undefined when it is neither. */
export function readHex(text: string): string | undefined {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(text.trim());
  if (!match) return undefined;
  const digits = match[1]!.toLowerCase();
  return `#${digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits}`;
}

/** The red, green and blue of `#rrggbb`, each 0 to 255. */
function readChannels(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** `#rrggbb` of channels 0 to 255 (rounded and clamped). */
function writeHex(channels: readonly number[]): string {
  return `#${channels.map((c) => Math.min(255, Math.max(0, Math.round(c))).toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG 2.2 relative luminance of `#rrggbb`, 0 (black) to 1 (white). */
export function measureLuminance(hex: string): number {
  const [r, g, b] = readChannels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.2 contrast ratio of two colours, 1 to 21. */
export function measureContrast(a: string, b: string): number {
  const [hi, lo] = [measureLuminance(a), measureLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** A ratio as people read it: one decimal, rounded down, so a failing ratio never reads as the one it missed (4.49 is "4.4:1"). */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 10) / 10).toFixed(1)}:1`;
}

/** Hue (0-360), saturation and lightness (0-1). */
export interface Hsl {
  h: number;
  s: number;
  l: number;
}

/** `#rrggbb` in HSL. */
export function toHsl(hex: string): Hsl {
  const [r, g, b] = readChannels(hex).map((c) => c / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  const d = max - min;
  if (d === 0) return { h: 0, s: 0, l };
  const s = d / (1 - Math.abs(2 * l - 1));
  const h = max === r ? ((g - b) / d + 6) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return { h: h * 60, s, l };
}

/** An HSL colour as `#rrggbb`. */
export function fromHsl({ h, s, l }: Hsl): string {
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const x = c * (1 - Math.abs(((h / 60) % 2) - 1));
  const m = l - c / 2;
  const sector = Math.floor((((h % 360) + 360) % 360) / 60);
  const [r, g, b] = [
    [c, x, 0],
    [x, c, 0],
    [0, c, x],
    [0, x, c],
    [x, 0, c],
    [c, 0, x],
  ][sector]!;
  return writeHex([r!, g!, b!].map((v) => (v + m) * 255));
}

/**
 * The colour of the same hue and saturation nearest in lightness to `from`
 * that passes `test`, searching towards black (`darker`) or white. Contrast
 * against a fixed colour only grows that way, so halving the interval finds
 * it; the last steps make sure the rounded `#rrggbb` itself passes.
 */
export function shiftLightness(from: Hsl, direction: 'darker' | 'lighter', test: (hex: string) => boolean): string {
  const end = direction === 'darker' ? 0 : 1;
  let near = from.l;
  let far = end;
  if (test(fromHsl(from))) return fromHsl(from);
  for (let i = 0; i < 24; i++) {
    const mid = (near + far) / 2;
    if (test(fromHsl({ ...from, l: mid }))) far = mid;
    else near = mid;
  }
  for (let l = far; ; l += direction === 'darker' ? -0.002 : 0.002) {
    const hex = fromHsl({ ...from, l: Math.min(1, Math.max(0, l)) });
    if (test(hex) || l <= 0 || l >= 1) return hex;
  }
}
