// Chart labels never cover one another, on a phone or a desktop: a reader
// cannot read two labels drawn on top of each other, and no test of the chart
// modules can see it (text widths are the browser's).
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser, overlappingChartText, WIDTHS } from "../helpers/browser.ts";
import { serveDir } from "../helpers/serve.ts";
import { DIST, listPages, pagePath, readPage } from "../helpers/site.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("overlappingChartText(page)", () => {
  test("reports two labels drawn on top of each other, not rotated labels that only come close", async () => {
    const site = await serveDir(resolve(import.meta.dirname, "../fixtures/chart-text"));
    const page = await browser.newPage();
    try {
      await page.goto(`${site.url}index.html`);
      expect(await overlappingChartText(page)).toEqual(["crowded: «Alfa» × «Beta»"]);
    } finally {
      await page.close();
      await site.close();
    }
  });
});

describe("every page with a chart", () => {
  const pages = listPages().filter((p) => readPage(p).querySelector("figure.chart svg") !== null);

  // Without JavaScript every wave of a network is drawn side by side, with labels enlarged for narrow panels.
  test.each([
    [WIDTHS.phone, "on"],
    [WIDTHS.desktop, "on"],
    [WIDTHS.desktop, "off"],
  ] as const)("at %i px with JavaScript %s, no chart label covers another", { timeout: 300_000 }, async (width, js) => {
    expect(pages.length).toBeGreaterThan(10);
    const site = await serveDir(DIST);
    const page = await browser.newPage({ viewport: { width, height: 900 }, javaScriptEnabled: js === "on" });
    const problems: string[] = [];
    try {
      for (const p of pages) {
        await page.goto(new URL(pagePath(p).slice(1), site.url).href);
        for (const o of await overlappingChartText(page)) problems.push(`${p}: ${o}`);
      }
    } finally {
      await page.close();
      await site.close();
    }
    expect(problems).toEqual([]);
  });
});

describe("every slide export (grafici/*.svg, 1920×1080)", () => {
  test("no label covers another", { timeout: 300_000 }, async () => {
    const files = readdirSync(join(DIST, "grafici")).filter((f) => f.endsWith(".svg"));
    expect(files.length).toBeGreaterThan(5);
    const site = await serveDir(DIST);
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const problems: string[] = [];
    try {
      for (const f of files) {
        await page.goto(new URL(`grafici/${f}`, site.url).href);
        problems.push(...(await overlappingChartText(page, ":root")));
      }
    } finally {
      await page.close();
      await site.close();
    }
    expect(problems).toEqual([]);
  });
});
