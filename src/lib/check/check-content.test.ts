import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { formatIssue, sortIssues } from "../csv/issue.ts";
import { checkContent, checkReferences, type ContentPaths } from "./check-content.ts";

const FIXTURES = fileURLToPath(new URL("./__fixtures__/", import.meta.url));

/** A short, fixed list so the "expected one of …" texts stay readable. */
const CHART_IDS: ReadonlySet<string> = new Set(["funding-by-case", "timeline"]);

/**
 * The paths of fixture tree `name`. A fixture holds only the part it breaks
 * (its chapters, glossary, bibliography or story); the other parts come from
 * `good/`, which has no problems, so each fixture shows exactly one failure.
 */
function pathsOf(name: string): ContentPaths {
  const part = (p: string) => (existsSync(join(FIXTURES, name, p)) ? `${name}/${p}` : `good/${p}`);
  return {
    root: FIXTURES,
    chapters: part("chapters"),
    glossary: part("glossary"),
    bibliography: part("bibliography.yaml"),
    story: part("story.yaml"),
  };
}

/** The issues of a fixture tree as `npm run check` prints them, top to bottom. */
function report(name: string): string {
  return sortIssues(checkContent(pathsOf(name), CHART_IDS)).map(formatIssue).join("\n");
}

describe("checkContent(paths, chartIds)", () => {
  test("finds no problems in a valid tree (marks inside fenced code are ignored)", () => {
    expect(checkContent(pathsOf("good"), CHART_IDS)).toEqual([]);
  });

  test("returns issues with file, line, column, field, value and expected as separate fields", () => {
    expect(checkContent(pathsOf("glossary-mark-unknown-term"), CHART_IDS)).toEqual([
      {
        file: "glossary-mark-unknown-term/chapters/primo.mdx",
        line: 10,
        column: 31,
        field: "glossario",
        value: "ente-capofila",
        message: "glossary mark for an unknown term",
        expected: "the id of a file in good/glossary/",
        hint: "add good/glossary/ente-capofila.md (npm run new:term) or correct the id",
      },
    ]);
  });

  test("reports every problem of a tree at once", () => {
    expect(report("several-problems")).toMatchInlineSnapshot(`
      "several-problems/bibliography.yaml:1 year: Invalid input: expected number, received undefined.
      several-problems/chapters/primo.mdx:1 title: missing field; expected string.
      several-problems/chapters/primo.mdx:3 order: order must be a whole number (found "uno"); expected number.
      several-problems/chapters/primo.mdx:4 summary: summary shorter than 40 characters (found "Breve.").
      several-problems/chapters/primo.mdx:7:5 glossario: glossary mark for an unknown term (found "enti-gestori"); expected the id of a file in several-problems/glossary/.
          hint: add several-problems/glossary/enti-gestori.md (npm run new:term) or correct the id
      several-problems/chapters/primo.mdx:7:62 cite: citation key with no bibliography entry (found "kingdon-1984"); expected an id listed in several-problems/bibliography.yaml.
          hint: add the work to the bibliography, or correct the key
      several-problems/chapters/primo.mdx:9:1 Chart id: unknown chart id (found "funding"); expected one of funding-by-case, timeline.
          hint: declare the chart in src/lib/charts/ (npm run new:chart) or correct the id
      several-problems/chapters/terzo.mdx:4 order: duplicate chapter order, also used by several-problems/chapters/secondo.mdx (found "2"); expected an order no other chapter uses.
          hint: renumber one of the two chapters
      several-problems/glossary/ente-gestore.md:1 short: missing field; expected string.
      several-problems/story.yaml:4 findings.0.chapter: names an unknown chapter (found "quarto"); expected one of primo, secondo, terzo.
      several-problems/story.yaml:6 deck.0.chart: names an unknown chart (found "funding"); expected one of funding-by-case, timeline."
    `);
  });
});

