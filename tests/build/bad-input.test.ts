// Runs the real `astro build` on report trees with one mistake each
// (tests/fixtures/bad-<case>/content, with the real data/) and checks that the
// build stops before rendering, naming the file, the line, the field and what
// is expected. The validation runs in the report integration's config hook, so
// a failing build writes nothing: no output folder, nothing in .astro/.
import { buildEnv } from "./helpers.ts";
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, test } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const TMP = mkdtempSync(join(tmpdir(), "bad-input-"));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

interface BuildResult {
  code: number;
  output: string;
  outDir: string;
}

/** `astro build` of tests/fixtures/<name>/content with the real data; never throws. */
async function build(name: string): Promise<BuildResult> {
  const outDir = join(TMP, name);
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ["node_modules/astro/bin/astro.mjs", "build"], {
      cwd: ROOT,
      env: buildEnv({
        REPORT_CONTENT_DIR: `tests/fixtures/${name}/content`,
        REPORT_DATA_DIR: "data",
        ASTRO_OUT_DIR: outDir,
      }),
      maxBuffer: 16 * 1024 * 1024,
    });
    return { code: 0, output: stdout + stderr, outDir };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === "number" ? e.code : 1, output: `${e.stdout ?? ""}${e.stderr ?? ""}`, outDir };
  }
}

/** The problem list of the build's error: from "N problem(s) in the report's sources:" to Astro's location or stack trace. */
function problems(output: string): string {
  // eslint-disable-next-line no-control-regex
  const text = output.replace(/\x1b\[[0-9;]*m/g, "");
  const start = text.search(/^\d+ problems? in the report's sources:$/m);
  if (start < 0) throw new Error(`no problem list in the build output:\n${text}`);
  return text.slice(start).split(/\n\s*(?:Location|Stack trace):/)[0]!.trimEnd();
}

describe.concurrent("astro build on a report with one mistake", () => {
  test("stops on a glossary mark for an unknown term, at the mark's line and column", async ({ expect }) => {
    const r = await build("bad-unknown-glossary-term");
    expect(r.code, r.output).not.toBe(0);
    expect(existsSync(r.outDir)).toBe(false);
    expect(problems(r.output)).toMatchInlineSnapshot(`
      "1 problem in the report's sources:
        tests/fixtures/bad-unknown-glossary-term/content/chapters/primo.mdx:8:31 glossario: glossary mark for an unknown term (found "ente-capofila"); expected the id of a file in tests/fixtures/bad-unknown-glossary-term/content/glossary/.
          hint: add tests/fixtures/bad-unknown-glossary-term/content/glossary/ente-capofila.md (npm run new:term) or correct the id"
    `);
  });

  test("stops on a duplicate chapter order, at the second chapter's order line", async ({ expect }) => {
    const r = await build("bad-duplicate-order");
    expect(r.code, r.output).not.toBe(0);
    expect(existsSync(r.outDir)).toBe(false);
    expect(problems(r.output)).toMatchInlineSnapshot(`
      "1 problem in the report's sources:
        tests/fixtures/bad-duplicate-order/content/chapters/secondo.mdx:4 order: duplicate chapter order, also used by tests/fixtures/bad-duplicate-order/content/chapters/primo.mdx (found "2"); expected an order no other chapter uses.
          hint: renumber one of the two chapters"
    `);
  });

  test("stops on a chapter without a title", async ({ expect }) => {
    const r = await build("bad-missing-title");
    expect(r.code, r.output).not.toBe(0);
    expect(existsSync(r.outDir)).toBe(false);
    expect(problems(r.output)).toMatchInlineSnapshot(`
      "1 problem in the report's sources:
        tests/fixtures/bad-missing-title/content/chapters/primo.mdx:1 title: missing field; expected string."
    `);
  });
});
