import { PAGE_SIZE, renderChart } from "../charts/render.ts";
import type { ChartDecl, ChartSize } from "../charts/types.ts";
import type { Data } from "../schemas/datasets.ts";
import { legibleNetworkLabels } from "./network-labels.ts";
import { layoutPanels } from "./panels.ts";
import { finishSlide, place, slideFrame, slideSvg, svgSize, textBlock, type Box } from "./slide.ts";

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

/** SvgChart panels (networks) laid out as large as the area allows, labels resized for the slide. */
function panelBody(chart: ChartDecl, data: Data, area: Box): Body {
  const panels = renderChart(chart, data, SLIDE_CHART_SIZE).panels;
  const layout = layoutPanels(
    panels.map((p) => ({ ...svgSize(p.svg), label: panels.length > 1 ? p.label : undefined })),
    area,
  );
  const placed = panels.map((p, i) => legibleNetworkLabels(p.svg, { scale: layout.placements[i]!.scale, minPx: MIN_LABEL_PX }));
  const parts = layout.labels.map((l) => textBlock([l.text], l.x, l.y, l.size, l.weight, "currentColor"));
  placed.forEach((svg, i) => parts.push(place(svg, layout.placements[i]!.box)));
  const fontPx = Math.min(...layout.labels.map((l) => l.size), ...placed.map((svg, i) => smallestFont(svg) * layout.placements[i]!.scale));
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
