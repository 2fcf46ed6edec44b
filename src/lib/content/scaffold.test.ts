import { describe, expect, test } from "vitest";
import { ChapterSchema, GlossarySchema } from "../schemas/chapter.ts";
import { parseFrontmatter } from "./frontmatter.ts";
import { camelCase, chapterFile, chartModule, nextOrder, registerChart, shortTitleOf, slugify, termFile } from "./scaffold.ts";

describe("slugify(title)", () => {
  test("turns Italian accents into ASCII and everything else into single hyphens", () => {
    expect(slugify("Perché la città è cambiata")).toBe("perche-la-citta-e-cambiata");
    expect(slugify("L'Analisi dei casi – Alba & Bra")).toBe("l-analisi-dei-casi-alba-bra");
    expect(slugify("  Più  Welfare!! ")).toBe("piu-welfare");
    expect(slugify("Œuvre, Straße, Ærø")).toBe("oeuvre-strasse-aero");
  });

  test("cuts long titles at a hyphen and gives an empty slug for titles with no letters", () => {
    expect(slugify("uno due tre quattro cinque", 12)).toBe("uno-due-tre");
    expect(slugify("«»—…")).toBe("");
  });
});

describe("shortTitleOf(title)", () => {
  test("keeps short titles and cuts long ones at a word, within 30 characters", () => {
    expect(shortTitleOf("Le reti")).toBe("Le reti");
    expect(shortTitleOf("Borgomanero – Deperimetrazione dei servizi di contatto")).toBe("Borgomanero");
    expect(shortTitleOf("Città e comunità: un'altra prova di lunghezza")).toBe("Città e comunità");
    expect(shortTitleOf("Una lunga storia di reti territoriali e di innovazione")).toBe("Una lunga storia di reti");
  });
});

describe("nextOrder(orders)", () => {
  test("is one more than the largest whole number in use, ignoring invalid ones", () => {
    expect(nextOrder([0, 3, 11, "12", undefined, 2.5])).toBe(12);
    expect(nextOrder([])).toBe(0);
  });
});

describe("chapterFile(title, order, examples) and termFile(term)", () => {
  test("write frontmatter that the chapter schema accepts, with a YAML comment on what goes where", () => {
    const text = chapterFile("Perché: «la città» è cambiata", 7, { term: "capofila", chart: "timeline" });
    const r = parseFrontmatter(text, "x.mdx", ChapterSchema);
    expect(r.issues).toEqual([]);
    expect(r.data).toMatchObject({ title: "Perché: «la città» è cambiata", order: 7 });
    expect(text).toMatch(/^---\n# Nuovo capitolo/);
    expect(text).toContain("[parola](glossario:capofila)");
    expect(text).toContain('<Chart id="timeline" />');
    expect(text).not.toContain("cite:"); // no example without a real key
  });

  test("a glossary entry passes the glossary schema", () => {
    const r = parseFrontmatter(termFile("Ente gestore"), "x.md", GlossarySchema);
    expect(r.issues).toEqual([]);
    expect(r.data?.term).toBe("Ente gestore");
  });
});

describe("chartModule(template) and registerChart(source, id)", () => {
  test("the template declares the chart under its id and dataset", () => {
    const src = chartModule({ id: "lines-by-area", dataset: "interventions", by: "policy_area" });
    expect(src).toContain("export const linesByArea: PlotChart = {");
    expect(src).toContain('id: "lines-by-area"');
    expect(src).toContain("data.interventions");
    expect(src).toContain("String(row.policy_area)");
    expect(camelCase("a-b2-c")).toBe("aB2C");
  });

  const registry = `import { a } from "./a.ts";\nimport type { T } from "./types.ts";\n\nexport const CHARTS: readonly T[] = [\n  a,\n];\n`;

  test("adds the import and the list entry, once", () => {
    const out = registerChart(registry, "new-one")!;
    expect(out).toBe(
      `import { a } from "./a.ts";\nimport type { T } from "./types.ts";\nimport { newOne } from "./new-one.ts";\n\nexport const CHARTS: readonly T[] = [\n  a,\n  newOne,\n];\n`,
    );
    expect(registerChart(out, "new-one")).toBe(out);
  });

  test("returns undefined when the registry has another shape", () => {
    expect(registerChart("export const CHARTS = makeCharts();", "x")).toBeUndefined();
  });
});
