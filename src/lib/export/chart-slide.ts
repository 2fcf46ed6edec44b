import { escapeXml } from "../format/escape.ts";
import { PAGE_SIZE, renderChart } from "../charts/render.ts";
import type { ChartDecl, ChartKey, ChartSize } from "../charts/types.ts";
import type { Data } from "../schemas/datasets.ts";
import { legibleNetworkLabels } from "./network-labels.ts";
import { layoutPanels } from "./panels.ts";
import { textWidth } from "./font-metrics.ts";
import { finishSlide, LEADING, place, round, slideFrame, slideSvg, svgSize, textBlock, TYPE, wrap, type Box } from "./slide.ts";

/**
 * Plot charts are rendered at the page's font size at one of these widths, then
 * scaled up to the slide: a chart keeps the proportions it has on the page
 * (Plot's margins, tick lengths and dot radii are in px, so drawing it with a
 * larger font would make labels collide), and a wider rendering gives a tall
 * chart the room its height leaves on the slide. The width is at most 1500 px,
 * what chart declarations are written for (a wider timeline repeats its years).
 */
export const PLOT_WIDTHS = [800, 880, 960, 1080, 1200, 1320, 1500] as const;
/** The size chart text should reach on a slide; beyond it a chart would only get chunkier. */
export const TARGET_FONT_PX = 26;
/** Network panels are drawn at their own size; this is the smallest their labels may end up on the slide. */
export const MIN_LABEL_PX = 18;
/** SvgChart panels are rendered at this size, then scaled to fit. */
export const SLIDE_CHART_SIZE: ChartSize = { width: 1500, fontSize: 24 };

interface Body {
  markup: string;
  /** Where the chart landed on the slide, and at what scale (slide px per chart unit). */
  placements: { box: Box; scale: number }[];
  /** The smallest text of the chart as drawn on the slide, in px. */
  fontPx: number;
}

export interface ChartSlide extends Body {
  svg: string;
}

/** The smallest font-size an SVG sets (12, resvg's default, if it sets none). */
export function smallestFont(svg: string): number {
  const sizes = [...svg.matchAll(/font-size="([\d.]+)(?:px)?"/g)].map((m) => Number(m[1]));
  return sizes.length ? Math.min(...sizes) : 12;
}

/** A Plot chart at the rendering width whose text ends up closest to TARGET_FONT_PX, filling most of the area. */
function plotBody(chart: ChartDecl, data: Data, area: Box): Body {
  let best: { svg: string; scale: number; fontPx: number; fill: number } | undefined;
  for (const width of PLOT_WIDTHS) {
    const svg = renderChart(chart, data, { width, fontSize: PAGE_SIZE.fontSize }).panels[0]!.svg;
    const size = svgSize(svg);
    const scale = Math.min(area.width / size.width, area.height / size.height);
    const fontPx = smallestFont(svg) * scale;
    const fill = scale * size.width * scale * size.height;
    const score = Math.min(fontPx, TARGET_FONT_PX);
    // Within half a pixel of each other, the chart that fills more of the slide wins.
    if (!best || score > Math.min(best.fontPx, TARGET_FONT_PX) + 0.5 || (score > Math.min(best.fontPx, TARGET_FONT_PX) - 0.5 && fill > best.fill)) {
      best = { svg, scale, fontPx, fill };
    }
  }
  const { svg, scale, fontPx } = best!;
  const size = svgSize(svg);
  const box = {
    x: area.x + (area.width - size.width * scale) / 2,
    y: area.y + (area.height - size.height * scale) / 2,
    width: size.width * scale,
    height: size.height * scale,
  };
  return { markup: place(svg, box), placements: [{ box, scale }], fontPx };
}

/** Size of the text of a chart's numbered list on a slide: the smallest slide text, legible when projected. */
const KEY_PX = TYPE.footer + 2;

/**
 * A chart's numbered list (a network's actors) at the bottom of `area`, in
 * three columns, filled top to bottom: a dot of the actor's colour, its number,
 * its name (wrapped to two lines at most).
 */
