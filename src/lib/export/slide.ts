import { escapeXml } from "../format/escape.ts";
import { resolveColors, THEME_LIGHT } from "../charts/palette.ts";
import type { LegendEntry } from "../charts/types.ts";

/** The font exports are drawn with; shipped as TTF in @expo-google-fonts/source-sans-3. */
export const EXPORT_FONT = "Source Sans 3";

export const SLIDE = { width: 1920, height: 1080 } as const;

/** Exports are always in the light theme: slides and printed pages are light. */
const EXPORT_THEME = { ...THEME_LIGHT, "fg-muted": "#4a525c" };

export interface SlideInput {
  title: string;
  subtitle?: string | undefined;
  source?: string | undefined;
  note?: string | undefined;
  legend?: LegendEntry[];
  /** Chart panels rendered at export size; laid out in a grid. */
  panels?: { label?: string | undefined; svg: string }[];
  /** Big text instead of a chart (title slides). */
  kicker?: string | undefined;
}

const PAD = 80;

/** Greedy word wrap by an average glyph width (Source Sans 3 ≈ 0.5 em). */
export function wrap(text: string, fontSize: number, maxWidth: number, maxLines = 3): string[] {
  const perLine = Math.max(10, Math.floor(maxWidth / (fontSize * 0.5)));
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if ((line + " " + word).trim().length > perLine && line) {
      lines.push(line);
      line = word;
    } else line = (line + " " + word).trim();
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/\s+\S*$/, "")}…`;
    return kept;
  }
  return lines;
}

function textBlock(lines: string[], x: number, y: number, size: number, weight: number, fill: string): string {
  return lines
    .map(
      (l, i) =>
        `<text x="${x}" y="${y + i * size * 1.25}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(l)}</text>`,
    )
    .join("");
}

/** Reads width and height of an <svg> from its viewBox (or width/height attributes). */
export function svgSize(svg: string): { width: number; height: number } {
  const open = /^<svg\b[^>]*>/.exec(svg)?.[0] ?? "";
  const vb = /viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"/.exec(open);
  if (vb) return { width: Number(vb[1]), height: Number(vb[2]) };
  const w = /\bwidth="([\d.]+)"/.exec(open);
  const h = /\bheight="([\d.]+)"/.exec(open);
  if (!w || !h) throw new Error("exported chart has no viewBox or width/height");
  return { width: Number(w[1]), height: Number(h[1]) };
}

/** Places an <svg> inside a box, scaled to fit, centred. */
function place(svg: string, x: number, y: number, w: number, h: number): string {
  const size = svgSize(svg);
  const body = svg
    .replace(/^<svg\b[^>]*>/, "")
    .replace(/<\/svg>\s*$/, "")
    .replace(/<title\b[^>]*>[\s\S]*?<\/title>/g, "");
  return `<svg x="${x}" y="${y}" width="${w}" height="${h}" viewBox="0 0 ${size.width} ${size.height}" preserveAspectRatio="xMidYMid meet" overflow="visible">${body}</svg>`;
}

/**
 * Composes a 16:9 slide (1920×1080 units) with title, subtitle, legend, the chart
 * and the source line, in sizes chosen to be legible when projected. Colours are
 * resolved, fonts named explicitly: the result stands alone as an SVG file and
 * rasterises the same on any machine.
 */
export function slideSvg(input: SlideInput): string {
  const { width, height } = SLIDE;
  const inner = width - 2 * PAD;
  const parts: string[] = [];
  let y = PAD + 56;
  if (input.kicker) {
    parts.push(textBlock([input.kicker.toUpperCase()], PAD, y, 30, 600, "var(--c1)"));
    y += 70;
  }
  const titleSize = input.panels ? 58 : 84;
  const titleLines = wrap(input.title, titleSize, inner, 2);
  parts.push(textBlock(titleLines, PAD, y, titleSize, 700, "currentColor"));
  y += titleLines.length * titleSize * 1.25;
  if (input.subtitle) {
    const subSize = input.panels ? 32 : 42;
    const subLines = wrap(input.subtitle, subSize, inner, input.panels ? 2 : 4);
    parts.push(textBlock(subLines, PAD, y, subSize, 400, "var(--fg-muted)"));
    y += subLines.length * subSize * 1.25 + 10;
  }
  if (input.legend && input.legend.length) {
    let x = PAD;
    const size = 26;
    for (const l of input.legend) {
      const w = 36 + l.label.length * size * 0.5 + 36;
      if (x + w > width - PAD) {
        x = PAD;
        y += size * 1.5;
      }
      parts.push(
        l.dashed
          ? `<line x1="${x}" y1="${y - size * 0.35}" x2="${x + 26}" y2="${y - size * 0.35}" stroke="${l.color}" stroke-width="4" stroke-dasharray="8,5"/>`
          : `<rect x="${x}" y="${y - size * 0.8}" width="26" height="26" rx="4" fill="${l.color}"/>`,
      );
      parts.push(`<text x="${x + 36}" y="${y}" font-size="${size}" fill="currentColor">${escapeXml(l.label)}</text>`);
      x += w;
    }
    y += size * 1.2;
  }
  const footer: string[] = [input.note, input.source].filter((s): s is string => !!s);
  const footLines = footer.flatMap((f) => wrap(f, 22, inner, 2));
  const bottom = height - PAD / 2 - footLines.length * 22 * 1.3;
  if (input.panels && input.panels.length) {
    const top = y + 10;
    const areaH = bottom - top - 20;
    const n = input.panels.length;
    const cols = n <= 3 ? n : 3;
    const rows = Math.ceil(n / cols);
    const cellW = inner / cols;
    const cellH = areaH / rows;
    const labelH = n > 1 ? 30 : 0;
    input.panels.forEach((p, i) => {
      const cx = PAD + (i % cols) * cellW;
      const cy = top + Math.floor(i / cols) * cellH;
      if (p.label && n > 1) parts.push(textBlock([p.label], cx + 8, cy + 24, 24, 600, "currentColor"));
      parts.push(place(p.svg, cx + 8, cy + labelH, cellW - 16, cellH - labelH - 8));
    });
  }
  parts.push(textBlock(footLines, PAD, bottom + 22, 22, 400, "var(--fg-muted)"));
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${EXPORT_FONT}, sans-serif" color="var(--fg)">` +
    `<rect width="${width}" height="${height}" fill="var(--bg)"/>` +
    parts.join("") +
    `</svg>`;
  return resolveColors(svg.replace(/font-family="[^"]*system-ui[^"]*"/g, `font-family="${EXPORT_FONT}, sans-serif"`), EXPORT_THEME);
}
