/** WCAG 2.x colour contrast, for checking a trainer's accent colour at build time. */

/** Parses `#rgb` or `#rrggbb`; undefined for anything else. */
export function parseHex(colour: string): [number, number, number] | undefined {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim());
  if (!match) return undefined;
  const hex = match[1].length === 3 ? [...match[1]].map((c) => c + c).join('') : match[1];
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/** Relative luminance as WCAG defines it. */
export function luminance([r, g, b]: [number, number, number]): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** Contrast ratio between two colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [parseHex(a), parseHex(b)].map((c) => (c ? luminance(c) : NaN));
  const [light, dark] = la > lb ? [la, lb] : [lb, la];
  return (light + 0.05) / (dark + 0.05);
}

/** Black or white, whichever reads better on `background` (for button text on the accent). */
export function textOn(background: string): '#000000' | '#ffffff' {
  return contrastRatio(background, '#000000') >= contrastRatio(background, '#ffffff') ? '#000000' : '#ffffff';
}

/**
 * The page's accent rule from the trainer's colours (site.yaml `accentColor`, checked for contrast
 * when the course is built): `--accent` and the text drawn on it, a pair for each scheme, which the
 * page's color-scheme (the system's, or the learner's choice) picks from.
 */
export function accentCss({ light, dark }: { light: string; dark: string }): string {
  return `html:root{--accent:light-dark(${light},${dark});--accent-text:light-dark(${textOn(light)},${textOn(dark)})}`;
}

/** The page backgrounds the accent is used on, per scheme (kept in step with src/styles/global.css). */
export const SCHEME_BACKGROUNDS = {
  light: { page: '#ffffff', panel: '#f3f5f8' },
  dark: { page: '#14181d', panel: '#1e242b' },
} as const;

/** WCAG AA for normal text. */
export const AA_TEXT = 4.5;
