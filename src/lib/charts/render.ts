import { lazy, Plot } from "./lazy.ts";
import type { Data } from "../schemas/datasets.ts";
import type { ChartDecl, ChartSize, RenderedChart } from "./types.ts";

export type { RenderedChart };

const linkedom = lazy<typeof import("linkedom")>("linkedom");

/** On-page size for wide screens. */
export const PAGE_SIZE: ChartSize = { width: 640, fontSize: 12 };
/**
 * On-page size for phones: a second rendering, shown by CSS below 36rem, so that
 * text is not scaled down to an unreadable size when a 640-unit chart is squeezed
 * into a 340 px column.
 */
export const NARROW_SIZE: ChartSize = { width: 360, fontSize: 11 };

/**
 * Renders a declared chart to SVG markup at build time. Plot runs against a
 * linkedom document; the output is normalised so that it is byte-identical from
 * build to build and valid to inline next to other charts on the same page.
 */
export function renderChart(decl: ChartDecl, data: Data, size: ChartSize = PAGE_SIZE, idSuffix = ""): RenderedChart {
  if (decl.kind === "svg") return decl.render(data, size);
  const { document } = linkedom.parseHTML("<!doctype html><html><body></body></html>");
  const spec = decl.spec(data, size);
  const node = Plot.plot({
    ...spec,
    width: spec.width ?? size.width,
    className: `plot-${decl.id}`,
    document: document as unknown as Document,
  });
  const svg = node.tagName.toLowerCase() === "svg" ? node : node.querySelector("svg");
  if (!svg) throw new Error(`chart ${decl.id}: Plot returned no <svg>`);
  // Font size as an attribute, not a style: the CSP forbids inline styles, and exports need it in the SVG.
  svg.setAttribute("font-size", String(size.fontSize));
  return { panels: [{ key: "main", label: decl.title, svg: normalizeSvg(svg.outerHTML, `${decl.id}${idSuffix}`) }] };
}

/**
 * - Plot numbers clip paths and patterns from a module-level counter, so ids
 *   depend on render order: prefix them with the chart id and renumber.
 * - Plot writes `aria-label` on `<g>` elements without a role, which axe reports
 *   as `aria-prohibited-attr`: drop them (the figure has its own description).
 * - Plot injects a <style> element (a white background, block display): the
 *   CSP forbids inline styles and the background would break the dark theme, so
 *   it is dropped; chart.css carries the rules that matter.
 * - Round long decimals so output does not depend on float noise.
 */
export function normalizeSvg(svg: string, chartId: string): string {
  const ids = new Map<string, string>();
  let out = svg.replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, "");
  out = out.replace(/\bid="(plot-[^"]+)"/g, (_, id: string) => {
    if (!ids.has(id)) ids.set(id, `${chartId}-${ids.size + 1}`);
    return `id="${ids.get(id)}"`;
  });
  for (const [from, to] of ids) out = out.split(`url(#${from})`).join(`url(#${to})`).split(`href="#${from}"`).join(`href="#${to}"`);
  out = out.replace(/<g([^>]*?) aria-label="[^"]*"/g, "<g$1");
  out = out.replace(/<svg([^>]*?) aria-label="[^"]*"/g, "<svg$1");
  out = out.replace(/(\d+\.\d{3})\d+/g, "$1");
  return out;
}
