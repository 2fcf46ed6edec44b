import { csvFormatRows } from "d3-dsv";
import type { Data } from "../schemas/datasets.ts";
import { escapeXml } from "../format/escape.ts";
import { NARROW_SIZE, renderChart, PAGE_SIZE } from "./render.ts";
import type { ChartDecl, ChartKey, ChartTable, LegendEntry, Panel } from "./types.ts";

/** Everything a page needs to show one chart: computed once per build and shared by every page that shows it. */
export interface Figure {
  id: string;
  title: string;
  subtitle: string;
  source: string;
  /** Slug of the chapter that shows the chart (see content/placements.ts); undefined when no chapter does. */
  chapter: string | undefined;
  note?: string | undefined;
  description: string;
  legend: LegendEntry[];
  /** See ChartDecl.staticLegend. */
  staticLegend: boolean;
  /** `narrow`: the same chart drawn for phone widths (Plot charts only; networks are drawn narrow already). */
  panels: (Panel & { narrow?: string | undefined })[];
  aside?: string | undefined;
  /** What the numbers drawn in the chart stand for (the actors of a network). */
  key?: ChartKey | undefined;
  table: { headers: { label: string; numeric: boolean }[]; rows: string[][] };
  csv: string;
}

/** Builds the figure of a declared chart from validated data. Pure apart from rendering. */
export function buildFigure(decl: ChartDecl, data: Data, chapter?: string): Figure {
  const rendered = renderChart(decl, data, PAGE_SIZE);
  const narrow = decl.kind === "plot" ? renderChart(decl, data, NARROW_SIZE, "-n").panels : undefined;
  const table = decl.table(data);
  const descId = `fig-${decl.id}-desc`;
  return {
    id: decl.id,
    title: decl.title,
    subtitle: decl.subtitle,
    source: decl.source,
    chapter,
    note: decl.note?.(data),
    description: decl.describe(data),
    legend: decl.legend?.(data) ?? [],
    staticLegend: decl.staticLegend ?? false,
    panels: rendered.panels.map((p, i) => {
      const panelLabel = rendered.panels.length > 1 ? p.label : undefined;
      const n = narrow?.[i]?.svg;
      return {
        ...p,
        svg: labelSvg(p.svg, decl.id, descId, panelLabel),
        narrow: n ? labelSvg(n, decl.id, descId, panelLabel) : undefined,
      };
    }),
    aside: rendered.aside,
    key: rendered.key,
    table: formatTable(table),
    csv: tableToCsv(table),
  };
}

/**
 * Gives the root <svg> an accessible name and description: the figure title (or
 * the panel's own title) and the generated description. With JavaScript the
 * client script turns role="img" into role="group" and makes marks focusable.
 */
function labelSvg(svg: string, id: string, descId: string, panelLabel: string | undefined): string {
  const open = /^<svg\b[^>]*>/.exec(svg);
  if (!open) throw new Error(`chart ${id}: rendered markup does not start with <svg>`);
  let tag = open[0]
    .replace(/\srole="[^"]*"/, "")
    .replace(/\saria-describedby="[^"]*"/, "");
  const hasLabelledBy = /\saria-labelledby="/.test(tag);
  const attrs = [`role="img"`, `aria-describedby="${descId}"`];
  if (!hasLabelledBy) {
    attrs.push(panelLabel ? `aria-label="${escapeXml(panelLabel)}"` : `aria-labelledby="fig-${id}-title"`);
  }
  tag = tag.replace(/^<svg/, `<svg ${attrs.join(" ")}`);
  return tag + svg.slice(open[0].length);
}

function formatTable(table: ChartTable): Figure["table"] {
  return {
    headers: table.columns.map((c) => ({ label: c.label, numeric: c.numeric ?? false })),
    rows: table.rows.map((row) =>
      table.columns.map((c) => {
        const v = row[c.key];
        if (v === null || v === undefined || v === "") return "—";
        return c.format ? c.format(v) : String(v);
      }),
    ),
  };
}

/** The data table as CSV (raw values, column keys as header), the way it is offered for download. */
export function tableToCsv(table: ChartTable): string {
  const header = table.columns.map((c) => c.key);
  const rows = table.rows.map((r) =>
    table.columns.map((c) => {
      const v = r[c.key];
      return v === null || v === undefined ? "" : String(v);
    }),
  );
  return csvFormatRows([header, ...rows]) + "\n";
}
