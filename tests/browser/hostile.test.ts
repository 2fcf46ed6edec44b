// The hostile fixture (CSV labels and frontmatter full of <script>, onerror,
// javascript: and SVG payloads) runs in Chromium without any of it executing
// or becoming markup, even with the Content-Security-Policy switched off:
// escaping must hold on its own, the CSP is a second line of defence.
import { resolve } from "node:path";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser, watchPage, WIDTHS } from "../helpers/browser.ts";
import { injectedMarkup } from "../helpers/escaping.ts";
import { buildHostile } from "../helpers/hostile.ts";
import { serveDir, type Served } from "../helpers/serve.ts";
import { listPages, pagePath } from "../helpers/site.ts";

let browser: Browser;
let context: BrowserContext;
let site: Served;
let pages: string[] = [];

beforeAll(async () => {
  const dir = buildHostile(".tmp/dist-hostile-browser");
  pages = listPages(dir);
  site = await serveDir(dir);
  browser = await launchBrowser();
  context = await browser.newContext({ bypassCSP: true, viewport: { width: WIDTHS.desktop, height: 900 } });
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Markup in the live DOM that the site never renders itself (see injectedMarkup). */
async function injected(page: Page): Promise<string[]> {
  return injectedMarkup(parseHTML(await page.content()).document as unknown as Document);
}

describe("the checks catch what they must", () => {
  test("an unescaped label in a fixture page fires a dialog and leaves an onerror handler", async () => {
    const fixture = await serveDir(resolve(import.meta.dirname, "../fixtures/injected"));
    const page = await context.newPage();
    try {
      const seen = watchPage(page);
      await page.goto(`${fixture.url}index.html`, { waitUntil: "load" });
      await expect.poll(() => seen.dialogs).toEqual(["alert: iniettato"]);
      expect((await injected(page)).map((i) => i.replace(/:.*/, ""))).toEqual(["onerror handler"]);
    } finally {
      await page.close();
      await fixture.close();
    }
  });
});

describe("the hostile fixture in a browser, CSP off", () => {
  test(
    "on every page, loading, then focusing and hovering every chart mark and glossary term and pressing every chart button, fires no dialog and leaves no injected markup",
    { timeout: 300_000 },
    async () => {
      const problems: string[] = [];
      const page = await context.newPage();
      const seen = watchPage(page);
      try {
        for (const file of pages) {
          const where = pagePath(file);
          await page.goto(new URL(where.slice(1), site.url).href, { waitUntil: "load" });
          problems.push(...(await injected(page)).map((i) => `${where}, loaded: ${i}`));
          // One evaluate, not a round trip per element: the client script's handlers run all the same.
          await page.evaluate(() => {
            for (const el of document.querySelectorAll<HTMLElement | SVGElement>("[data-tip]")) {
              el.focus();
              el.dispatchEvent(new MouseEvent("mouseenter"));
            }
            for (const el of document.querySelectorAll<HTMLElement>(".term")) {
              el.querySelector<HTMLElement>(".term-link")?.focus();
              el.dispatchEvent(new MouseEvent("mouseenter"));
            }
            for (const el of document.querySelectorAll<HTMLButtonElement>("figure.chart button")) el.click();
          });
          problems.push(...(await injected(page)).map((i) => `${where}, after interaction: ${i}`));
          problems.push(...seen.dialogs.splice(0).map((d) => `${where}: dialog ${d}`));
        }
      } finally {
        await page.close();
      }
      expect(pages.length).toBeGreaterThan(3);
      expect(problems).toEqual([]);
    },
  );

  test("the tooltip shows a hostile label as text", async () => {
    const page = await context.newPage();
    try {
      await page.goto(new URL("primo/", site.url).href, { waitUntil: "load" });
      const mark = page.locator("[data-tip*='<script>alert(11)</script>']").filter({ visible: true }).first();
      await mark.focus();
      expect(await page.locator(".chart-tooltip").textContent()).toContain("<script>alert(11)</script>");
      expect(await page.locator(".chart-tooltip *").count()).toBe(0);
    } finally {
      await page.close();
    }
  });
});
