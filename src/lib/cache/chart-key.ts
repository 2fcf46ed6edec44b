import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { ChartDecl } from "../charts/types.ts";
import { DATASETS } from "../schemas/datasets.ts";
import { codeHash, hashParts } from "./content-hash.ts";

/** The folders whose code decides what a chart looks like. */
export const CHART_CODE_FOLDERS = ["src/lib/charts", "src/lib/network", "src/lib/format", "src/lib/schemas", "src/lib/data", "src/lib/export", "src/lib/csv"];
export const CHART_PACKAGES = ["@observablehq/plot", "d3-force", "d3-dsv", "linkedom", "@resvg/resvg-js", "@expo-google-fonts/source-sans-3"];

/**
 * Cache key of one chart's rendered outputs: its id, the chart code and the
 * exact bytes of the CSV files it reads. A text-only edit to a chapter changes
 * none of these, so it re-renders no chart.
 */
export function chartKey(chart: ChartDecl, root: string, dataDir: string, code: string = codeHash(root, CHART_CODE_FOLDERS, CHART_PACKAGES)): string {
  const data = [...chart.datasets].sort().flatMap((name) => [name, readFileSync(resolve(root, dataDir, DATASETS[name].file), "utf8")]);
  return hashParts([chart.id, code, ...data]);
}