describe("checkContent(paths, chartIds): chapter frontmatter, one fixture per failure", () => {
  test("reports a chapter with no frontmatter at line 1", () => {
    expect(report("chapter-without-frontmatter")).toMatchInlineSnapshot(`
      "chapter-without-frontmatter/chapters/primo.mdx:1 the file has no frontmatter.
          hint: start the file with a --- block (see docs/GUIDA.md)"
    `);
  });

  test("reports a missing title at the opening ---", () => {
    expect(report("chapter-missing-title")).toMatchInlineSnapshot(
      `"chapter-missing-title/chapters/primo.mdx:1 title: missing field; expected string."`,
    );
  });

  test("reports an order that is not a number at its line", () => {
    expect(report("order-not-a-number")).toMatchInlineSnapshot(
      `"order-not-a-number/chapters/primo.mdx:4 order: order must be a whole number (found "primo"); expected number."`,
    );
  });

  test("reports a negative order as such, not as a fraction", () => {
    expect(report("order-negative")).toMatchInlineSnapshot(
      `"order-negative/chapters/primo.mdx:4 order: order must be 0 or more (found "-1")."`,
    );
  });

  test("reports an order that is not a whole number", () => {
    expect(report("order-not-whole")).toMatchInlineSnapshot(
      `"order-not-whole/chapters/primo.mdx:4 order: order must be a whole number (found "1.5"); expected int."`,
    );
  });

  test('reports a number not like "3.1" (an Italian decimal comma)', () => {
    expect(report("number-with-comma")).toMatchInlineSnapshot(
      `"number-with-comma/chapters/primo.mdx:5 number: number must look like 1 or 3.2 (quote it in YAML: "3.2") (found "3,1")."`,
    );
  });

  test("reports an unquoted number, which YAML reads as 3.1, with the advice to quote it", () => {
    expect(report("number-not-quoted")).toMatchInlineSnapshot(
      `"number-not-quoted/chapters/primo.mdx:5 number: number must look like 1 or 3.2 (quote it in YAML: "3.2") (found "3.1"); expected string."`,
    );
  });

  test("reports a summary that is too short", () => {
    expect(report("summary-too-short")).toMatchInlineSnapshot(
      `"summary-too-short/chapters/primo.mdx:5 summary: summary shorter than 40 characters (found "Troppo breve.")."`,
    );
  });

  test("reports an unknown field at its line, with the fields allowed", () => {
    expect(report("unknown-frontmatter-field")).toMatchInlineSnapshot(
      `"unknown-frontmatter-field/chapters/primo.mdx:5 autore: unknown field; expected only the fields title, shortTitle, order, number, summary, updated."`,
    );
  });

  test("reports a YAML syntax error at the file's own line and column", () => {
    // Line 3 is `shortTitle: Primo: le reti`; column 18 is its second colon.
    expect(report("frontmatter-invalid-yaml")).toMatchInlineSnapshot(`
      "frontmatter-invalid-yaml/chapters/primo.mdx:3:18 frontmatter is not valid YAML: incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line.
          hint: check the quotes and the "key: value" shape of each line; a value with a colon must be quoted"
    `);
  });
});

describe("checkContent(paths, chartIds): duplicates across chapters", () => {
  test("reports a duplicate order on the second chapter, at its order line, naming the first", () => {
    expect(report("duplicate-order")).toMatchInlineSnapshot(`
      "duplicate-order/chapters/secondo.mdx:5 order: duplicate chapter order, also used by duplicate-order/chapters/primo.mdx (found "1"); expected an order no other chapter uses.
          hint: renumber one of the two chapters"
    `);
  });

  test("reports a duplicate number at its number line", () => {
    expect(report("duplicate-number")).toMatchInlineSnapshot(`
      "duplicate-number/chapters/secondo.mdx:5 number: duplicate chapter number, also used by duplicate-number/chapters/primo.mdx (found "3.1"); expected a number no other chapter uses.
          hint: renumber one of the two chapters"
    `);
  });
});

describe("checkContent(paths, chartIds): glossary entries", () => {
  test("reports a glossary entry missing its short definition", () => {
    expect(report("glossary-missing-short")).toMatchInlineSnapshot(
      `"glossary-missing-short/glossary/ente-gestore.md:1 short: missing field; expected string."`,
    );
  });

  test("reports a glossary entry whose frontmatter is not valid YAML, at line and column", () => {
    expect(report("glossary-invalid-yaml")).toMatchInlineSnapshot(`
      "glossary-invalid-yaml/glossary/ente-gestore.md:3:3 frontmatter is not valid YAML: bad indentation of a mapping entry.
          hint: check the quotes and the "key: value" shape of each line; a value with a colon must be quoted"
    `);
  });
});

describe("checkContent(paths, chartIds): references in chapters", () => {
  test("reports a citation key with no bibliography entry at the line and column where its link starts", () => {
    expect(report("citation-unknown-key")).toMatchInlineSnapshot(`
      "citation-unknown-key/chapters/primo.mdx:8:65 cite: citation key with no bibliography entry (found "kingdon-1984"); expected an id listed in good/bibliography.yaml.
          hint: add the work to the bibliography, or correct the key"
    `);
  });

  test("reports a glossary mark for an unknown term at the line and column where its link starts", () => {
    expect(report("glossary-mark-unknown-term")).toMatchInlineSnapshot(`
      "glossary-mark-unknown-term/chapters/primo.mdx:10:31 glossario: glossary mark for an unknown term (found "ente-capofila"); expected the id of a file in good/glossary/.
          hint: add good/glossary/ente-capofila.md (npm run new:term) or correct the id"
    `);
  });

  test("reports an unknown <Chart id> with the declared ids", () => {
    expect(report("chart-unknown-id")).toMatchInlineSnapshot(`
      "chart-unknown-id/chapters/primo.mdx:10:1 Chart id: unknown chart id (found "funding-by-cases"); expected one of funding-by-case, timeline.
          hint: declare the chart in src/lib/charts/ (npm run new:chart) or correct the id"
    `);
  });
});

