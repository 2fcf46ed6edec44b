import { programmeFact } from "../data/derive.ts";
import { formatEuroMillions, formatInteger, formatNumber } from "../format/number.ts";
import type { Data } from "../schemas/datasets.ts";

export interface KeyFigure {
  value: string;
  label: string;
  source: string;
}

/** Programme facts shown on the home page, by id in data/programme.csv, in order. */
export const KEY_FIGURE_IDS = ["measure1-funding", "projects", "case-studies", "case-study-interviews"] as const;

/**
 * The home page's headline figures, formatted with their unit, with "circa"
 * where the source gives an approximate value, and with their source.
 */
export function keyFigures(data: Data): KeyFigure[] {
  const figures = KEY_FIGURE_IDS.map((id) => {
    const f = programmeFact(data, id);
    const value =
      f.unit === "euro"
        ? formatEuroMillions(f.value)
        : f.unit === "percentuale"
          ? `${formatNumber(f.value, 1)}%`
          : formatInteger(f.value);
    return { value: f.approximate ? `circa ${value}` : value, label: f.label, source: f.source_ref };
  });
  const continued = data.networkFindings.find((n) => n.unit === "percentuale" && n.value !== undefined);
  if (continued) {
    figures.push({
      value: `${continued.approximate ? "circa " : ""}${formatNumber(continued.value!, 1)}%`,
      label: "delle organizzazioni presenti all'avvio ha collaborato a nuove iniziative dopo la fine del programma",
      source: continued.source_ref,
    });
  }
  return figures;
}

/** Id of the timeline row that spans the projects of Measure 1 (data/timeline.csv). */
export const PROJECTS_PERIOD_ID = "progetti-misura-1";

/**
 * "2017–2021": the years the projects ran, from the timeline, for the kicker of
 * the home page and the deck; undefined when the timeline has no such row.
 */
export function projectsPeriod(data: Data): string | undefined {
  const row = data.timeline.find((r) => r.id === PROJECTS_PERIOD_ID);
  if (!row) return undefined;
  const [from, to] = [row.start.slice(0, 4), (row.end ?? row.start).slice(0, 4)];
  return from === to ? from : `${from}–${to}`;
}

/** "Regione Piemonte · Programma We.Ca.Re. · 2017–2021", without the years if the timeline does not give them. */
export function kicker(data: Data): string {
  return ["Regione Piemonte", "Programma We.Ca.Re.", projectsPeriod(data)].filter(Boolean).join(" · ");
}
