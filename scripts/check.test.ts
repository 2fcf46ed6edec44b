// `npm run check` end to end: it passes on good trees (the repository's own, the
// hostile fixture), and on a tree with one mistake of each kind it lists every
// problem with file:line:column, field, value and what is expected, then exits 1.
// Trees are copies in temporary folders, reached with the project-dir argument
// or with REPORT_CONTENT_DIR / REPORT_DATA_DIR (paths relative to the project).
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "..");

function check(args: string[] = [], env: NodeJS.ProcessEnv = {}) {
  const { REPORT_CONTENT_DIR: _c, REPORT_DATA_DIR: _d, ...base } = process.env;
  const started = performance.now();
  const r = spawnSync(process.execPath, [join(ROOT, "scripts/check.ts"), ...args], { cwd: ROOT, encoding: "utf8", env: { ...base, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr, ms: performance.now() - started };
}

/** Edits a file of the copied tree: `edit` gets the text and returns the new one. */
function edit(dir: string, file: string, change: (text: string) => string): void {
  const path = join(dir, file);
  writeFileSync(path, change(readFileSync(path, "utf8")));
}

/** 1-based line of the first (or last) line containing `needle`. */
function lineOf(dir: string, file: string, needle: string, last = false): number {
  const lines = readFileSync(join(dir, file), "utf8").split("\n");
  const i = last ? lines.findLastIndex((l) => l.includes(needle)) : lines.findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`${needle} not in ${file}`);
  return i + 1;
}

/** 1-based column of `needle` in line `line` of a file. */
function columnOf(dir: string, file: string, line: number, needle: string): number {
  return readFileSync(join(dir, file), "utf8").split("\n")[line - 1]!.indexOf(needle) + 1;
}

/** Puts one mistake of each kind into a copy of the repository's sources under `dir` (content in `c`, data in `d`). */
function breakTree(dir: string, c: string, d: string) {
  edit(dir, `${c}/chapters/analisi.mdx`, (t) => t.replace(/^summary: .*\n/m, ""));
  edit(dir, `${c}/chapters/caso-alba.mdx`, (t) => t.replace(/^shortTitle: .*$/m, 'shortTitle: "Un titolo breve che non è affatto breve"'));
  edit(dir, `${c}/chapters/reti.mdx`, (t) =>
    t.replace(
      "## Perché guardare alle reti\n",
      '## Perché guardare alle reti\n\nGli [enti](glossario:ente-inesistente) e [Rossi 2000](cite:rossi-2000).\n\n<Chart id="grafico-inesistente" />\n',
    ),
  );
  edit(dir, `${c}/glossary/capofila.md`, (t) => t.replace(/^short: .*$/m, 'short: "Guida."'));
  edit(dir, `${c}/bibliography.yaml`, (t) => `${t.trimEnd()}\n- id: aimo-et-al-2020\n  authors: "Aimo et al."\n  year: 2020\n`);
  edit(dir, `${c}/story.yaml`, (t) => t.replace("chapter: conclusioni", "chapter: capitolo-inesistente"));
  edit(dir, `${d}/funding.csv`, (t) => t.replace("867617.14", "circa 867617"));
  edit(dir, `${d}/ties.csv`, (t) => t.replace("al-eg-casale,1,dedotto", "al-eg-casale,4,dedotto"));
}

/** Every problem the broken tree must report, as the start of its line in the output. */
function expectedProblems(dir: string, c: string, d: string): string[] {
  const file = `${c}/chapters/reti.mdx`;
  const reti = lineOf(dir, file, "glossario:ente-inesistente");
  return [
    `${c}/bibliography.yaml:${lineOf(dir, `${c}/bibliography.yaml`, "id: aimo-et-al-2020", true)} id: duplicate bibliography id (found "aimo-et-al-2020").`,
    `${c}/chapters/analisi.mdx:1 summary: missing field; expected string.`,
    `${c}/chapters/caso-alba.mdx:${lineOf(dir, `${c}/chapters/caso-alba.mdx`, "shortTitle:")} shortTitle: shortTitle longer than 30 characters (found "Un titolo breve che non è affatto breve").`,
    `${file}:${reti}:${columnOf(dir, file, reti, "[enti]")} glossario: glossary mark for an unknown term (found "ente-inesistente"); expected the id of a file in ${c}/glossary/.`,
    `${file}:${reti}:${columnOf(dir, file, reti, "[Rossi 2000]")} cite: citation key with no bibliography entry (found "rossi-2000"); expected an id listed in ${c}/bibliography.yaml.`,
    `${file}:${reti + 2}:1 Chart id: unknown chart id (found "grafico-inesistente"); expected one of `,
    `${c}/glossary/capofila.md:${lineOf(dir, `${c}/glossary/capofila.md`, "short:")} short: short definition shorter than 10 characters (found "Guida.").`,
    `${c}/story.yaml:${lineOf(dir, `${c}/story.yaml`, "capitolo-inesistente")} findings.0.chapter: names an unknown chapter (found "capitolo-inesistente"); expected one of `,
    `${d}/funding.csv:2:`,
    `${d}/ties.csv:${lineOf(dir, `${d}/ties.csv`, "al-eg-casale,4")}:`,
  ];
}

/** The problem lines of check's output (not the hints, not the summary). */
const problemLines = (out: string) => out.split("\n").filter((l) => l && !l.startsWith(" ") && !l.startsWith("check:"));

describe("npm run check", () => {
  test("passes on the repository's own tree and on the hostile fixture, exit code 0", () => {
    const own = check();
    expect(own.out).toMatch(/^check: no problems found \(\d+ ms\)\n$/);
    expect(own.code).toBe(0);
    const hostile = check([], { REPORT_CONTENT_DIR: "tests/fixtures/hostile/content", REPORT_DATA_DIR: "tests/fixtures/hostile/data" });
    expect(hostile.out).toMatch(/^check: no problems found/);
    expect(hostile.code).toBe(0);
  });

  describe("on a tree with one mistake of each kind (project-dir argument)", () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), "wecare-check-"));
      cpSync(join(ROOT, "src/content"), join(dir, "src/content"), { recursive: true });
      cpSync(join(ROOT, "data"), join(dir, "data"), { recursive: true });
      breakTree(dir, "src/content", "data");
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    test("lists every problem, sorted by file and line, and exits 1", () => {
      const r = check([dir]);
      expect(r.code).toBe(1);
      const lines = problemLines(r.out);
      const expected = expectedProblems(dir, "src/content", "data");
      for (const start of expected) expect(lines.some((l) => l.startsWith(start)), `${start}\n\n${r.out}`).toBe(true);
      expect(lines).toHaveLength(expected.length);
      expect(r.out).toContain(`check: ${expected.length} problems found`);
      const files = lines.map((l) => l.split(":")[0]!);
      expect(files).toEqual([...files].sort((a, b) => a.localeCompare(b)));
    });

    test("CSV problems name the line, column, field, the value found and what is expected", () => {
      const r = check([dir]);
      const funding = r.out.split("\n").find((l) => l.startsWith("data/funding.csv:"))!;
      expect(funding).toMatch(/^data\/funding\.csv:2:\d+ funding_eur: .*\(found "circa 867617"\); expected .+\.$/);
      const ties = r.out.split("\n").find((l) => l.startsWith("data/ties.csv:"))!;
      expect(ties).toMatch(/^data\/ties\.csv:\d+:\d+ wave: .*\(found "4"\); expected .*1.*2.*3/);
    });
  });

  test("reads REPORT_CONTENT_DIR and REPORT_DATA_DIR, reporting paths as they are given", () => {
    mkdirSync(join(ROOT, ".tmp"), { recursive: true });
    const dir = mkdtempSync(join(ROOT, ".tmp", "check-test-"));
    try {
      cpSync(join(ROOT, "src/content"), join(dir, "content"), { recursive: true });
      cpSync(join(ROOT, "data"), join(dir, "data"), { recursive: true });
      const c = relative(ROOT, join(dir, "content"));
      const d = relative(ROOT, join(dir, "data"));
      expect(check([], { REPORT_CONTENT_DIR: c, REPORT_DATA_DIR: d }).code).toBe(0);
      breakTree(ROOT, c, d);
      const r = check([], { REPORT_CONTENT_DIR: c, REPORT_DATA_DIR: d });
      expect(r.code).toBe(1);
      const lines = problemLines(r.out);
      const expected = expectedProblems(ROOT, c, d);
      for (const start of expected) expect(lines.some((l) => l.startsWith(start)), `${start}\n\n${r.out}`).toBe(true);
      expect(lines).toHaveLength(expected.length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("takes a fraction of a second (figures in docs/GUIDA.md)", () => {
    const runs = [check(), check(), check()].map((r) => r.ms).sort((a, b) => a - b);
    const reported = Number(/\((\d+) ms\)/.exec(check().out)![1]);
    console.log(`npm run check: ${Math.round(runs[1]!)} ms wall clock (median of 3, Node start-up included), ${reported} ms of checking`);
    expect(runs[1]).toBeLessThan(10_000);
  });
});
