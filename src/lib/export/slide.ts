import { escapeXml } from "../format/escape.ts";
import { resolveColors, THEME_LIGHT } from "../charts/palette.ts";
import type { LegendEntry } from "../charts/types.ts";
import { EXPORT_FONT, type FontWeight } from "./fonts.ts";
import { textWidth } from "./font-metrics.ts";

export { EXPORT_FONT };

export const SLIDE = { width: 1920, height: 1080 } as const;

/** Quoted: a family name with a token that starts with a digit ("3") is invalid CSS unquoted, and browsers showing the SVG would fall back to serif. */
const FONT_FAMILY = `'${EXPORT_FONT}', sans-serif`;

/** Exports are always in the light theme: slides and printed pages are light. */
export const EXPORT_THEME: Readonly<Record<string, string>> = { ...THEME_LIGHT, "fg-muted": "#4a525c" };

/** Margin around the slide's content. */
export const PAD = 80;

/**
 * Type sizes in px of a 1920×1080 slide, chosen to read when projected: nothing
 * is smaller than 22 px (2 % of the slide's height), the size of the source line.
 */
export const TYPE = {
  kicker: 30,
  title: 60,
  titleOnly: 88,
  subtitle: 34,
  subtitleOnly: 44,
  legend: 28,
  footer: 22,
} as const;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SlideText {
  title: string;
  subtitle?: string | undefined;
  source?: string | undefined;
  note?: string | undefined;
  legend?: LegendEntry[] | undefined;
  /** Small capitals above the title (title slides). */
  kicker?: string | undefined;
}

/** Greedy word wrap by the real advance widths of the export font; an overlong last line ends in "…". */
export function wrap(text: string, fontSize: number, maxWidth: number, maxLines = 3, weight: FontWeight = 400): string[] {
  const fits = (s: string) => textWidth(s, fontSize, weight) <= maxWidth;
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && !fits(next)) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1]} ${lines[maxLines]}`;
  while (last.includes(" ") && !fits(`${last}…`)) last = last.replace(/\s+\S*$/, "");
  kept[maxLines - 1] = `${last.replace(/[\s,;:.]+$/, "")}…`;
  return kept;
}

/** Line height of slide text, as a multiple of the font size. */
export const LEADING = 1.25;

/** Lines of text, first baseline at `y`. */
export function textBlock(lines: readonly string[], x: number, y: number, size: number, weight: FontWeight, fill: string): string {
  return lines
    .map((l, i) => `<text x="${x}" y="${round(y + i * size * LEADING)}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(l)}</text>`)
    .join("");
}

export const round = (v: number): number => Math.round(v * 10) / 10 + 0;

/** Reads width and height of an <svg> from its viewBox (or width/height attributes). */
export function svgSize(svg: string): { width: number; height: number } {
  const open = /^<svg\b[^>]*>/.exec(svg)?.[0] ?? "";
  const vb = /viewBox="[-\d.]+[ ,]+[-\d.]+[ ,]+([\d.]+)[ ,]+([\d.]+)"/.exec(open);
  if (vb) return { width: Number(vb[1]), height: Number(vb[2]) };
  const w = /\bwidth="([\d.]+)"/.exec(open);
  const h = /\bheight="([\d.]+)"/.exec(open);
  if (!w || !h) throw new Error(`exported chart has no viewBox or width/height: ${open.slice(0, 120)}`);
  return { width: Number(w[1]), height: Number(h[1]) };
}

/** Attributes of a chart's root <svg> that its content inherits and that must survive nesting. */
const INHERITED = ["fill", "stroke", "font-size", "font-family", "font-weight", "text-anchor", "color", "stroke-width"];

/**
 * Nests a chart's <svg> in the slide at `box`, scaled to fit and centred. The
 * inherited presentation attributes of its root (text-anchor, font-size, fill…)
 * are kept: dropping them would left-align Plot's tick labels and shrink its text.
 */
export function place(svg: string, box: Box): string {
  const open = /^<svg\b[^>]*>/.exec(svg);
  if (!open) throw new Error(`exported chart does not start with <svg>: ${svg.slice(0, 60)}`);
  const size = svgSize(svg);
  const kept = INHERITED.flatMap((name) => {
    const m = new RegExp(`\\s${name}="([^"]*)"`).exec(open[0]);
    return m ? [`${name}="${m[1]}"`] : [];
  });
  const body = svg
    .slice(open[0].length)
    .replace(/<\/svg>\s*$/, "")
    .replace(/<title\b[^>]*>[\s\S]*?<\/title>/g, "");
  return (
    `<svg x="${round(box.x)}" y="${round(box.y)}" width="${round(box.width)}" height="${round(box.height)}" viewBox="0 0 ${size.width} ${size.height}" ` +
    `preserveAspectRatio="xMidYMid meet" overflow="visible"${kept.length ? " " + kept.join(" ") : ""}>${body}</svg>`
  );
}

