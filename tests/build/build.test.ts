// Three guarantees of scripts/build.ts, on real builds:
// - without git history (a tarball, a CI checkout without .git) the build still
//   succeeds: chapters say their date is unknown, the updates page explains why
//   it is empty, and the feed is valid with a date that does not come from the clock;
// - it never leaves a half-written output: it builds into .tmp/ and swaps into
//   DIST_DIR only on success, so a build that fails (a bad CSV through
//   REPORT_DATA_DIR) exits non-zero, prints file:line:column, and leaves the
//   previous output byte-identical;
// - a rebuild redoes only what changed: with nothing changed it reuses the search
//   index, and after a text edit it compiles the edited chapter beside Astro (a
//   failure there would otherwise be silent, only slower) and the page shows the edit.
// (Two good builds being byte-identical is tests/site/reproducible.test.ts.)
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseHTML } from "linkedom";
import { build, fingerprint, ROOT } from "./helpers.ts";

let work: string;
let dist: string;
const rel = (p: string) => relative(ROOT, p);
const page = (path: string) => parseHTML(readFileSync(join(dist, path), "utf8")).document;

beforeAll(() => {
  mkdirSync(join(ROOT, ".tmp"), { recursive: true });
  work = mkdtempSync(join(ROOT, ".tmp", "build-test-"));
  dist = join(work, "dist");
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("scripts/build.ts", () => {
  test("without git history the build succeeds and says that dates are unknown", { timeout: 900_000 }, () => {
    // GIT_DIR at an empty folder: every git command fails, as in an unpacked tarball.
    const noGit = join(work, "no-git");
    mkdirSync(noGit);
    const r = build(rel(dist), { GIT_DIR: noGit, SOURCE_DATE_EPOCH: "1700000000" });
    expect(r.code, r.output).toBe(0);
    console.log(`build: ${Math.round(r.ms)} ms wall clock (lock wait included)`);
    for (const slug of ["introduzione", "reti"]) {
      expect(page(`${slug}/index.html`).querySelector(".last-updated")?.textContent).toContain("Data di aggiornamento non disponibile");
    }
    const updates = page("aggiornamenti/index.html");
    expect(updates.querySelectorAll(".updates > li").length).toBe(0);
    expect(updates.querySelector(".updates-note")?.textContent).toContain("La cronologia delle modifiche non è disponibile");
    const feed = readFileSync(join(dist, "aggiornamenti/feed.xml"), "utf8");
    expect(feed).toContain("<updated>2023-11-14T22:13:20.000Z</updated>");
    expect(feed).not.toContain("<entry>");
  });

  test("a rebuild reuses what did not change, and shows what did", { timeout: 900_000 }, () => {
    // A copy of the report, so that a chapter can be edited without touching the checkout.
    const content = join(work, "content");
    cpSync(join(ROOT, "src/content"), content, { recursive: true });
    const env = { REPORT_CONTENT_DIR: rel(content), SKIP_EXPORTS: "1" };
    const out = rel(join(work, "dist-warm"));
    expect(build(out, env).code).toBe(0);

    const same = build(out, env);
    expect(same.code, same.output).toBe(0);
    expect(same.output).toContain("pagefind → no page changed, index reused");
    expect(same.output).not.toContain("chapters compiled beside Astro");

    const chapter = join(content, "chapters/conclusioni.mdx");
    writeFileSync(chapter, `${readFileSync(chapter, "utf8")}\nUna frase aggiunta per la prova di ricostruzione.\n`);
    const edited = build(out, env);
    expect(edited.code, edited.output).toBe(0);
    // The edited chapter is compiled by scripts/build.ts beside Astro (prewarmMdx), not by Astro:
    // a failure there would be silent, and only slower.
    expect(edited.output).toContain("chapters compiled beside Astro (conclusioni.mdx)");
    expect(edited.output).not.toContain("index reused");
    expect(readFileSync(join(ROOT, out, "conclusioni/index.html"), "utf8")).toContain("Una frase aggiunta per la prova di ricostruzione.");
  });

  test("a failed build exits non-zero, says file:line:column, and leaves the previous output as it was", { timeout: 900_000 }, () => {
    const before = fingerprint(dist);
    expect(before.size).toBeGreaterThan(50);

    const data = join(work, "bad-data");
    cpSync(join(ROOT, "data"), data, { recursive: true });
    const csv = join(data, "funding.csv");
    const lines = readFileSync(csv, "utf8").split("\n");
    lines[2] = lines[2]!.replace(/,(\d+\.\d+),Tabella 1$/, ",circa $1,Tabella 1");
    writeFileSync(csv, lines.join("\n"));

    const bad = build(rel(dist), { REPORT_DATA_DIR: rel(data) });
    expect(bad.code).not.toBe(0);
    expect(bad.output).toMatch(new RegExp(`${rel(data).replace(/[.]/g, "\\.")}/funding\\.csv:3:\\d+ funding_eur: not a number \\(found "circa `));
    expect(bad.output).toContain(`${dist} was left as it was`);
    const after = fingerprint(dist);
    expect([...after.keys()]).toEqual([...before.keys()]);
    expect([...after].filter(([f, h]) => before.get(f) !== h)).toEqual([]);
    // Nothing half-written is left beside it.
    expect(readdirSync(work).filter((n) => n.startsWith("dist.old-"))).toEqual([]);
    expect(existsSync(join(dist, "index.html"))).toBe(true);
  });
});
