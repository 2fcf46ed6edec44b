// The data page /dati/ and the CSV files it offers: what a reader who wants the
// numbers behind the charts gets.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import type { z } from "zod";
import { loadData } from "../../src/lib/csv/load-data.ts";
import { PATHS } from "../../src/lib/content/paths.ts";
import { columnMeta } from "../../src/lib/schemas/columns.ts";
import { DATASETS, rowRules, type DatasetName } from "../../src/lib/schemas/datasets.ts";
import { vocabularyLabels } from "../../src/lib/schemas/vocabularies.ts";
import { DIST, readPage, requireDist, SITE_BASE } from "../helpers/site.ts";

requireDist();
const page = readPage("dati/index.html");
const data = loadData(PATHS.data);
const names = Object.keys(DATASETS) as DatasetName[];
const section = (name: DatasetName) => page.getElementById(`ds-${name}`)!.closest("section")!;
const text = (el: Element) => el.textContent!.replace(/\s+/g, " ").trim();
/** The table row that describes `column` of dataset `name`. */
const columnRow = (name: DatasetName, column: string) =>
  [...section(name).querySelectorAll("tbody tr")].find((tr) => text(tr.querySelector("td code")!) === column)!;

describe("the data page /dati/", () => {
  test.each(names)("presents %s with its title, its number of rows and every column of its schema", (name) => {
    const def = DATASETS[name];
    const s = section(name);
    expect(text(s.querySelector("h2")!)).toBe(def.title);
    expect(text(s)).toContain(`${(data[name] as unknown[]).length} righe`);
    const listed = [...s.querySelectorAll("tbody tr td:first-child code")].map((c) => c.textContent);
    expect(listed).toEqual(Object.keys(def.schema.shape));
  });

  test.each(names)("offers %s for download, byte for byte the file of data/", (name) => {
    const file = DATASETS[name].file;
    const link = section(name).querySelector<HTMLAnchorElement>("a[download]")!;
    expect(link.getAttribute("href")).toBe(`${SITE_BASE}dati/${file}`);
    expect(readFileSync(join(DIST, "dati", file), "utf8")).toBe(readFileSync(join(PATHS.data, file), "utf8"));
  });

  test("states the rules between columns that the build enforces, where a dataset has them", () => {
    for (const name of names) {
      const rules = [...section(name).querySelectorAll(".data-rule")].map(text);
      const expected = rowRules(DATASETS[name]).map((r) => `Regola: ${r.description.replaceAll("`", "")}`);
      expect(rules, name).toEqual(expected);
    }
    expect(rowRules(DATASETS.ties).length).toBeGreaterThan(0);
  });

  test("words each rule with the columns it ties, as the CSV header names them, and values those columns allow", () => {
    let rules = 0;
    for (const name of names) {
      const shape = DATASETS[name].schema.shape as Record<string, z.ZodType>;
      for (const rule of section(name).querySelectorAll(".data-rule")) {
        rules++;
        const codes = [...rule.querySelectorAll("code")].map(text);
        expect(codes.length, text(rule)).toBe(4);
        for (let i = 0; i < codes.length; i += 2) {
          const [column, value] = [codes[i]!, codes[i + 1]!];
          expect(Object.keys(shape), `${name}: ${text(rule)}`).toContain(column);
          expect(columnMeta(shape[column]!).values, `${name}: ${text(rule)}`).toContain(value);
        }
      }
    }
    expect(rules).toBeGreaterThanOrEqual(2);
    expect(text(section("discontinuities").querySelector(".data-rule")!)).toMatch(
      /^Regola: Se level vale marcata, basis vale sempre dedotto: /,
    );
  });

  test("shows beside each allowed value the name the charts give it, where the vocabulary has one", () => {
    let labelled = 0;
    for (const name of names) {
      for (const [column, schema] of Object.entries(DATASETS[name].schema.shape)) {
        const values = columnMeta(schema as never).values;
        const labels = values && vocabularyLabels(values);
        if (!labels) continue;
        labelled++;
        const items = [...columnRow(name, column).querySelectorAll(".dict-values li")].map(text);
        expect(items, `${name}.${column}`).toEqual(values.map((v) => `${v}: ${labels[v]}`));
      }
    }
    expect(labelled).toBeGreaterThan(5);
  });

  test("names a pandemic effect as the chart legend does: bloccata is «Non decollata»", () => {
    const row = columnRow("interventions", "covid_effect");
    expect(text(row)).toContain("bloccata: Non decollata");
    const legend = [...readPage("embed/interventions-by-case/index.html").querySelectorAll(".chart-legend li")].map(text);
    expect(legend).toContain("Non decollata");
  });

  test("lists the values of a vocabulary without labels inline, as codes", () => {
    expect(text(columnRow("discontinuities", "level"))).toContain("Valori: marcata, parziale, assente.");
    expect(columnRow("discontinuities", "level").querySelector(".dict-values")).toBeNull();
  });

  test("tells readers how the actors of a network are numbered, without the staff's advice on editing the file", () => {
    const description = text(section("actors").querySelector("p")!);
    expect(description).toContain("gli attori sono numerati seguendo l'ordine delle righe di quel caso in questo file");
    expect(description).not.toMatch(/spostare|spostate|aggiungete/i);
  });
});
