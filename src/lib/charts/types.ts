import type { PlotOptions } from "@observablehq/plot";
import type { Data, DatasetName } from "../schemas/datasets.ts";

/** A column of a chart's data table (the accessible fallback and the CSV download). */
export interface TableColumn {
  key: string;
  /** Italian header. */
  label: string;
  /** Right-align and format as a number. */
  numeric?: boolean;
  /** How a cell is shown in the HTML table (the CSV gets the raw value). */
  format?: (value: unknown) => string;
}

export type Cell = string | number | boolean | null | undefined;

/** Exactly what a chart draws, as rows. */
export interface ChartTable {
  columns: TableColumn[];
  rows: Record<string, Cell>[];
}

/** A legend entry; marks drawn in `color` belong to it (legend toggles match on it). */
export interface LegendEntry {
  label: string;
  color: string;
  /** Drawn dashed or hollow rather than filled (e.g. inferred ties). */
  dashed?: boolean;
  /** With `dashed`: a dashed circle (an inferred actor) instead of a dashed line. */
  marker?: "circle";
}

/**
 * An entry of the numbered list printed with a chart (the actors of a network):
 * what a number drawn in the chart stands for.
 */
export interface KeyEntry {
  number: number;
  /** The mark it names (data-id in the drawing). */
  id: string;
  label: string;
  /** Colour of its mark. */
  color: string;
  /** E.g. "ente gestore · capofila". */
  detail: string;
  /** Drawn with a dashed outline (deduced from the text). */
  dashed?: boolean;
}

/** A titled numbered list printed with a chart, on the page and on its slide. */
export interface ChartKey {
  title: string;
  entries: KeyEntry[];
}

/** One drawing of a chart: a network has one per wave. `key` lets the client switch between them. */
export interface Panel {
  key: string;
  label: string;
  svg: string;
}

/** What rendering a chart gives. */
export interface RenderedChart {
  /** One or more panels of SVG markup (networks have one per wave). */
  panels: Panel[];
  /** Extra markup shown beside the chart (network metrics). */
  aside?: string;
  /** The numbered list of what the chart's numbers stand for (the actors of a network). */
  key?: ChartKey;
}

/** Rendering size in CSS pixels; exports use larger sizes. */
export interface ChartSize {
  width: number;
  /** Base font size in px. */
  fontSize: number;
}

interface ChartBase {
  /** Stable id: the URL of the embed page, the file names of exports. */
  id: string;
  title: string;
  subtitle: string;
  /** Source line shown under the chart. */
  source: string;
  /** Datasets the chart reads (for the cache key and the downloads). */
  datasets: readonly DatasetName[];
  /** A caveat shown with the chart (e.g. reconstructed data, approximate total). */
  note?: (data: Data) => string | undefined;
  /** Text for screen readers, generated from the data. */
  describe: (data: Data) => string;
  /** Exactly what is drawn. */
  table: (data: Data) => ChartTable;
  legend?: (data: Data) => LegendEntry[];
  /**
   * The legend stays plain text instead of becoming show/hide buttons, where hiding
   * the marks of one entry would mislead: in a part-to-whole bar it leaves a gap, not
   * a smaller whole; where words are drawn on or beside the marks (matrix cells,
   * timeline labels) they would stay behind.
   */
  staticLegend?: boolean;
}

/** A chart drawn with Observable Plot. `spec` is pure: no DOM, no I/O, no clock. */
export interface PlotChart extends ChartBase {
  kind: "plot";
  spec: (data: Data, size: ChartSize) => PlotOptions;
}

/** A chart that builds its own SVG markup (networks). */
export interface SvgChart extends ChartBase {
  kind: "svg";
  /** Returns one or more `<svg>` elements; `panels` lets the client switch between them. */
  render: (data: Data, size: ChartSize) => RenderedChart;
}

export type ChartDecl = PlotChart | SvgChart;
