import { Plot } from "./lazy.ts";
import { caseName, CASE_ORDER } from "../data/derive.ts";
import type { DiscontinuityRow } from "../schemas/datasets.ts";
import { BASIS_LABEL, CHANGE_ELEMENT_LABEL, CHANGE_ELEMENTS } from "../schemas/vocabularies.ts";
import { color } from "./palette.ts";
import type { PlotChart } from "./types.ts";

const LEVELS = ["marcata", "parziale", "assente"] as const;
const LEVEL_LABEL: Record<DiscontinuityRow["level"], string> = {
  marcata: "Discontinuità marcata",
  parziale: "Discontinuità parziale",
  assente: "Nessuna discontinuità rilevata",
};
const LEVEL_FILL: Record<DiscontinuityRow["level"], string> = {
  marcata: color(0),
  parziale: "var(--soft-fill)",
  assente: "var(--muted-fill)",
};
const levelColor = (l: DiscontinuityRow["level"]) => LEVEL_FILL[l];

/** "a) Definizione del problema" → "a) Definizione\ndel problema": Plot draws \n as a line break. */
function wrapTwoLines(label: string): string {
  const words = label.split(" ");
  const half = Math.ceil(words.length / 2);
  return `${words.slice(0, half).join(" ")}\n${words.slice(half).join(" ")}`;
}

export const discontinuityMatrix: PlotChart = {
  kind: "plot",
  id: "discontinuity-matrix",
  title: "Dove si sono viste discontinuità",
  subtitle: "Per ogni caso, gli elementi del ciclo del policy change (punti a–d del capitolo 2) toccati da una discontinuità.",
  source: "Fonte: lettura del sito dei cap. 3 e 4 e della slide «Due parziali discontinuità»; la fonte non riporta questa matrice.",
  datasets: ["discontinuities", "cases"],
  note: () =>
    "La matrice è un'inferenza: il rapporto descrive le discontinuità caso per caso ma non le classifica per elemento, e nel complesso le definisce «parziali»; «marcata» è una nostra lettura. Le celle tratteggiate sono dedotte dal testo.",
  // Only the levels some cell has: a legend entry (and its toggle) for nothing would suggest a category the data lacks.
  // Hiding a level would leave the words in its cells behind.
  staticLegend: true,
  legend: (data) => LEVELS.filter((l) => data.discontinuities.some((d) => d.level === l)).map((l) => ({ label: LEVEL_LABEL[l], color: levelColor(l) })),
  describe(data) {
    return (
      "Matrice casi per elementi del policy change. " +
      CASE_ORDER.map((c) => {
        const cells = data.discontinuities.filter((d) => d.case_id === c && d.level !== "assente");
        return `${caseName(data, c)}: ${cells.length ? cells.map((d) => `${CHANGE_ELEMENT_LABEL[d.element]} (${d.level})`).join(", ") : "nessuna discontinuità rilevata"}`;
      }).join(". ") +
      "."
    );
  },
  table(data) {
    return {
      columns: [
        { key: "caso", label: "Caso" },
        { key: "elemento", label: "Elemento" },
        { key: "discontinuita", label: "Discontinuità" },
        { key: "base", label: "Base" },
        { key: "evidenza", label: "Su che cosa poggia" },
      ],
      rows: CASE_ORDER.flatMap((c) =>
        CHANGE_ELEMENTS.flatMap((e) =>
          data.discontinuities
            .filter((d) => d.case_id === c && d.element === e)
            .map((d) => ({
              caso: caseName(data, c),
              elemento: CHANGE_ELEMENT_LABEL[e],
              discontinuita: d.level,
              base: BASIS_LABEL[d.basis],
              evidenza: d.evidence,
            })),
        ),
      ),
    };
  },
  spec(data, size) {
    const rows = data.discontinuities.map((d) => ({
      ...d,
      name: caseName(data, d.case_id),
      el: CHANGE_ELEMENT_LABEL[d.element],
      fill: levelColor(d.level),
    }));
    type R = (typeof rows)[number];
    const tip = (d: R) => `${d.name}, ${d.el}: ${LEVEL_LABEL[d.level].toLowerCase()} (${BASIS_LABEL[d.basis].toLowerCase()}). ${d.evidence}`;
    // A column is about 9 characters wide on a phone: too narrow for "b) Teoria dell'intervento"
    // even on two lines. There the columns are headed by their letter, and a key below names them.
    const compact = (size.width - 8 * size.fontSize) / CHANGE_ELEMENTS.length < 9 * size.fontSize;
    const keyLines = compact ? CHANGE_ELEMENTS.length : 0;
    return {
      height: CASE_ORDER.length * 3.4 * size.fontSize + 4 * size.fontSize + keyLines * 1.25 * size.fontSize,
      marginTop: 3.5 * size.fontSize,
      ...(compact ? { marginBottom: keyLines * 1.25 * size.fontSize + 0.5 * size.fontSize } : {}),
      marginLeft: 8 * size.fontSize,
      x: {
        label: null,
        domain: CHANGE_ELEMENTS.map((e) => CHANGE_ELEMENT_LABEL[e]),
        axis: "top",
        tickFormat: compact ? (label: string) => label.split(" ")[0]! : wrapTwoLines,
      },
      y: { label: null, domain: CASE_ORDER.map((c) => caseName(data, c)) },
      color: { type: "identity" },
      marks: [
        Plot.cell(rows.filter((d) => d.basis === "dichiarato"), { x: "el", y: "name", fill: "fill", inset: 2, title: tip }),
        Plot.cell(rows.filter((d) => d.basis === "dedotto"), {
          x: "el",
          y: "name",
          fill: "fill",
          inset: 2,
          stroke: "currentColor",
          strokeDasharray: "4,3",
          title: tip,
        }),
        Plot.text(rows, { x: "el", y: "name", text: (d: R) => d.level, fill: (d: R) => (d.level === "marcata" ? "var(--on-c1)" : "currentColor") }),
        ...(compact
          ? [
              Plot.text([CHANGE_ELEMENTS.map((e) => CHANGE_ELEMENT_LABEL[e]).join("\n")], {
                frameAnchor: "bottom-left",
                textAnchor: "start",
                lineAnchor: "top",
                dx: -8 * size.fontSize,
                dy: 0.5 * size.fontSize,
                lineHeight: 1.25,
              }),
            ]
          : []),
      ],
    };
  },
};