/** The legend as one or more rows of swatches and labels, wrapped by measured widths. */
function legendBlock(legend: readonly LegendEntry[], x0: number, y0: number, maxX: number): { markup: string; height: number } {
  const size = TYPE.legend;
  const swatch = 28;
  const gap = 40;
  const rowH = size * 1.6;
  const parts: string[] = [];
  let x = x0;
  let y = y0 + size;
  for (const l of legend) {
    const w = swatch + 10 + textWidth(l.label, size);
    if (x > x0 && x + w > maxX) {
      x = x0;
      y += rowH;
    }
    const mid = y - size * 0.35;
    parts.push(
      l.dashed && l.marker === "circle"
        ? `<circle cx="${round(x + swatch / 2)}" cy="${round(mid)}" r="${round(swatch / 2 - 2)}" fill="none" stroke="${l.color}" stroke-width="3" stroke-dasharray="6,4"/>`
        : l.dashed
        ? `<line x1="${round(x)}" y1="${round(mid)}" x2="${round(x + swatch)}" y2="${round(mid)}" stroke="${l.color}" stroke-width="4" stroke-dasharray="8,5"/>`
        : `<rect x="${round(x)}" y="${round(mid - swatch / 2)}" width="${swatch}" height="${swatch}" rx="4" fill="${l.color}"/>`,
    );
    parts.push(`<text x="${round(x + swatch + 10)}" y="${round(y)}" font-size="${size}" fill="currentColor">${escapeXml(l.label)}</text>`);
    x += w + gap;
  }
  return { markup: parts.join(""), height: y - y0 + size * 0.45 };
}

/**
 * Lays out the text of a 16:9 slide: kicker, title, subtitle and legend at the
 * top, note and source at the bottom. Returns their markup and the box left
 * for the chart in between.
 */
export function slideFrame(input: SlideText, hasChart = true): { parts: string[]; area: Box } {
  const { width, height } = SLIDE;
  const inner = width - 2 * PAD;
  const parts: string[] = [];
  let y = PAD;
  if (input.kicker) {
    parts.push(textBlock([input.kicker.toUpperCase()], PAD, y + TYPE.kicker, TYPE.kicker, 600, "var(--c1)"));
    y += TYPE.kicker * 2.2;
  }
  const titleSize = hasChart ? TYPE.title : TYPE.titleOnly;
  const titleLines = wrap(input.title, titleSize, inner, 2, 700);
  parts.push(textBlock(titleLines, PAD, y + titleSize * 0.9, titleSize, 700, "currentColor"));
  y += titleLines.length * titleSize * LEADING;
  if (input.subtitle) {
    const size = hasChart ? TYPE.subtitle : TYPE.subtitleOnly;
    const lines = wrap(input.subtitle, size, inner, hasChart ? 2 : 4);
    parts.push(textBlock(lines, PAD, y + size * 1.1, size, 400, "var(--fg-muted)"));
    y += lines.length * size * LEADING + size * 0.4;
  }
  if (input.legend?.length) {
    const legend = legendBlock(input.legend, PAD, y + 8, width - PAD);
    parts.push(legend.markup);
    y += legend.height + 8;
  }
  const footer = [input.note, input.source].filter((s): s is string => !!s);
  const footLines = footer.flatMap((f) => wrap(f, TYPE.footer, inner, 2));
  const footTop = height - PAD / 2 - footLines.length * TYPE.footer * LEADING;
  if (footLines.length) parts.push(textBlock(footLines, PAD, footTop + TYPE.footer, TYPE.footer, 400, "var(--fg-muted)"));
  const top = y + 28;
  return { parts, area: { x: PAD, y: top, width: inner, height: Math.max(0, footTop - 28 - top) } };
}

/**
 * Wraps slide parts in a standalone 1920×1080 SVG. Colours are resolved to the
 * light theme (CSS variables, currentColor and the system colours Canvas /
 * CanvasText, which a rasteriser does not know) and the font is named
 * explicitly: the file stands alone and rasterises the same on any machine.
 */
export function finishSlide(parts: readonly string[]): string {
  const { width, height } = SLIDE;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_FAMILY}" color="var(--fg)">` +
    `<rect width="${width}" height="${height}" fill="var(--bg)"/>` +
    parts.join("") +
    `</svg>`;
  return resolveSystemColors(
    resolveColors(svg.replace(/font-family="[^"]*"/g, `font-family="${FONT_FAMILY}"`), EXPORT_THEME),
    EXPORT_THEME,
  );
}

/** `Canvas` / `CanvasText` (CSS system colours, used for label halos on the page) → the export background / text colour. */
export function resolveSystemColors(svg: string, theme: Readonly<Record<string, string>>): string {
  return svg.replace(/="CanvasText"/g, `="${theme.fg}"`).replace(/="Canvas"/g, `="${theme.bg}"`);
}

/** A slide of text only: the deck's and the home page's title card, Open Graph images of chapters without a chart. */
export function slideSvg(input: SlideText): string {
  const frame = slideFrame({ ...input, legend: undefined, note: undefined, source: undefined }, false);
  // Text only: the block is centred vertically, a touch above the middle.
  const used = frame.area.y - 28 - PAD;
  const dy = Math.max(0, (SLIDE.height - used) / 2 - PAD - 40);
  return finishSlide([`<g transform="translate(0 ${round(dy)})">`, ...frame.parts, `</g>`]);
}
