// Every page of the built site, in both colour schemes and at a phone and a
// laptop width, has no axe-core violation of a WCAG 2.x A/AA rule, and every
// text inside its charts has 4.5:1 contrast (axe cannot judge SVG text drawn
// over shapes). Pages come from dist, so a new page is covered automatically.
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Browser } from "playwright-core";
import { axeViolations, formatViolations } from "../helpers/axe.ts";
import { launchBrowser, SCHEMES, WIDTHS } from "../helpers/browser.ts";
import { chartTextContrast } from "../helpers/contrast.ts";
import { serveDir, type Served } from "../helpers/serve.ts";
import { DIST, listPages, pagePath } from "../helpers/site.ts";

let browser: Browser;
const pages = listPages();

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("the checks catch what they must", () => {
  test("axe and chartTextContrast fault the fixture page with contrast errors", async () => {
    const fixture = await serveDir(resolve(import.meta.dirname, "../fixtures/a11y"));
    // AxeBuilder needs a page from an explicit context (browser.newPage() is refused).
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${fixture.url}index.html`);
      const violations = await axeViolations(page);
      expect(violations.map((v) => `${v.rule} ${v.targets.join(" ")}`)).toEqual(["color-contrast p"]);
      const charts = await chartTextContrast(page);
      expect(charts.map((c) => c.replace(/:.*/, ""))).toEqual(['"su blu"', '"sbiadito"']);
    } finally {
      await context.close();
      await fixture.close();
    }
  });
});

describe("every page has no WCAG A/AA violation (axe-core) and readable chart text", () => {
  let site: Served;
  beforeAll(async () => {
    site = await serveDir(DIST);
  });
  afterAll(async () => {
    await site?.close();
  });

  for (const colorScheme of SCHEMES) {
    for (const width of [WIDTHS.phone, WIDTHS.desktop]) {
      test(`${colorScheme} scheme, ${width} px wide (${pages.length} pages)`, { timeout: 600_000 }, async () => {
        // One context per scheme × width; pages one after another (the machines have two cores).
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
        const page = await context.newPage();
        const problems: string[] = [];
        try {
          for (const file of pages) {
            await page.goto(new URL(pagePath(file).slice(1), site.url).href, { waitUntil: "load" });
            // Open every disclosure (data tables, the mobile menu, the inline contents) so axe sees what they hold.
            await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
            problems.push(...formatViolations(pagePath(file), await axeViolations(page)));
            problems.push(...(await chartTextContrast(page)).map((c) => `${pagePath(file)}: chart text contrast ${c}`));
          }
        } finally {
          await context.close();
        }
        expect(problems).toEqual([]);
      });
    }
  }
});
