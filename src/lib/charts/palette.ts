/**
 * Colours used by charts, as CSS custom properties so that each theme can pick
 * shades with enough contrast (WCAG 1.4.11: 3:1 against the background).
 * The categorical colours are the Okabe & Ito colour-blind-safe palette, darkened
 * for the light theme and lightened for the dark one. Exports (SVG/PNG) have no
 * stylesheet, so `resolveColors` substitutes the light-theme values.
 */
const CATEGORICAL_LIGHT = [
  "#0072B2", // blue
  "#D55E00", // vermillion
  "#007A5A", // bluish green
  "#B04F8E", // reddish purple
  "#8F6A00", // ochre
  "#56606B", // slate
  "#7A4FA3", // purple
  "#A0522D", // sienna
  "#00838F", // teal
  "#5F7000", // olive
];
const CATEGORICAL_DARK = [
  "#56B4E9",
  "#F0A35E",
  "#3CC7A0",
  "#E6A0C8",
  "#E6C34D",
  "#B8C2CC",
  "#B89BE0",
  "#E3A07A",
  "#4DD0E1",
  "#C5D46A",
];

/** Inks for text drawn on a categorical colour: the one with more contrast is used (`on-c1`…). */
const INK_LIGHT = "#ffffff";
const INK_DARK = "#0b0d10";

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2 contrast ratio of two #rrggbb colours, 1–21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The ink, white or near-black, that reads best on `fill` (e.g. white on the light theme's blue). */
export function inkOn(fill: string): string {
  return contrastRatio(INK_LIGHT, fill) >= contrastRatio(INK_DARK, fill) ? INK_LIGHT : INK_DARK;
}

const inks = (colours: readonly string[]) => Object.fromEntries(colours.map((c, i) => [`on-c${i + 1}`, inkOn(c)]));

export const THEME_LIGHT: Readonly<Record<string, string>> = {
  ...Object.fromEntries(CATEGORICAL_LIGHT.map((c, i) => [`c${i + 1}`, c])),
  ...inks(CATEGORICAL_LIGHT),
  bg: "#ffffff",
  fg: "#1a1d21",
  "soft-fill": "#9cc8e6",
  "muted-fill": "#d5d9de",
};

export const THEME_DARK: Readonly<Record<string, string>> = {
  ...Object.fromEntries(CATEGORICAL_DARK.map((c, i) => [`c${i + 1}`, c])),
  ...inks(CATEGORICAL_DARK),
  bg: "#15181c",
  fg: "#e8eaed",
  "soft-fill": "#2f5f80",
  "muted-fill": "#3a4048",
};

export const CATEGORICAL_COUNT = CATEGORICAL_LIGHT.length;

/** `var(--c1)` … `var(--c10)`: the i-th categorical colour (0-based, wraps). */
export function color(i: number): string {
  return `var(--c${(i % CATEGORICAL_COUNT) + 1})`;
}

/** `var(--on-c1)` …: the ink for text drawn on `color(i)`, in either theme. */
export function onColor(i: number): string {
  return `var(--on-c${(i % CATEGORICAL_COUNT) + 1})`;
}

/** CSS declarations for one theme, e.g. `--c1:#0072B2;--bg:#fff`. */
export function themeCss(theme: Readonly<Record<string, string>>): string {
  return Object.entries(theme)
    .map(([k, v]) => `--${k}:${v}`)
    .join(";");
}

/** Replaces theme variables with concrete colours, for standalone SVG and PNG. */
export function resolveColors(markup: string, theme: Readonly<Record<string, string>> = THEME_LIGHT): string {
  return markup
    .replace(/var\(--([a-z0-9-]+)\)/g, (whole, name: string) => theme[name] ?? whole)
    .replace(/currentColor/g, theme.fg!);
}