describe("checkContent(paths, chartIds): bibliography", () => {
  test("reports an entry missing its year at the entry's line", () => {
    expect(report("bibliography-missing-year")).toMatchInlineSnapshot(
      `"bibliography-missing-year/bibliography.yaml:4 year: Invalid input: expected number, received undefined."`,
    );
  });

  test("reports a duplicate id at the second entry", () => {
    expect(report("bibliography-duplicate-id")).toMatchInlineSnapshot(
      `"bibliography-duplicate-id/bibliography.yaml:4 id: duplicate bibliography id (found "pierson-2000")."`,
    );
  });
});

describe("checkContent(paths, chartIds): story.yaml", () => {
  test("reports a finding naming an unknown chapter, with the chapters there are", () => {
    expect(report("story-unknown-chapter")).toMatchInlineSnapshot(
      `"story-unknown-chapter/story.yaml:4 findings.0.chapter: names an unknown chapter (found "terzo"); expected one of primo, secondo."`,
    );
  });

  test("reports a slide naming an unknown chart, with the charts there are", () => {
    expect(report("story-unknown-chart")).toMatchInlineSnapshot(
      `"story-unknown-chart/story.yaml:8 deck.1.chart: names an unknown chart (found "network-torino"); expected one of funding-by-case, timeline."`,
    );
  });
});

describe("checkReferences(text, file, glossaryIds, citationKeys, chartIds)", () => {
  const none = new Set<string>();

  test("skips fenced code and reads <Chart id> in either quote", () => {
    const text = ["```", "[x](glossario:a) [y](cite:b) <Chart id='c' />", "```", "<Chart id='c' />"].join("\n");
    expect(checkReferences(text, "t.mdx", none, none, CHART_IDS).map(formatIssue)).toMatchInlineSnapshot(`
      [
        "t.mdx:4:1 Chart id: unknown chart id (found "c"); expected one of funding-by-case, timeline.
          hint: declare the chart in src/lib/charts/ (npm run new:chart) or correct the id",
      ]
    `);
  });

  test("reports a figure or table number typed by hand, which the site adds itself", () => {
    const text = [
      '<ChartTable id="timeline" caption="Tabella 1. I casi" />',
      '<Chart id="timeline" number="2" />',
      '<ChartTable id="timeline" caption="I casi" />',
    ].join("\n\n");
    expect(checkReferences(text, "t.mdx", none, none, CHART_IDS).map(formatIssue)).toMatchInlineSnapshot(`
      [
        "t.mdx:1:1 ChartTable caption: figure or table number typed by hand (found "Tabella 1. I casi"); expected no number: figures and tables are numbered automatically, per chapter and in reading order.
          hint: write the caption without "Tabella …" or "Figura …"",
        "t.mdx:3:1 Chart number: figure or table number typed by hand (found "2"); expected no number: figures and tables are numbered automatically, per chapter and in reading order.
          hint: remove the number attribute",
      ]
    `);
  });

  test("reads an element written over several lines whole, and skips examples in fenced code", () => {
    const text = ["Testo.", "", "<ChartTable", '  id="timeline"', '  caption="Tabella 3. I casi"', "/>", "", "```mdx", '<Chart id="timeline" number="2" />', "```"].join("\n");
    expect(checkReferences(text, "t.mdx", none, none, CHART_IDS).map((i) => [i.line, i.column, i.field, i.value])).toEqual([
      [3, 1, "ChartTable caption", "Tabella 3. I casi"],
    ]);
  });

  test("reports every unknown mark on a line, left to right", () => {
    const issues = checkReferences("[a](glossario:x) e [b](glossario:y)", "t.mdx", none, none, CHART_IDS);
    expect(issues.map((i) => [i.line, i.column, i.value])).toEqual([
      [1, 1, "x"],
      [1, 20, "y"],
    ]);
  });

  test("points at the link's [ as the build does, and reads links with a title or brackets in their text", () => {
    const text = 'Come [Pierson [2000]](cite:pierson-2001 "titolo") e [termine](glossario:z "definizione").';
    const issues = checkReferences(text, "t.mdx", none, none, CHART_IDS);
    expect(issues.map((i) => [i.column, i.field, i.value])).toEqual([
      [53, "glossario", "z"],
      [6, "cite", "pierson-2001"],
    ]);
  });

  test("names the glossary folder and bibliography of the report being checked", () => {
    const paths = { glossary: "altro/glossary", bibliography: "altro/bibliography.yaml" };
    const [term, cite] = checkReferences("[a](glossario:x) [b](cite:y)", "t.mdx", none, none, CHART_IDS, paths);
    expect(term).toMatchObject({ expected: "the id of a file in altro/glossary/", hint: "add altro/glossary/x.md (npm run new:term) or correct the id" });
    expect(cite).toMatchObject({ expected: "an id listed in altro/bibliography.yaml" });
  });
});
