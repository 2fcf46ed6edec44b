// Text from CSV files and frontmatter is escaped wherever it lands: the hostile
// fixture builds into pages, SVG exports and feeds where none of it becomes
// markup, and all of it still reads as text. (tests/browser/hostile.test.ts
// loads the same pages in Chromium with the CSP switched off.)
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML, DOMParser } from "linkedom";
import { beforeAll, describe, expect, test } from "vitest";
import { injectedMarkup } from "../helpers/escaping.ts";
import { buildHostile, HOSTILE_TEXT } from "../helpers/hostile.ts";
import { listFiles, listPages, readPage } from "../helpers/site.ts";

const html = (markup: string) =>
  parseHTML(`<!DOCTYPE html><html><body>${markup}</body></html>`).document as unknown as Document;
const xml = (text: string) => new DOMParser().parseFromString(text, "image/svg+xml") as unknown as Document;

describe("injectedMarkup(document)", () => {
  test("finds each kind of injected markup, and passes what the site renders itself", () => {
    const found = injectedMarkup(
      html(`
        <script type="module" src="/_astro/page.js"></script>
        <p data-tip="javascript:alert(1)" aria-label="<script>">testo, non markup</p>
        <script>alert(1)</script>
        <img src="x" onerror="alert(2)" alt="">
        <svg onload="alert(3)"></svg>
        <a href=" java&#9;script:alert(4)">link</a>
        <iframe srcdoc="<script>alert(5)</script>" title="x"></iframe>
        <form action="javascript:alert(6)"></form>
        <style>body{}</style>`),
    ).map((f) => f.replace(/:.*$/s, ""));
    expect(found).toEqual([
      "inline script",
      "onerror handler",
      "onload handler",
      'href=" java\tscript',
      "iframe srcdoc",
      'action="javascript',
      "<style> element",
    ]);
  });
});

describe("the hostile fixture, built", () => {
  let dir: string;
  beforeAll(() => {
    dir = buildHostile(".tmp/dist-hostile-site");
  }, 300_000);

  test("no page holds markup that came from the data", () => {
    const found = listPages(dir).flatMap((file) => injectedMarkup(readPage(file, dir)).map((f) => `${file}: ${f}`));
    expect(found).toEqual([]);
  });

  test("the hostile strings read as text, exactly as written", () => {
    const missing: string[] = [];
    for (const [file, strings] of Object.entries(HOSTILE_TEXT)) {
      const text = readPage(file, dir).body.textContent ?? "";
      for (const s of strings) if (!text.includes(s)) missing.push(`${file}: ${s}`);
    }
    expect(missing).toEqual([]);
  });

  test("no SVG export holds a script or an event handler (an .svg opened on its own is a document)", () => {
    const svgs = listFiles(dir).filter((f) => f.endsWith(".svg"));
    expect(svgs.length).toBeGreaterThan(0);
    const found = svgs.flatMap((file) =>
      injectedMarkup(xml(readFileSync(join(dir, file), "utf8"))).map((f) => `${file}: ${f}`),
    );
    expect(found).toEqual([]);
  });

  test("feeds: text is escaped once more inside HTML content, so readers show it as text", () => {
    const feeds = listFiles(dir).filter((f) => f.endsWith(".xml") && !f.startsWith("pagefind/"));
    const found: string[] = [];
    for (const file of feeds) {
      const doc = xml(readFileSync(join(dir, file), "utf8"));
      found.push(...injectedMarkup(doc).map((f) => `${file}: ${f}`));
      for (const el of doc.querySelectorAll('[type="html"]')) {
        found.push(...injectedMarkup(html(el.textContent ?? "")).map((f) => `${file} <${el.tagName}>: ${f}`));
      }
    }
    expect(found).toEqual([]);
  });
});
