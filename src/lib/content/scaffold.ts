import matter from "gray-matter";
import { parse, stringify } from "yaml";

/**
 * gray-matter's stringify with the YAML style of the existing files: strings in
 * double quotes, keys plain, long lines never folded.
 */
function withFrontmatter(body: string, data: Record<string, unknown>): string {
  const yaml = {
    parse: (text: string) => parse(text) as object,
    stringify: (d: object) => stringify(d, { lineWidth: 0, defaultStringType: "QUOTE_DOUBLE", defaultKeyType: "PLAIN" }),
  };
  return matter.stringify(body, data, { engines: { yaml } } as never);
}

/**
 * "L'Analisi dei casi – Città" → "l-analisi-dei-casi-citta": lowercase ASCII,
 * accents dropped (Italian à è é ì ò ù and any other Latin diacritic), every
 * other run of characters a single hyphen, at most `max` characters (cut at a hyphen).
 */
export function slugify(title: string, max = 60): string {
  const slug = title
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[æÆ]/g, "ae")
    .replace(/[œŒ]/g, "oe")
    .replace(/ß/g, "ss")
    .replace(/[øØ]/g, "o")
    .replace(/[łŁ]/g, "l")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const end = cut.lastIndexOf("-");
  return (end > 0 ? cut.slice(0, end) : slug.slice(0, max)).replace(/-+$/, "");
}

/**
 * The sidebar label: the title if short enough, else its part before a dash or
 * colon ("Alba – Vecchie radici…" → "Alba"), else the title cut at a word, in
 * at most `max` characters.
 */
export function shortTitleOf(title: string, max = 30): string {
  const t = title.trim().replace(/\s+/g, " ");
  if (t.length <= max) return t;
  const head = t.split(/\s[–—-]\s|:\s/)[0]!.trim();
  if (head && head.length <= max) return head;
  const cut = t.slice(0, max + 1);
  const end = cut.lastIndexOf(" ");
  return (end > 0 ? cut.slice(0, end) : t.slice(0, max)).replace(/[\s,;:–—-]+$/, "");
}

/** The next free reading order: one more than the largest in use (0 when there are no chapters). */
export function nextOrder(orders: readonly unknown[]): number {
  const used = orders.filter((o): o is number => typeof o === "number" && Number.isInteger(o));
  return used.length ? Math.max(...used) + 1 : 0;
}

/** Puts `# …` comment lines at the top of the frontmatter gray-matter wrote (YAML comments show nowhere on the site). */
function withComment(file: string, comment: readonly string[]): string {
  const lines = comment.map((l) => (l ? `# ${l}` : "#"));
  return file.replace(/^---\n/, `---\n${lines.join("\n")}\n`);
}

/** Real ids of the project to show in examples, so the examples themselves pass `npm run check`. */
export interface Examples {
  term?: string | undefined;
  citation?: string | undefined;
  chart?: string | undefined;
  chapter?: string | undefined;
}

/** A new chapter: valid frontmatter (gray-matter's stringify) and a comment on what goes where. */
export function chapterFile(title: string, order: number, ex: Examples = {}): string {
  const data = {
    title: title.trim(),
    shortTitle: shortTitleOf(title),
    order,
    summary: "Da scrivere: un paragrafo che riassume il capitolo, mostrato nella pagina iniziale e nei risultati di ricerca.",
  };
  const body = "## Prima sezione\n\nIl testo del capitolo, in Markdown.\n";
  return withComment(withFrontmatter(body, data), [
    "Nuovo capitolo (npm run new:chapter). Guida completa: docs/GUIDA.md.",
    "title: il titolo della pagina. shortTitle: l'etichetta nell'indice (al massimo 30 caratteri).",
    "order: la posizione nell'indice (un numero intero che nessun altro capitolo usa).",
    'number: facoltativo, il numero mostrato ("3.5", tra virgolette); senza number il capitolo non è numerato.',
    "summary: da 40 a 400 caratteri; è la descrizione per i motori di ricerca e la pagina iniziale.",
    "updated: facoltativo (AAAA-MM-GG), sostituisce la data dell'ultima modifica presa da git.",
    "",
    "Il testo va sotto la riga --- che chiude questo blocco. Nel testo:",
    ...(ex.term ? [`  termine del glossario:  [parola](glossario:${ex.term})`] : []),
    ...(ex.citation ? [`  citazione:              [Autore 2000](cite:${ex.citation})`] : []),
    "  nota a piè di pagina:   testo[^1] e, in fondo al file, [^1]: il testo della nota",
    ...(ex.chart ? [`  grafico, su una riga:   <Chart id="${ex.chart}" />`] : []),
    ...(ex.chapter ? [`  link a un capitolo:     [il capitolo](/${ex.chapter}/)`] : []),
    "Poi: npm run check (controlla tutto) e npm run dev (anteprima nel browser).",
  ]);
}

