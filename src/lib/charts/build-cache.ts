import { CHART_CODE_FOLDERS, CHART_PACKAGES, chartKey } from "../cache/chart-key.ts";
import { codeHash } from "../cache/content-hash.ts";
import { cacheDirs } from "../cache/dirs.ts";
import { cachedJson } from "../cache/json-cache.ts";
import { loadData } from "../csv/load-data.ts";
import type { Data } from "../schemas/datasets.ts";
import { buildFigure, type Figure } from "./figure.ts";
import { CHARTS, getChart } from "./registry.ts";
import { PATHS } from "../content/paths.ts";
import { readChartPlacements } from "../content/placements.ts";

// One load of the data and one render per chart per build process: a chart shown
// in a chapter, its embed page and the gallery all reuse the same Figure. Between
// builds, a chart's figure is kept on disk under the same key as its image exports
// (its code and the bytes of the CSV files it reads): a build after a text-only
// edit draws no chart. Removing .tmp/cache/ makes the next build draw them all.
const root = process.cwd();
const figureCache = cacheDirs(root).figures;
let data: Data | undefined;
let placements: Map<string, string> | undefined;
let code: string | undefined;
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
    code ??= codeHash(root, CHART_CODE_FOLDERS, CHART_PACKAGES);
    const chart = getChart(id);
    // The placement is not part of the drawing: a chart moved to another chapter is not drawn again.
    const drawn = cachedJson(figureCache, chartKey(chart, root, PATHS.data, code), () => buildFigure(chart, getData()));
    f = { ...drawn, chapter: placements.get(id) };
    figures.set(id, f);
  }
  return f;
}

export function allFigures(): Figure[] {
  return CHARTS.map((c) => getFigure(c.id));
}
