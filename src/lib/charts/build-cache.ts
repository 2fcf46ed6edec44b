import { loadData } from "../csv/load-data.ts";
import type { Data } from "../schemas/datasets.ts";
import { buildFigure, type Figure } from "./figure.ts";
import { CHARTS, getChart } from "./registry.ts";
import { PATHS } from "../content/paths.ts";
import { readChartPlacements } from "../content/placements.ts";

// One load of the data and one render per chart per build process: a chart shown
// in a chapter, its embed page and the gallery all reuse the same Figure.
let data: Data | undefined;
let placements: Map<string, string> | undefined;
const figures = new Map<string, Figure>();

/** Validated data of `data/` (throws an InputError listing every problem). */
export function getData(): Data {
  data ??= loadData(PATHS.data);
  return data;
}

export function getFigure(id: string): Figure {
  let f = figures.get(id);
  if (!f) {
    placements ??= readChartPlacements(PATHS.chapters);
    f = buildFigure(getChart(id), getData(), placements.get(id));
    figures.set(id, f);
  }
  return f;
}

export function allFigures(): Figure[] {
  return CHARTS.map((c) => getFigure(c.id));
}