/** A new glossary entry. */
export function termFile(term: string): string {
  const data = {
    term: term.trim(),
    short: "Da scrivere: una frase che definisce il termine.",
  };
  const body = "Da scrivere: la definizione estesa, in Markdown, mostrata nella pagina del glossario.\n";
  return withComment(withFrontmatter(body, data), [
    "Nuovo termine del glossario (npm run new:term). Guida completa: docs/GUIDA.md.",
    "term: il termine come appare nel glossario.",
    "short: una frase (da 10 a 240 caratteri) mostrata al passaggio del mouse dove il termine è segnato nei capitoli.",
    'aliases: facoltativo, altre forme del termine, per esempio ["enti gestori", "ente"].',
    "Nei capitoli il termine si segna così: [parola](glossario:<nome di questo file senza .md>).",
    "La definizione estesa va sotto la riga --- che chiude questo blocco.",
  ]);
}

/** "funding-by-area" → "fundingByArea" (the chart's export name). */
export function camelCase(id: string): string {
  return id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

export interface ChartTemplate {
  id: string;
  /** Key of the dataset in DATASETS (e.g. "interventions"). */
  dataset: string;
  /** The column whose values the bars count. */
  by: string;
}

/**
 * A chart declaration to start from: a horizontal Plot bar chart counting the
 * rows of one dataset by the values of one column, with the describe() and
 * table() every chart needs.
 */
export function chartModule(t: ChartTemplate): string {
  const name = camelCase(t.id);
  return `import { formatInteger } from "../format/number.ts";
import type { Data } from "../schemas/datasets.ts";
import { Plot } from "./lazy.ts";
import { color } from "./palette.ts";
import type { PlotChart } from "./types.ts";

// Created by \`npm run new:chart -- ${t.id}\` as a starting point: a bar chart that
// counts the rows of data/${t.dataset} by ${t.by}. Replace the titles and the
// counting with what the chart should show; spec() stays pure (no DOM, no I/O).
// Guide: docs/GUIDA.md, "Aggiungere un grafico".

/** Rows of the dataset counted by ${t.by}, most frequent first (ties in alphabetical order). */
function counts(data: Data): { value: string; count: number }[] {
  const byValue = new Map<string, number>();
  for (const row of data.${t.dataset}) {
    const value = String(row.${t.by});
    byValue.set(value, (byValue.get(value) ?? 0) + 1);
  }
  return [...byValue]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, "it"));
}

export const ${name}: PlotChart = {
  kind: "plot",
  id: "${t.id}",
  title: "Da scrivere: il titolo del grafico",
  subtitle: "Da scrivere: che cosa mostra, in una frase.",
  source: "Fonte: da scrivere.",
  datasets: ["${t.dataset}"],
  describe(data) {
    const rows = counts(data);
    return \`Grafico a barre orizzontali: \${rows.map((r) => \`\${r.value}: \${formatInteger(r.count)}\`).join("; ")}.\`;
  },
  table(data) {
    return {
      columns: [
        { key: "valore", label: "${t.by}" },
        { key: "righe", label: "Numero di righe", numeric: true, format: (v) => formatInteger(v as number) },
      ],
      rows: counts(data).map((r) => ({ valore: r.value, righe: r.count })),
    };
  },
  spec(data, size) {
    const rows = counts(data);
    return {
      marginLeft: 10 * size.fontSize,
      height: rows.length * 2.4 * size.fontSize + 40,
      x: { label: "Numero di righe", grid: true, tickFormat: (d: number) => formatInteger(d) },
      y: { label: null, domain: rows.map((r) => r.value) },
      marks: [
        Plot.barX(rows, { x: "count", y: "value", fill: color(0), title: (r: (typeof rows)[number]) => \`\${r.value}: \${r.count}\` }),
        Plot.ruleX([0]),
      ],
    };
  },
};
`;
}

/**
 * Adds a chart to the registry's source: its import after the last import and
 * its name at the end of the CHARTS list. Returns undefined when the file does
 * not have the expected shape (the caller then prints the lines to add).
 */
export function registerChart(source: string, id: string): string | undefined {
  const name = camelCase(id);
  const importLine = `import { ${name} } from "./${id}.ts";`;
  if (source.includes(importLine)) return source;
  const imports = [...source.matchAll(/^import .*;$/gm)];
  const last = imports.at(-1);
  const list = /export const CHARTS\b[^=]*=\s*\[[\s\S]*?\n\];/.exec(source);
  if (!last || !list) return undefined;
  const listEnd = list.index + list[0].length - "\n];".length;
  const at = last.index + last[0].length;
  return (
    source.slice(0, at) + `\n${importLine}` + source.slice(at, listEnd) + `\n  ${name},` + source.slice(listEnd)
  );
}
