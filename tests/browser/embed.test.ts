// Embeds in a real browser: a host page on another origin pastes the snippet of
// the built oEmbed response; the iframe takes the height of the chart it shows
// (and follows it when the width or the content changes), keeps its aspect
// ratio when the host runs no script, and nothing logs an error or breaks the CSP.
// Also: embed pages reflow down to 280 px, and "Copia il codice" copies the snippet.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Browser, Frame, Page } from "playwright-core";
import { cspViolations, horizontalOverflow, launchBrowser, recordCspViolations, watchPage } from "../helpers/browser.ts";
import { serveDir, type Served } from "../helpers/serve.ts";
import { DIST, readPage, requireDist, SITE_BASE } from "../helpers/site.ts";
import { CHARTS } from "../../src/lib/charts/registry.ts";
import { COPY_MESSAGES } from "../../src/scripts/copy-code.ts";

requireDist();
let browser: Browser;
let site: Served;
let host: Served;
let hostDir: string;

/** The built snippet of a chart, pointed at the test server instead of the configured SITE_URL. */
function snippetOf(id: string): string {
  const json = JSON.parse(readFileSync(join(DIST, `embed/${id}/oembed.json`), "utf8")) as { html: string };
  const canonical = readPage(`embed/${id}/index.html`).querySelector('meta[property="og:url"]')!.getAttribute("content")!;
  const builtRoot = new URL(SITE_BASE, canonical).href;
  return json.html.split(builtRoot).join(site.url);
}

