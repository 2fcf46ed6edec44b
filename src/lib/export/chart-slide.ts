import { renderChart } from "../charts/render.ts";
import type { ChartDecl, ChartSize } from "../charts/types.ts";
import type { Data } from "../schemas/datasets.ts";
import { slideSvg } from "./slide.ts";

/** Charts are re-rendered for slides with larger type, so they stay legible when projected. */
export const SLIDE_CHART_SIZE: ChartSize = { width: 1500, fontSize: 24 };

/** The 1920×1080 slide of a chart: title, subtitle, legend, chart, note and source. */
export function chartSlide(chart: ChartDecl, data: Data): string {
  const rendered = renderChart(chart, data, SLIDE_CHART_SIZE);
  return slideSvg({
    title: chart.title,
    subtitle: chart.subtitle,
    source: chart.source,
    note: chart.note?.(data),
    legend: chart.legend?.(data),
    panels: rendered.panels.map((p) => ({ label: rendered.panels.length > 1 ? p.label : undefined, svg: p.svg })),
  });
}

/** A title slide (Open Graph images of chapters without a chart, the deck's first slide). */
export function titleSlide(title: string, subtitle: string, kicker: string): string {
  return slideSvg({ title, subtitle, kicker });
}
