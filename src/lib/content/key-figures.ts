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
