// The HTML of every built page validates with html-validate and the project's
// .htmlvalidate.json (html-validate:recommended; tests/README.md explains each override).
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { validateHtml } from "../helpers/html.ts";
import { DIST, listPages, requireDist } from "../helpers/site.ts";

const FIXTURE = resolve(import.meta.dirname, "../fixtures/invalid-html/index.html");

describe("validateHtml(html, filename)", () => {
  test("reports each mistake of the fixture page by rule", async () => {
    const problems = await validateHtml(readFileSync(FIXTURE, "utf8"), "invalid-html/index.html");
    expect(problems.map((p) => p.replace(/ \(.*$/, ""))).toEqual([
      'invalid-html/index.html:10:14 no-dup-id: Duplicate ID "doppio"',
      'invalid-html/index.html:11:8 wcag/h37: <img> is missing required "alt" attribute',
      "invalid-html/index.html:12:12 element-permitted-content: <div> element is not permitted as content under <ul>",
      'invalid-html/index.html:13:8 no-implicit-button-type: <button> is missing recommended "type" attribute',
      "invalid-html/index.html:14:10 no-inline-style: Inline style is not allowed",
    ]);
  });
});

describe("the built site", () => {
  test("every page is valid HTML", async () => {
    const dir = requireDist(DIST);
    const problems: string[] = [];
    for (const file of listPages(dir))
      problems.push(...(await validateHtml(readFileSync(join(dir, file), "utf8"), file)));
    expect(problems).toEqual([]);
  });
});
