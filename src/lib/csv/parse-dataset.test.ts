import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { DATASETS, type DatasetDef, type DatasetName } from "../schemas/datasets.ts";
import { formatIssue, sortIssues } from "./issue.ts";
import { parseDataset } from "./parse-dataset.ts";

/** Reads a fixture as bytes-to-text, without touching BOM or line endings. */
function fixture(name: string): string {
  return readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), "utf8");
}

function parseFixture(dataset: DatasetName, name: string) {
  return parseDataset(DATASETS[dataset] as DatasetDef, fixture(name), `__fixtures__/${name}`);
}

/** The issues of a fixture as the user sees them, one per line, top to bottom. */
function report(dataset: DatasetName, name: string): string {
  return sortIssues(parseFixture(dataset, name).issues).map(formatIssue).join("\n");
}

describe("parseDataset: one fixture per failure", () => {
  test("missing column", () => {
    expect(report("funding", "missing-column.csv")).toMatchInlineSnapshot(`
      "__fixtures__/missing-column.csv:1 population: missing column; expected a header with the columns case_id,lead_body,project_title,population,funding_eur,source_ref.
          hint: add the column "population" to the header line and a value for it on every row"
    `);
  });

  test("extra (unknown) column", () => {
    expect(report("funding", "unknown-column.csv")).toMatchInlineSnapshot(`
      "__fixtures__/unknown-column.csv:1:67 note: unknown column; expected only the columns case_id, lead_body, project_title, population, funding_eur, source_ref.
          hint: check the spelling, or remove the column (see data/README.md)"
    `);
  });

  test("empty file", () => {
    expect(report("funding", "empty-file.csv")).toMatchInlineSnapshot(`"__fixtures__/empty-file.csv:1 the file is empty; expected a header line with the columns case_id,lead_body,project_title,population,funding_eur,source_ref."`);
  });

  test("header only", () => {
    expect(report("funding", "header-only.csv")).toMatchInlineSnapshot(`"__fixtures__/header-only.csv:1 the file has a header but no rows; expected at least one row."`);
  });

  test("non-numeric amount", () => {
    expect(report("funding", "non-numeric-amount.csv")).toMatchInlineSnapshot(`"__fixtures__/non-numeric-amount.csv:2:40 funding_eur: not a number (found "circa 200 mila"); expected a number, e.g. 867617.14."`);
  });

  test("negative amount", () => {
    expect(report("funding", "negative-amount.csv")).toMatchInlineSnapshot(`"__fixtures__/negative-amount.csv:2:55 funding_eur: negative number (found "-234782.47"); expected a number ≥ 0."`);
  });

  test("Italian number format is rejected with a hint, not guessed", () => {
    expect(report("funding", "italian-number.csv")).toMatchInlineSnapshot(`
      "__fixtures__/italian-number.csv:2:56 funding_eur: number written in Italian format (found "867.617,14"); expected a dot for decimals and no thousands separator, e.g. 867617.14.
          hint: write 867617.14
      __fixtures__/italian-number.csv:3:38 population: number written in Italian format (found "87.792"); expected a dot for decimals and no thousands separator, e.g. 867617.14.
          hint: write 87792"
    `);
  });

  test("duplicate id", () => {
    expect(report("programme", "duplicate-id.csv")).toMatchInlineSnapshot(`"__fixtures__/duplicate-id.csv:4:1 id: duplicate id, already used on line 2 (found "projects"); expected a value not used by another row."`);
  });

  test("wave outside 1–3", () => {
    expect(report("ties", "wave-out-of-range.csv")).toMatchInlineSnapshot(`"__fixtures__/wave-out-of-range.csv:3:32 wave: not an allowed value (found "4"); expected one of 1, 2, 3."`);
  });

  test("a tie after the end of the projects marked as stated", () => {
    expect(report("ties", "stated-after-the-end.csv")).toMatchInlineSnapshot(`
      "__fixtures__/stated-after-the-end.csv:3:34 basis: no tie after the end of the projects is stated by the source (found "dichiarato"); expected dedotto.
          hint: the interviews predate the end of the projects: write basis dedotto"
    `);
  });

  test("a «marcata» discontinuity marked as stated", () => {
    expect(report("discontinuities", "stated-marked-discontinuity.csv")).toMatchInlineSnapshot(`
      "__fixtures__/stated-marked-discontinuity.csv:3:21 basis: a «marcata» level is our reading, never stated by the source (found "dichiarato"); expected dedotto.
          hint: write basis dedotto, or level parziale if the source names this discontinuity"
    `);
  });

  test("unknown actor type", () => {
    expect(report("actors", "unknown-actor-type.csv")).toMatchInlineSnapshot(`"__fixtures__/unknown-actor-type.csv:3:35 type: not an allowed value (found "cooperativa"); expected one of ente-gestore, comune, altro-pubblico, terzo-settore, impresa, universita, fondazione, scuola-nido, cittadini, esperto."`);
  });

  test("unclosed quote", () => {
    // Reported once, where the quote opens; the swallowed rest of the file adds no noise.
    expect(report("funding", "unclosed-quote.csv")).toMatchInlineSnapshot(`
      "__fixtures__/unclosed-quote.csv:2:15 quoted field is never closed; expected a closing " before the end of the file.
          hint: add the missing " (a literal quote inside a quoted field is written "")"
    `);
  });

  test("wrong cell count", () => {
    expect(report("funding", "wrong-cell-count.csv")).toMatchInlineSnapshot(`
      "__fixtures__/wrong-cell-count.csv:2:61 row has 7 cells but the header has 6; expected 6 comma-separated cells.
          hint: a cell that contains a comma must be written in double quotes
      __fixtures__/wrong-cell-count.csv:3:44 row has 5 cells but the header has 6; expected 6 comma-separated cells.
          hint: a cell that contains a comma must be written in double quotes"
    `);
  });

  test("invalid date", () => {
    expect(report("timeline", "invalid-date.csv")).toMatchInlineSnapshot(`
      "__fixtures__/invalid-date.csv:2:44 start: not a valid date (found "2017-02-30"); expected YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2017-05-22.
      __fixtures__/invalid-date.csv:3:48 end: not a valid date (found "21/04/2021"); expected YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2017-05-22, or empty."
    `);
  });

  test("empty required cell", () => {
    expect(report("funding", "empty-required-cell.csv")).toMatchInlineSnapshot(`
      "__fixtures__/empty-required-cell.csv:2:50 source_ref: empty cell (found ""); expected a reference to the source, e.g. “cap. 3.2” or “slide «La Misura 1»”.
      __fixtures__/empty-required-cell.csv:3:10 lead_body: empty cell (found ""); expected some text."
    `);
  });
});

