import { casesShareOfMeasure } from "./cases-share-of-measure.ts";
import { discontinuityMatrix } from "./discontinuity-matrix.ts";
import { fundingByCase } from "./funding-by-case.ts";
import { fundingPerInhabitantChart } from "./funding-per-inhabitant.ts";
import { interventionsByCase } from "./interventions-by-case.ts";
import { networkCaseChart } from "./network-case.ts";
import { networkMetricsChart } from "./network-metrics.ts";
import { networkWaves } from "./network-waves.ts";
import { timeline } from "./timeline.ts";
import type { ChartDecl } from "./types.ts";

/** Every chart of the report, in reading order. Adding one here makes it available everywhere. */
export const CHARTS: readonly ChartDecl[] = [
  casesShareOfMeasure,
  fundingByCase,
  fundingPerInhabitantChart,
  networkCaseChart("alessandria"),
  networkCaseChart("borgomanero"),
  networkCaseChart("alba"),
  networkCaseChart("pianezza"),
  discontinuityMatrix,
  interventionsByCase,
  networkWaves,
  networkMetricsChart,
  timeline,
];

export const CHART_IDS: ReadonlySet<string> = new Set(CHARTS.map((c) => c.id));

/** The chart with this id; throws for an unknown id (callers validate ids first). */
export function getChart(id: string): ChartDecl {
  const chart = CHARTS.find((c) => c.id === id);
  if (!chart) throw new Error(`Unknown chart id "${id}"; expected one of ${[...CHART_IDS].join(", ")}`);
  return chart;
}
