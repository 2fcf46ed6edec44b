import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { columnMeta } from "../src/lib/schemas/columns.ts";
import { DATASETS, type DatasetDef } from "../src/lib/schemas/datasets.ts";
import { END_MARKER, README_PATH, renderDictionary, START_MARKER, updateReadme } from "./data-dictionary.ts";

const dictionary = renderDictionary();

/** The generated section of one dataset, from its heading to the next one. */
function section(file: string): string {
  const at = dictionary.indexOf(`— \`${file}\``);
  expect(at, file).toBeGreaterThan(-1);
  const start = dictionary.lastIndexOf("### ", at);
  const next = dictionary.indexOf("\n### ", start);
  return dictionary.slice(start, next === -1 ? undefined : next);
}

describe("data dictionary", () => {
  test("data/README.md is up to date with the schemas (run `node scripts/data-dictionary.ts --write`)", () => {
    const readme = readFileSync(README_PATH, "utf8");
    expect(readme).toContain(START_MARKER);
    expect(readme).toContain(END_MARKER);
    expect(updateReadme(readme)).toBe(readme);
  });

  test("every column of every schema appears in its dataset's table, with its type", () => {
    for (const def of Object.values(DATASETS) as DatasetDef[]) {
      const text = section(def.file);
      expect(text).toContain(def.title);
      for (const [column, schema] of Object.entries(def.schema.shape)) {
        const meta = columnMeta(schema as never);
        expect(text, `${def.file} ${column}`).toContain(`| \`${column}\` | ${meta.type} |`);
      }
      expect(text).toContain(`\`${Object.keys(def.schema.shape).join(",")}\``);
      for (const k of def.key) expect(text).toContain(`\`${k}\``);
    }
  });

  test("allowed values come with their Italian labels where the vocabulary has them", () => {
    expect(section("actors.csv")).toContain("`terzo-settore`: Terzo settore");
    expect(section("interventions.csv")).toContain("`bloccata`: Non decollata");
    expect(section("ties.csv")).toContain("`2`: 2ª rilevazione (attuazione)");
    expect(section("discontinuities.csv")).toContain("`marcata`, `parziale`, `assente`");
    expect(section("ties.csv")).toContain("(dello stesso caso)");
  });

  test("updateReadme only touches the text between the markers", () => {
    const before = `# Titolo\n\ntesto\n${START_MARKER}\nvecchio\n${END_MARKER}\ncoda\n`;
    const after = updateReadme(before);
    expect(after.startsWith(`# Titolo\n\ntesto\n${START_MARKER}\n`)).toBe(true);
    expect(after.endsWith(`${END_MARKER}\ncoda\n`)).toBe(true);
    expect(after).not.toContain("vecchio");
    expect(updateReadme(after)).toBe(after);
    expect(() => updateReadme("# senza marcatori\n")).toThrow(/must contain/);
  });

  test("renderDictionary is pure: same output on every call", () => {
    expect(renderDictionary()).toBe(dictionary);
  });

  test("--check exits 0 on the committed README", () => {
    const script = fileURLToPath(new URL("./data-dictionary.ts", import.meta.url));
    // Node ≥ 22.18 / 24 strips types natively; the project pins node 24 in node_modules/.bin.
    const node = fileURLToPath(new URL("../node_modules/.bin/node", import.meta.url));
    expect(() => execFileSync(node, [script, "--check"], { stdio: "pipe" })).not.toThrow();
  });
});
