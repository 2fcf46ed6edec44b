// Generates the data dictionary of data/README.md from the dataset definitions
// (src/lib/schemas/datasets.ts), so that the documentation cannot drift from
// the schemas the loader enforces.
//
// Usage:
//   node scripts/data-dictionary.ts --write   rewrites the generated part of data/README.md
//   node scripts/data-dictionary.ts --check   exits 1 if data/README.md is out of date
//   node scripts/data-dictionary.ts           prints the dictionary
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { z } from "zod";
import { columnMeta } from "../src/lib/schemas/columns.ts";
import { DATASETS, rowRules, type DatasetName } from "../src/lib/schemas/datasets.ts";
import { dictionaryColumns, type DictionaryColumn } from "../src/lib/data/dictionary.ts";

export const START_MARKER = "<!-- dictionary:start -->";
export const END_MARKER = "<!-- dictionary:end -->";

/** Path of the README that holds the dictionary. */
export const README_PATH = fileURLToPath(new URL("../data/README.md", import.meta.url));

/** Escapes text for a Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

/** Allowed values as the data page shows them (dictionaryColumns): with the charts' label when the vocabulary has one. */
function allowedValues(values: DictionaryColumn["values"]): string {
  if (!values) return "";
  if (!values.some((v) => v.label)) return values.map((v) => `\`${v.code}\``).join(", ");
  return values.map((v) => (v.label ? `\`${v.code}\`: ${v.label}` : `\`${v.code}\``)).join("; ");
}

function renderDataset(name: DatasetName): string {
  const def = DATASETS[name];
  const shape = def.schema.shape as Record<string, z.ZodType>;
  const columns = Object.keys(shape);
  const lines: string[] = [];
  lines.push(`### ${def.title} — \`${def.file}\``, "");
  lines.push(def.description, "");
  lines.push(`- **Chiave univoca:** ${def.key.map((k) => `\`${k}\``).join(" + ")}`);
  const refs = "refs" in def ? def.refs : [];
  if (refs.length > 0) {
    const text = refs
      .map(
        (r) =>
          `\`${r.column}\` → \`${r.key}\` di \`${DATASETS[r.dataset].file}\`` +
          ("sameCase" in r && r.sameCase ? " (dello stesso caso)" : ""),
      )
      .join("; ");
    lines.push(`- **Riferimenti ad altri file:** ${text}`);
  }
  for (const rule of rowRules(def)) lines.push(`- **Regola:** ${rule.description}`);
  lines.push(`- **Intestazione:** \`${columns.join(",")}\``, "");
  lines.push("| Colonna | Tipo | Unità | Facoltativa | Valori ammessi | Significato |");
  lines.push("| --- | --- | --- | --- | --- | --- |");
  const page = dictionaryColumns(def);
  for (const column of columns) {
    const schema = shape[column];
    if (!schema) continue;
    const meta = columnMeta(schema);
    lines.push(
      `| \`${column}\` | ${cell(meta.type)} | ${cell(meta.unit ?? "")} | ${meta.optional ? "sì" : "no"} | ` +
        `${cell(allowedValues(page.find((c) => c.name === column)?.values))} | ${cell(meta.description)} |`,
    );
  }
  return lines.join("\n");
}

/** The Markdown of the data dictionary, one section per dataset. Pure. */
export function renderDictionary(): string {
  const names = Object.keys(DATASETS) as DatasetName[];
  return [
    "<!-- Generato da scripts/data-dictionary.ts: non modificare a mano, eseguire `node scripts/data-dictionary.ts --write`. -->",
    "",
    ...names.flatMap((name) => [renderDataset(name), ""]),
  ].join("\n");
}

/** Returns `readme` with the text between the markers replaced by the dictionary. */
export function updateReadme(readme: string): string {
  const start = readme.indexOf(START_MARKER);
  const end = readme.indexOf(END_MARKER);
  if (start === -1 || end === -1 || end < start) {
    throw new Error(`data/README.md must contain ${START_MARKER} followed by ${END_MARKER}`);
  }
  return `${readme.slice(0, start + START_MARKER.length)}\n${renderDictionary()}${readme.slice(end)}`;
}

function main(args: readonly string[]): number {
  if (args.includes("--write") || args.includes("--check")) {
    const current = readFileSync(README_PATH, "utf8");
    const next = updateReadme(current);
    if (args.includes("--check")) {
      if (current === next) return 0;
      process.stderr.write("data/README.md is out of date: run `node scripts/data-dictionary.ts --write`.\n");
      return 1;
    }
    if (current !== next) writeFileSync(README_PATH, next);
    process.stdout.write(current === next ? "data/README.md already up to date\n" : "data/README.md updated\n");
    return 0;
  }
  process.stdout.write(renderDictionary());
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