describe("parseDataset: files that must be accepted", () => {
  test("byte-order mark and Windows line endings give the same rows as a plain file", () => {
    const text = fixture("bom-crlf.csv");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain("\r\n");
    const plain = text.slice(1).replace(/\r\n/g, "\n");
    const withBom = parseDataset(DATASETS.funding, text, "bom-crlf.csv");
    const without = parseDataset(DATASETS.funding, plain, "plain.csv");
    expect(withBom.issues).toEqual([]);
    expect(without.issues).toEqual([]);
    expect(withBom.rows).toEqual(without.rows);
    expect(withBom.rows.map((r) => [r.line, r.row.case_id, r.row.project_title, r.row.funding_eur])).toEqual([
      [2, "alessandria", "Quadrante AL&AT", 867617.14],
      [3, "alba", "Progetto di prova, con virgola", 216701.57],
      [4, "pianezza", "We.Go.Change", 200327.31],
    ]);
    // The first column name is read without the BOM.
    expect(Object.keys(withBom.rows[0]?.row ?? {})).toContain("case_id");
  });

  test("quoted fields with commas, newlines and escaped quotes; later line numbers stay right", () => {
    const { rows, issues } = parseFixture("interventions", "quoted-fields.csv");
    expect(rows.map((r) => [r.line, r.row.id])).toEqual([
      [2, "prova-virgole"],
      [3, "prova-a-capo"],
      [7, "prova-dopo"],
    ]);
    const [commas, newlines] = rows;
    expect(commas?.row.planned).toBe("Coltivare, scambiare, vendere.");
    expect(commas?.row.source_ref).toBe("cap. 3.3; cap. 4.1 (Int. 6, Int. 7)");
    expect(newlines?.row.planned).toBe(
      "Prima riga del testo.\nSeconda riga, dopo un a capo.\n\nTerza riga dopo una riga vuota.",
    );
    expect(newlines?.row.status).toBe('Detto dagli intervistati: "si riparte".');
    // A cell after a multi-line cell is located on the line where it really is.
    expect(newlines?.columns["covid_effect"]).toBe(78);
    // The bad row after the multi-line cell is reported on its own line (8).
    expect(sortIssues(issues).map(formatIssue).join("\n")).toMatchInlineSnapshot(`"__fixtures__/quoted-fields.csv:8:67 covid_effect: not an allowed value (found "rinviata"); expected one of proseguita, online, riformulata, sospesa, bloccata, or empty."`);
  });
});

test("several problems in one file are all reported in one run", () => {
  const { rows, issues } = parseFixture("funding", "several-problems.csv");
  expect(rows.map((r) => r.line)).toEqual([5, 6]);
  expect(sortIssues(issues).map(formatIssue).join("\n")).toMatchInlineSnapshot(`
    "__fixtures__/several-problems.csv:2:49 population: number written in Italian format (found "643.111"); expected a dot for decimals and no thousands separator, e.g. 867617.14.
        hint: write 643111
    __fixtures__/several-problems.csv:2:57 funding_eur: number written in Italian format (found "867.617,14"); expected a dot for decimals and no thousands separator, e.g. 867617.14.
        hint: write 867617.14
    __fixtures__/several-problems.csv:3:1 case_id: not an allowed value (found "torino"); expected one of alessandria, borgomanero, alba, pianezza.
    __fixtures__/several-problems.csv:3:56 source_ref: empty cell (found ""); expected a reference to the source, e.g. “cap. 3.2” or “slide «La Misura 1»”.
    __fixtures__/several-problems.csv:4:55 funding_eur: negative number (found "-1"); expected a number ≥ 0.
    __fixtures__/several-problems.csv:6:1 case_id: duplicate id, already used on line 5 (found "alba"); expected a value not used by another row.
    __fixtures__/several-problems.csv:7:40 row has 4 cells but the header has 6; expected 6 comma-separated cells.
        hint: a cell that contains a comma must be written in double quotes"
  `);
});

test("the real data files parse one by one without issues", () => {
  for (const [name, def] of Object.entries(DATASETS) as [DatasetName, DatasetDef][]) {
    const text = readFileSync(new URL(`../../../data/${def.file}`, import.meta.url), "utf8");
    const { issues, rows } = parseDataset(def, text, `data/${def.file}`);
    expect(issues.map(formatIssue), name).toEqual([]);
    expect(rows.length, name).toBeGreaterThan(0);
  }
});
