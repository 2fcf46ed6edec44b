// With JavaScript off, the report still reads: every chart is drawn, footnotes
// link both ways, and the navigation (sidebar, mobile menu, prev/next) works.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser, WIDTHS, openPage } from "../helpers/browser.ts";
import { serveDir, type Served } from "../helpers/serve.ts";
import { DIST, listPages, pagePath, readPage, pageWith } from "../helpers/site.ts";

let browser: Browser;
let site: Served;
let desktop: BrowserContext;
let phone: BrowserContext;

const pages = listPages();

beforeAll(async () => {
  browser = await launchBrowser();
  site = await serveDir(DIST);
  desktop = await browser.newContext({ javaScriptEnabled: false, viewport: { width: WIDTHS.desktop, height: 900 } });
  phone = await browser.newContext({ javaScriptEnabled: false, viewport: { width: WIDTHS.phone, height: 740 } });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const open = (context: BrowserContext, path: string): Promise<Page> => openPage(context, site.url, path);

const urlPath = (page: Page) => new URL(page.url()).pathname + new URL(page.url()).hash;

describe("JavaScript is really off", () => {
  test("the client script does not run (no chart mark becomes focusable)", async () => {
    const page = await open(desktop, pageWith("figure.chart[data-chart]"));
    try {
      expect(await page.locator("[data-tip]").count()).toBe(0);
      expect(await page.locator("figure.chart svg[role='img']").count()).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });
});

describe("every chart is drawn", () => {
  for (const [name, context] of [
    ["desktop", () => desktop],
    ["phone", () => phone],
  ] as const) {
    test(`on every page, at ${name} width: each figure shows a non-empty SVG`, { timeout: 180_000 }, async () => {
      const problems: string[] = [];
      const page = await context().newPage();
      try {
        for (const file of pages.filter((f) => readPage(f).querySelector("figure.chart"))) {
          await page.goto(new URL(pagePath(file).slice(1), site.url).href, { waitUntil: "load" });
          const figures = await page.locator("figure.chart").evaluateAll((els) =>
            els.map((fig) => {
              const drawn = [...fig.querySelectorAll("svg")].filter((svg) => {
                if (svg.closest(".chart-legend") || !svg.checkVisibility()) return false;
                const box = svg.getBoundingClientRect();
                return (
                  box.width > 100 &&
                  box.height > 50 &&
                  svg.querySelectorAll("rect, circle, path, line, text").length > 0
                );
              });
              return { id: fig.id, drawn: drawn.length };
            }),
          );
          for (const f of figures) if (f.drawn === 0) problems.push(`${pagePath(file)}: #${f.id} shows no chart`);
        }
      } finally {
        await page.close();
      }
      expect(problems).toEqual([]);
    });
  }
});

describe("footnotes", () => {
  test("a note reference jumps to its note, and the note's back link returns to the reference", async () => {
    const page = await open(desktop, pageWith("[data-footnote-ref]"));
    try {
      const ref = page.locator("[data-footnote-ref]").first();
      const refId = await ref.getAttribute("id");
      const noteHref = (await ref.getAttribute("href")) ?? "";
      await ref.click();
      expect(urlPath(page)).toMatch(new RegExp(`${noteHref}$`));
      const note = page.locator(`[id="${noteHref.slice(1)}"]`);
      expect(await note.isVisible()).toBe(true);
      expect(await note.evaluate((el) => el.matches(":target"))).toBe(true);
      await note.locator("[data-footnote-backref]").click();
      expect(urlPath(page)).toMatch(new RegExp(`#${refId}$`));
      expect(await ref.evaluate((el) => el.matches(":target"))).toBe(true);
      const box = await ref.boundingBox();
      expect(box && box.y >= 0 && box.y < 900).toBe(true);
    } finally {
      await page.close();
    }
  });
});

describe("navigation", () => {
  test("clicking each link of the desktop sidebar and of prev/next opens its page", { timeout: 120_000 }, async () => {
    const start = pageWith(".prev-next a");
    const page = await open(desktop, start);
    const failures: string[] = [];
    try {
      const links = page.locator(".sidebar nav a, .prev-next a");
      const count = await links.count();
      expect(count).toBeGreaterThan(5);
      for (let i = 0; i < count; i++) {
        if (i > 0) await page.goto(new URL(start, site.url).href);
        const href = (await links.nth(i).getAttribute("href")) ?? "";
        const [response] = await Promise.all([
          page.waitForResponse((r) => r.request().isNavigationRequest() && r.frame() === page.mainFrame()),
          links.nth(i).click(),
        ]);
        await page.waitForLoadState("load");
        if (new URL(page.url()).pathname !== href || response?.status() !== 200) {
          failures.push(`${href}: reached ${new URL(page.url()).pathname}, HTTP ${response?.status()}`);
        }
      }
    } finally {
      await page.close();
    }
    expect(failures).toEqual([]);
  });

  test(`the mobile menu at ${WIDTHS.phone} px opens without JavaScript and its links navigate`, async () => {
    const page = await open(phone, pageWith("details.mobile-nav"));
    try {
      // The menu shows the sidebar's list: one list of chapters per page.
      const link = page.locator(".sidebar nav a").nth(1);
      expect(await link.isVisible()).toBe(false);
      await page.locator("details.mobile-nav > summary").click();
      expect(await link.isVisible()).toBe(true);
      // Under the header, not behind it.
      const [header, first] = await Promise.all([page.locator(".site-header").boundingBox(), page.locator(".sidebar nav a").first().boundingBox()]);
      expect(first!.y).toBeGreaterThanOrEqual(header!.y + header!.height);
      const href = (await link.getAttribute("href")) ?? "";
      await link.click();
      await page.waitForURL((url) => url.pathname === href);
      expect(new URL(page.url()).pathname).toBe(href);
    } finally {
      await page.close();
    }
  });

  test("a link of the table of contents moves to its heading", async () => {
    const page = await open(desktop, pageWith(".toc a[href^='#']"));
    try {
      const tocLink = page.locator(".toc-side a[href^='#']").first();
      const href = (await tocLink.getAttribute("href")) ?? "";
      await tocLink.click();
      expect(decodeURIComponent(new URL(page.url()).hash)).toBe(decodeURIComponent(href));
      expect(await page.locator(`[id="${decodeURIComponent(href.slice(1))}"]`).isVisible()).toBe(true);
    } finally {
      await page.close();
    }
  });
});