function keyBlock(key: ChartKey, area: Box): { markup: string; height: number } {
  const size = KEY_PX;
  const cols = 3;
  const gap = 40;
  const colWidth = (area.width - gap * (cols - 1)) / cols;
  const numWidth = textWidth(String(Math.max(...key.entries.map((e) => e.number))), size, 700) + 12;
  const dot = size * 0.7;
  const items = key.entries.map((e) => ({ e, lines: wrap(e.label, size, colWidth - dot - 8 - numWidth, 2) }));
  const perCol = Math.ceil(items.length / cols);
  const columns = Array.from({ length: cols }, (_, c) => items.slice(c * perCol, (c + 1) * perCol));
  const rowGap = size * 0.35;
  const heightOf = (col: typeof items) => col.reduce((h, it) => h + it.lines.length * size * LEADING + rowGap, 0);
  const titleHeight = size * LEADING + rowGap;
  const height = titleHeight + Math.max(...columns.map(heightOf));
  const top = area.y + area.height - height;
  const parts = [textBlock([key.title], area.x, top + size, size, 700, "currentColor")];
  columns.forEach((col, c) => {
    const x = area.x + c * (colWidth + gap);
    let y = top + titleHeight + size;
    for (const { e, lines } of col) {
      const cy = y - size * 0.35;
      parts.push(
        `<circle cx="${round(x + dot / 2)}" cy="${round(cy)}" r="${round(dot / 2)}" fill="${escapeXml(e.color)}"` +
          (e.dashed ? ` stroke="currentColor" stroke-width="2" stroke-dasharray="4,3"` : "") +
          `/>`,
        textBlock([String(e.number)], x + dot + 8, y, size, 700, "currentColor"),
        textBlock(lines, x + dot + 8 + numWidth, y, size, 400, "currentColor"),
      );
      y += lines.length * size * LEADING + rowGap;
    }
  });
  return { markup: parts.join(""), height };
}

/**
 * SvgChart panels (networks) laid out as large as the area allows, labels resized
 * for the slide; the chart's numbered list, if any, below them.
 */
function panelBody(chart: ChartDecl, data: Data, area: Box): Body {
  const rendered = renderChart(chart, data, SLIDE_CHART_SIZE);
  const panels = rendered.panels;
  const key = rendered.key ? keyBlock(rendered.key, area) : undefined;
  const chartArea = key ? { ...area, height: area.height - key.height - 24 } : area;
  const layout = layoutPanels(
    panels.map((p) => ({ ...svgSize(p.svg), label: panels.length > 1 ? p.label : undefined })),
    chartArea,
  );
  const placed = panels.map((p, i) => legibleNetworkLabels(p.svg, { scale: layout.placements[i]!.scale, minPx: MIN_LABEL_PX }));
  const parts = layout.labels.map((l) => textBlock([l.text], l.x, l.y, l.size, l.weight, "currentColor"));
  if (key) parts.push(key.markup);
  placed.forEach((svg, i) => parts.push(place(svg, layout.placements[i]!.box)));
  const fontPx = Math.min(
    ...layout.labels.map((l) => l.size),
    ...placed.map((svg, i) => smallestFont(svg) * layout.placements[i]!.scale),
    ...(key ? [KEY_PX] : []),
  );
  return { markup: parts.join(""), placements: layout.placements, fontPx };
}

/** The 1920×1080 slide of a chart and where its parts landed (for tests of legibility and overflow). */
export function chartSlideLayout(chart: ChartDecl, data: Data): ChartSlide {
  const frame = slideFrame({
    title: chart.title,
    subtitle: chart.subtitle,
    source: chart.source,
    note: chart.note?.(data),
    legend: chart.legend?.(data),
  });
  const body = chart.kind === "plot" ? plotBody(chart, data, frame.area) : panelBody(chart, data, frame.area);
  return { ...body, svg: finishSlide([...frame.parts, body.markup]) };
}

/** The 1920×1080 slide of a chart: title, subtitle, legend, chart, note and source, legible when projected. */
export function chartSlide(chart: ChartDecl, data: Data): string {
  return chartSlideLayout(chart, data).svg;
}

/** A title slide (Open Graph images of chapters without a chart and of the home page). */
export function titleSlide(title: string, subtitle: string, kicker: string): string {
  return slideSvg({ title, subtitle, kicker });
}
