// Printing a chapter (print media emulation) drops the site's navigation and
// controls and keeps the text, every chart and the notes.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "../helpers/browser.ts";
import { serveDir, type Served } from "../helpers/serve.ts";
import { DIST, listPages, pagePath, readPage } from "../helpers/site.ts";

let browser: Browser;
let site: Served;
let page: Page;

// The chapter with the most to print: charts and footnotes.
const chapter = listPages()
  .filter((f) => readPage(f).querySelector("figure.chart") && readPage(f).querySelector(".footnotes"))
  .map((f) => pagePath(f).slice(1))[0];

beforeAll(async () => {
  if (!chapter) throw new Error("no built page has both a chart and footnotes");
  browser = await launchBrowser();
  site = await serveDir(DIST);
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: "dark" });
  await page.goto(new URL(chapter, site.url).href, { waitUntil: "load" });
  await page.emulateMedia({ media: "print" });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const displayed = (selector: string) =>
  page.locator(selector).evaluateAll((els) => els.filter((el) => el.checkVisibility()).length);

describe(`printing ${chapter ?? "a chapter"}`, () => {
  test("hides the header, navigation, table of contents, footer and chart controls", async () => {
    for (const selector of [
      ".site-header",
      ".sidebar",
      ".mobile-nav",
      ".toc",
      ".prev-next",
      ".site-footer",
      ".skip-link",
      ".chart-actions",
      ".chart-controls",
    ]) {
      expect(await displayed(selector), selector).toBe(0);
    }
  });

  test("keeps the title, every chart with its legend, and the notes", async () => {
    expect(await displayed("main h1")).toBe(1);
    const figures = await page.locator("figure.chart").count();
    const drawn = await page
      .locator("figure.chart")
      .evaluateAll(
        (els) =>
          els.filter((fig) =>
            [...fig.querySelectorAll(".chart-body svg")].some(
              (svg) => svg.checkVisibility() && svg.getBoundingClientRect().width > 100,
            ),
          ).length,
      );
    expect(drawn).toBe(figures);
    expect(await displayed(".footnotes li")).toBe(await page.locator(".footnotes li").count());
    // Legend entries are buttons on screen; on paper they are still the legend.
    expect(await displayed(".chart-legend li")).toBe(await page.locator(".chart-legend li").count());
  });

  test("prints dark text on white even when the reader's screen is in dark mode", async () => {
    const [fg, bg] = await page.evaluate(() => [
      getComputedStyle(document.body).color,
      getComputedStyle(document.body).backgroundColor,
    ]);
    expect(fg).toBe("rgb(0, 0, 0)");
    expect(bg).toMatch(/^rgb\(255, 255, 255\)|rgba\(0, 0, 0, 0\)$/);
  });

  test("the main text takes the full width of the page", async () => {
    const width = await page.locator("main").evaluate((el) => el.getBoundingClientRect().width);
    expect(width).toBeGreaterThan(1280 * 0.8);
  });
});
