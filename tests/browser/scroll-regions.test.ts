// Table boxes (.table-scroll) are Tab stops in the HTML, so that a table wider
// than the screen can be scrolled with the keyboard. The page script takes the
// Tab stop away where the table fits, and gives it back when it stops fitting;
// without JavaScript every box keeps it.
import { describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { WIDTHS } from "../helpers/browser.ts";
import { builtSite } from "../helpers/built-site.ts";

const site = builtSite();

/** Each table box on the page: whether it is a Tab stop and whether it hides part of its table. */
function boxes(page: Page) {
  return page.locator(".table-scroll").evaluateAll((els) =>
    els.map((el) => ({
      label: el.getAttribute("aria-label"),
      tabStop: el.getAttribute("tabindex") === "0",
      overflows: el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1,
    })),
  );
}

describe("table boxes as Tab stops", () => {
  test(`on /dati/ at ${WIDTHS.phone} px, where the columns are stacked, no table box is a Tab stop`, async () => {
    const page = await site.browser.newPage({ viewport: { width: WIDTHS.phone, height: 800 } });
    try {
      await page.goto(`${site.url}dati/`, { waitUntil: "load" });
      const all = await boxes(page);
      expect(all.length).toBeGreaterThan(3);
      expect(all.filter((b) => b.tabStop)).toEqual([]);
      // Tab from the top of the content to its end never stops on a table box.
      await page.focus("#contenuto");
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press("Tab");
        expect(await page.evaluate(() => document.activeElement?.classList.contains("table-scroll"))).toBe(false);
      }
    } finally {
      await page.close();
    }
  });

  test("a table box becomes a Tab stop when its table stops fitting, and stops being one when it fits again", async () => {
    const page = await site.browser.newPage({ viewport: { width: WIDTHS.desktop, height: 800 } });
    try {
      await page.goto(`${site.url}dati/`, { waitUntil: "load" });
      const first = page.locator(".table-scroll").first();
      expect(await first.getAttribute("tabindex")).toBeNull();
      await first.evaluate((box) => ((box.firstElementChild as HTMLElement).style.minWidth = "3000px"));
      await expect.poll(() => first.getAttribute("tabindex")).toBe("0");
      await first.focus();
      await page.keyboard.press("ArrowRight");
      await expect.poll(() => first.evaluate((box) => box.scrollLeft)).toBeGreaterThan(0);
      await first.evaluate((box) => ((box.firstElementChild as HTMLElement).style.minWidth = ""));
      await expect.poll(() => first.getAttribute("tabindex")).toBeNull();
    } finally {
      await page.close();
    }
  });

  test(`a chart's data table that does not fit at ${WIDTHS.phone} px is a Tab stop once opened, and every box that hides part of its table is one`, async () => {
    const page = await site.browser.newPage({ viewport: { width: WIDTHS.phone, height: 800 } });
    try {
      await page.goto(`${site.url}analisi/`, { waitUntil: "load" });
      for (const summary of await page.locator("figure.chart details > summary").all()) await summary.click();
      const all = await boxes(page);
      expect(all.some((b) => b.overflows)).toBe(true);
      expect(all.filter((b) => b.overflows !== b.tabStop)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test("without JavaScript every table box stays a Tab stop", async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: WIDTHS.phone, height: 800 } });
    try {
      const page = await context.newPage();
      await page.goto(`${site.url}dati/`, { waitUntil: "load" });
      const all = await boxes(page);
      expect(all.length).toBeGreaterThan(3);
      expect(all.every((b) => b.tabStop)).toBe(true);
    } finally {
      await context.close();
    }
  });
});
