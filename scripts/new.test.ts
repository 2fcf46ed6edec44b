// `npm run new:chapter|term|chart` end to end, each in a temporary copy of the
// project (under .tmp/ so that the copied chart modules find node_modules):
// the new file must pass checkProject / its schema, and nothing is overwritten.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { checkProject } from "../src/lib/check/check-project.ts";
import { parseFrontmatter } from "../src/lib/content/frontmatter.ts";
import { listFiles } from "../src/lib/content/read-content.ts";
import { ChapterSchema, GlossarySchema } from "../src/lib/schemas/chapter.ts";
import { CHART_IDS } from "../src/lib/charts/registry.ts";

const ROOT = resolve(import.meta.dirname, "..");
let project: string;

/** Runs scripts/new.ts with the given args in the repository, without the REPORT_* variables unless given. */
function scaffold(args: string[], env: NodeJS.ProcessEnv = {}) {
  const { REPORT_CONTENT_DIR: _c, REPORT_DATA_DIR: _d, ...base } = process.env;
  const r = spawnSync(process.execPath, [join(ROOT, "scripts/new.ts"), ...args], { cwd: ROOT, encoding: "utf8", env: { ...base, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  mkdirSync(join(ROOT, ".tmp"), { recursive: true });
  project = mkdtempSync(join(ROOT, ".tmp", "new-test-"));
  cpSync(join(ROOT, "src/content"), join(project, "src/content"), { recursive: true });
  cpSync(join(ROOT, "src/lib"), join(project, "src/lib"), { recursive: true, filter: (p) => !p.endsWith(".test.ts") });
  cpSync(join(ROOT, "src/pages"), join(project, "src/pages"), { recursive: true });
  cpSync(join(ROOT, "data"), join(project, "data"), { recursive: true });
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe("npm run new:chapter", () => {
  test("writes <slug>.mdx with the next free order, and the tree still passes checkProject", () => {
    const r = scaffold(["chapter", "Perché la città è cambiata", "--root", project]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe("src/content/chapters/perche-la-citta-e-cambiata.mdx");
    const text = readFileSync(join(project, r.stdout.trim()), "utf8");
    const { data, issues } = parseFrontmatter(text, "x.mdx", ChapterSchema);
    expect(issues).toEqual([]);
    expect(data?.order).toBe(Math.max(...chapterOrders(join(ROOT, "src/content/chapters"))) + 1);
    expect(checkProject(project, CHART_IDS)).toEqual([]);
  });

  test("refuses to overwrite, and leaves the file as it was", () => {
    const file = join(project, "src/content/chapters/perche-la-citta-e-cambiata.mdx");
    writeFileSync(file, readFileSync(file, "utf8") + "\nTesto scritto a mano.\n");
    const before = readFileSync(file, "utf8");
    const r = scaffold(["chapter", "Perché la città è cambiata", "--root", project]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("src/content/chapters/perche-la-citta-e-cambiata.mdx already exists; nothing was written");
    expect(readFileSync(file, "utf8")).toBe(before);
  });

  test("refuses a slug that is already a page of the site", () => {
    const r = scaffold(["chapter", "Cerca", "--root", project]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('the slug "cerca" is already a page of the site');
    expect(existsSync(join(project, "src/content/chapters/cerca.mdx"))).toBe(false);
  });

  test("follows REPORT_CONTENT_DIR when no --root is given", () => {
    const content = relative(ROOT, join(project, "src/content"));
    const r = scaffold(["chapter", "Un capitolo in più"], { REPORT_CONTENT_DIR: content });
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(`${content}/chapters/un-capitolo-in-piu.mdx`);
    expect(checkProject(project, CHART_IDS)).toEqual([]);
  });
});

describe("npm run new:term", () => {
  test("writes <slug>.md that passes the glossary schema and checkProject", () => {
    const r = scaffold(["term", "Sussidiarietà orizzontale", "--root", project]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe("src/content/glossary/sussidiarieta-orizzontale.md");
    expect(r.stderr).toContain("[parola](glossario:sussidiarieta-orizzontale)");
    const { issues } = parseFrontmatter(readFileSync(join(project, r.stdout.trim()), "utf8"), "x.md", GlossarySchema);
    expect(issues).toEqual([]);
    expect(checkProject(project, CHART_IDS)).toEqual([]);
    expect(scaffold(["term", "Sussidiarietà orizzontale", "--root", project]).code).toBe(1);
  });
});

describe("npm run new:chart", () => {
  test("writes a chart module, registers it, and the chart renders from the real data", async () => {
    const r = scaffold(["chart", "lines-by-case", "--root", project]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe("src/lib/charts/lines-by-case.ts");
    expect(r.stderr).toContain("added to src/lib/charts/registry.ts");
    const url = (p: string) => pathToFileURL(join(project, p)).href;
    const registry = (await import(url("src/lib/charts/registry.ts"))) as typeof import("../src/lib/charts/registry.ts");
    const render = (await import(url("src/lib/charts/render.ts"))) as typeof import("../src/lib/charts/render.ts");
    const { loadData } = (await import(url("src/lib/csv/load-data.ts"))) as typeof import("../src/lib/csv/load-data.ts");
    expect(registry.CHART_IDS.has("lines-by-case")).toBe(true);
    const chart = registry.getChart("lines-by-case");
    const data = loadData(join(ROOT, "data"));
    expect(chart.describe(data)).toMatch(/^Grafico a barre orizzontali: alessandria: \d+;/);
    const svg = render.renderChart(chart, data).panels[0]!.svg;
    expect(svg.match(/<rect/g)?.length).toBe(new Set(data.interventions.map((r) => r.case_id)).size);
    // A chapter may now use it: checkProject accepts the id.
    writeFileSync(join(project, "src/content/chapters/un-capitolo-in-piu.mdx"), readFileSync(join(project, "src/content/chapters/un-capitolo-in-piu.mdx"), "utf8") + '\n<Chart id="lines-by-case" />\n');
    expect(checkProject(project, registry.CHART_IDS)).toEqual([]);
  });

  test("the generated module type-checks under the project's strict tsconfig", { timeout: 120_000 }, () => {
    writeFileSync(
      join(project, "tsconfig.json"),
      JSON.stringify({ extends: relative(project, join(ROOT, "tsconfig.json")), include: ["src/lib/charts/lines-by-case.ts"], exclude: [], compilerOptions: { noEmit: true } }),
    );
    const tsc = spawnSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", project], { encoding: "utf8" });
    expect(tsc.stdout + tsc.stderr).toBe("");
    expect(tsc.status).toBe(0);
  });

  test("takes --dataset and --by, and rejects unknown ones, bad ids and existing files", () => {
    const ok = scaffold(["chart", "actors-by-type", "--dataset", "actors.csv", "--by", "type", "--no-register", "--root", project]);
    expect(ok.code).toBe(0);
    expect(ok.stderr).toContain('add to src/lib/charts/registry.ts: import { actorsByType } from "./actors-by-type.ts";');
    expect(readFileSync(join(project, "src/lib/charts/actors-by-type.ts"), "utf8")).toContain("String(row.type)");
    expect(scaffold(["chart", "x-y", "--dataset", "nope", "--root", project]).stderr).toContain('unknown dataset "nope"');
    expect(scaffold(["chart", "x-y", "--by", "nope", "--root", project]).stderr).toContain('interventions.csv has no column "nope"');
    expect(scaffold(["chart", "Bad Id", "--root", project]).stderr).toContain('"Bad Id" is not a valid chart id');
    const again = scaffold(["chart", "timeline", "--root", project]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("src/lib/charts/timeline.ts already exists");
  });
});

function chapterOrders(dir: string): number[] {
  return listFiles(dir, ".mdx").map((f) => parseFrontmatter(readFileSync(join(dir, f), "utf8"), f, ChapterSchema).data!.order);
}