function hostPage(name: string, body: string) {
  writeFileSync(
    join(hostDir, name),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host</title><link rel="icon" href="data:,"></head>` +
      `<body style="margin:0"><main style="max-width:760px;padding:0 8px"><h1>Another site</h1>${body}<p>After the chart.</p></main></body></html>`,
  );
}

beforeAll(async () => {
  browser = await launchBrowser();
  site = await serveDir(DIST, SITE_BASE);
  hostDir = mkdtempSync(join(tmpdir(), "wecare-host-"));
  host = await serveDir(hostDir);
  hostPage("timeline.html", snippetOf("timeline"));
  hostPage("network.html", snippetOf("network-alba"));
  hostPage("no-script.html", snippetOf("funding-by-case").replace(/<script[^>]*><\/script>/, ""));
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await host?.close();
  rmSync(hostDir, { recursive: true, force: true });
});

async function frameOf(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector("iframe[data-wecare-embed]");
  const frame = await handle.contentFrame();
  if (!frame) throw new Error("the iframe has no frame");
  await frame.waitForLoadState("load");
  return frame;
}

const contentHeight = (frame: Frame) =>
  frame.evaluate(() => {
    const main = document.querySelector<HTMLElement>("main[data-embed-id]")!;
    return main.offsetTop + main.getBoundingClientRect().height;
  });
const iframeHeight = (page: Page) => page.evaluate(() => document.querySelector("iframe")!.getBoundingClientRect().height);

/** Waits until the iframe is as tall as its content (±3 px), and returns both. */
async function settle(page: Page, frame: Frame): Promise<{ iframe: number; content: number }> {
  let last = { iframe: 0, content: -100 };
  for (let i = 0; i < 50; i++) {
    last = { iframe: await iframeHeight(page), content: await contentHeight(frame) };
    if (Math.abs(last.iframe - last.content) <= 3) return last;
    await page.waitForTimeout(100);
  }
  return last;
}

async function problems(page: Page, frame: Frame, seen: { errors: string[] }): Promise<string[]> {
  const inFrame = await frame.evaluate(() => (globalThis as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
  return [...seen.errors, ...(await cspViolations(page)), ...inFrame];
}

describe("the embed snippet on another site", () => {
  test("the iframe takes the height of the chart, with no error or CSP violation", async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
    const seen = watchPage(page);
    await recordCspViolations(page);
    try {
      await page.goto(`${host.url}timeline.html`, { waitUntil: "load" });
      const frame = await frameOf(page);
      const h = await settle(page, frame);
      expect(Math.abs(h.iframe - h.content), JSON.stringify(h)).toBeLessThanOrEqual(3);
      expect(h.content).toBeGreaterThan(400);
      // Set by the resizer, not left to the snippet's aspect ratio.
      expect(await page.evaluate(() => document.querySelector("iframe")!.style.height)).toBe(`${Math.ceil(h.content)}px`);
      // The chart inside is interactive: marks got their tooltips.
      expect(await frame.locator("[data-tip]").count()).toBeGreaterThan(0);
      expect(await problems(page, frame, seen)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test("follows the chart when the host gets narrower and when the reader opens the data table", async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
    const seen = watchPage(page);
    await recordCspViolations(page);
    try {
      await page.goto(`${host.url}network.html`, { waitUntil: "load" });
      const frame = await frameOf(page);
      const wide = await settle(page, frame);
      await page.setViewportSize({ width: 320, height: 900 });
      const narrow = await settle(page, frame);
      expect(narrow.content).toBeGreaterThan(wide.content);
      expect(Math.abs(narrow.iframe - narrow.content)).toBeLessThanOrEqual(3);
      await frame.locator("details.data-table summary").click();
      const open = await settle(page, frame);
      expect(open.content).toBeGreaterThan(narrow.content);
      expect(Math.abs(open.iframe - open.content)).toBeLessThanOrEqual(3);
      expect(await problems(page, frame, seen)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test("without the resizer script the iframe keeps the aspect ratio of its width and height", async () => {
    const page = await browser.newPage({ viewport: { width: 500, height: 900 } });
    const seen = watchPage(page);
    try {
      await page.goto(`${host.url}no-script.html`, { waitUntil: "load" });
      const frame = await frameOf(page);
      const box = await page.evaluate(() => {
        const f = document.querySelector("iframe")!;
        const r = f.getBoundingClientRect();
        return { width: r.width, height: r.height, w: Number(f.getAttribute("width")), h: Number(f.getAttribute("height")) };
      });
      expect(box.width).toBeLessThan(box.w);
      expect(box.height).toBeCloseTo((box.width * box.h) / box.w, 0);
      expect(await frame.locator("h1").textContent()).toBe(CHARTS.find((c) => c.id === "funding-by-case")!.title);
      expect(seen.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe("embed pages", () => {
  test("reflow down to 280 px wide without scrolling sideways", { timeout: 120_000 }, async () => {
    const page = await browser.newPage({ viewport: { width: 280, height: 700 } });
    const found: string[] = [];
    try {
      for (const c of CHARTS) {
        await page.goto(`${site.url}embed/${c.id}/`, { waitUntil: "load" });
        const o = await horizontalOverflow(page);
        if (o) found.push(`${c.id}: ${o.scrollWidth} px (${o.culprits.join(", ")})`);
      }
    } finally {
      await page.close();
    }
    expect(found).toEqual([]);
  });

  test("work with JavaScript off: the chart, its legend and data table are in the page", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto(`${site.url}embed/network-waves/`, { waitUntil: "load" });
      expect(await page.locator(".chart-panel svg").count()).toBe(12);
      expect(await page.locator(".chart-legend li").count()).toBeGreaterThan(2);
      await page.locator("details.data-table summary").click();
      expect(await page.locator("details.data-table tbody tr").count()).toBe(12);
    } finally {
      await context.close();
    }
  });
});

describe("'Copia il codice'", () => {
  for (const [where, path, id] of [
    ["in the gallery", "grafici/", "timeline"],
    ["under a figure in a chapter", "valutazione/", "timeline"],
  ] as const) {
    test(`${where}, copies the snippet and says so in a live region`, async () => {
      const context = await browser.newContext();
      await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(site.url).origin });
      const page = await context.newPage();
      const seen = watchPage(page);
      await recordCspViolations(page);
      try {
        await page.goto(`${site.url}${path}`, { waitUntil: "load" });
        const scope = page.locator(`details:has(#embed-code-${id})`);
        await scope.locator("summary").click();
        const button = scope.locator("button[data-copy]");
        await button.click();
        await expectText(scope.locator(".copy-status"), COPY_MESSAGES.done);
        expect(await scope.locator(".copy-status").getAttribute("role")).toBe("status");
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        expect(copied).toBe(await scope.locator("textarea").inputValue());
        expect(copied).toMatch(/^<iframe src="[^"]+\/embed\/timeline\/"/);
        expect([...seen.errors, ...(await cspViolations(page))]).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});

async function expectText(locator: import("playwright-core").Locator, text: string) {
  for (let i = 0; i < 30 && (await locator.textContent()) !== text; i++) await new Promise((ok) => setTimeout(ok, 100));
  expect(await locator.textContent()).toBe(text);
}
