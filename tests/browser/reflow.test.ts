// WCAG 1.4.10 Reflow: at 320 CSS px nothing makes the page scroll sideways.
// Wide content (data tables) scrolls inside its own region instead.
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Browser, BrowserContext } from "playwright-core";
import { horizontalOverflow, launchBrowser, WIDTHS } from "../helpers/browser.ts";
import { serveDir, type Served } from "../helpers/serve.ts";
import { DIST, listPages, pagePath, readPage } from "../helpers/site.ts";

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: WIDTHS.reflow, height: 640 } });
});
afterAll(async () => {
  await browser?.close();
});

describe("horizontalOverflow(page)", () => {
  test("names the element of a fixture page that is wider than 320 px", async () => {
    const site = await serveDir(resolve(import.meta.dirname, "../fixtures/overflow"));
    const page = await context.newPage();
    try {
      await page.goto(`${site.url}index.html`);
      const found = await horizontalOverflow(page);
      expect(found?.scrollWidth).toBeGreaterThan(WIDTHS.reflow);
      expect(found?.culprits).toEqual(["p.long-word"]);
    } finally {
      await page.close();
      await site.close();
    }
  });
});

describe("every page of the built site", () => {
  test(`has no horizontal scrolling at ${WIDTHS.reflow} px`, { timeout: 300_000 }, async () => {
    const site: Served = await serveDir(DIST);
    const page = await context.newPage();
    const problems: string[] = [];
    try {
      for (const file of listPages()) {
        await page.goto(new URL(pagePath(file).slice(1), site.url).href, { waitUntil: "load" });
        const found = await horizontalOverflow(page);
        if (found)
          problems.push(`${pagePath(file)}: ${found.scrollWidth} px wide, because of ${found.culprits.join(", ")}`);
      }
    } finally {
      await page.close();
      await site.close();
    }
    expect(problems).toEqual([]);
  });
});

describe("glossary tips", () => {
  test(`a shown tip stays inside a ${WIDTHS.reflow} px screen, wherever its term is`, { timeout: 120_000 }, async () => {
    const file = listPages().find((f) => readPage(f).querySelectorAll(".term-tip").length > 3);
    if (!file) throw new Error("no built page has glossary terms");
    const site: Served = await serveDir(DIST);
    const page = await context.newPage();
    const problems: string[] = [];
    try {
      await page.goto(new URL(pagePath(file).slice(1), site.url).href, { waitUntil: "load" });
      const links = page.locator(".term-link");
      for (let i = 0, n = await links.count(); i < n; i++) {
        await links.nth(i).focus({ timeout: 5000 });
        const found = await horizontalOverflow(page);
        if (found) problems.push(`${(await links.nth(i).textContent())?.trim()}: ${found.scrollWidth} px (${found.culprits.join(", ")})`);
      }
    } finally {
      await page.close();
      await site.close();
    }
    expect(problems).toEqual([]);
  });
});

describe("text in figures", () => {
  // A drawing scaled down shrinks its text with it: below about 10 px, labels
  // become hard to read. Charts and Figura 1 have a narrower drawing for phones;
  // networks side by side draw their labels larger in narrow panels.
  const MIN_PX = 10;

  test.each([WIDTHS.phone, WIDTHS.desktop])(`every piece of text in a figure is at least ${MIN_PX} px at %i px`, { timeout: 120_000 }, async (width) => {
    const phone = await browser.newContext({ viewport: { width, height: 800 } });
    const site: Served = await serveDir(DIST);
    const page = await phone.newPage();
    const problems: string[] = [];
    let measured = 0;
    try {
      for (const file of listPages().filter((f) => readPage(f).querySelector("main figure svg text"))) {
        await page.goto(new URL(pagePath(file).slice(1), site.url).href, { waitUntil: "load" });
        const texts = await page.locator("main figure svg text").evaluateAll((els) =>
          els
            .filter((t) => (t as SVGTextElement).checkVisibility() && t.textContent!.trim())
            .map((t) => {
              const m = (t as SVGTextElement).getScreenCTM()!;
              return {
                figure: t.closest("figure")!.id,
                text: t.textContent!.trim().slice(0, 30),
                px: parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b),
              };
            }),
        );
        measured += texts.length;
        for (const t of texts.filter((t) => t.px < MIN_PX))
          problems.push(`${pagePath(file)} #${t.figure} "${t.text}": ${t.px.toFixed(1)} px`);
      }
    } finally {
      await page.close();
      await phone.close();
      await site.close();
    }
    expect(measured).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });
});
