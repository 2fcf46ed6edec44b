// The search page (/cerca/) in Chromium against the built site: Pagefind's JS
// API under the site's Content-Security-Policy, results rendered by our own
// script, the live region, the header form, and what happens with JS off.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { cspViolations, launchBrowser, recordCspViolations, watchPage } from "../helpers/browser.ts";
import { serveDir, type Served } from "../helpers/serve.ts";
import { DIST, requireDist } from "../helpers/site.ts";

let browser: Browser;
let context: BrowserContext;
let site: Served;

beforeAll(async () => {
  requireDist();
  browser = await launchBrowser();
  context = await browser.newContext();
  site = await serveDir(DIST);
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await site?.close();
});

/** Opens a page, recording errors and CSP violations. */
async function open(path: string): Promise<{ page: Page; errors: string[]; dialogs: string[] }> {
  const page = await context.newPage();
  const { errors, dialogs } = watchPage(page);
  await recordCspViolations(page);
  await page.goto(new URL(path, site.url).href, { waitUntil: "load" });
  return { page, errors, dialogs };
}

const status = (page: Page) => page.locator("#search-status");
const settled = (page: Page) => expect.poll(() => status(page).textContent(), { timeout: 15_000 }).toMatch(/risultat/);

describe("search page (/cerca/)", () => {
  test("?q=condominio finds the Alba chapter, with a highlighted excerpt, under the CSP", async () => {
    const { page, errors } = await open("cerca/?q=condominio");
    await settled(page);
    expect(await status(page).textContent()).toMatch(/^\d+ risultat[oi] per «condominio»\.$/);
    expect(await status(page).getAttribute("role")).toBe("status");
    expect(await page.inputValue("#search-query")).toBe("condominio");
    const links = await page.locator("#search-results > li h2 a").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(links).toContain("/caso-alba/");
    const marks = await page.locator("#search-results mark").allTextContents();
    expect(marks.some((m) => /condomin/i.test(m))).toBe(true);
    expect(await cspViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("Italian stemming: a plural finds the singular", async () => {
    const { page } = await open("cerca/?q=condomini");
    await settled(page);
    const links = await page.locator("#search-results > li h2 a").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(links).toContain("/caso-alba/");
    await page.close();
  });

  test("results are the report's pages, without the 404 page, embed code or glossary tooltips in the excerpts", async () => {
    const { page } = await open("cerca/?q=reti");
    await settled(page);
    const links = await page.locator("#search-results > li h2 a").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(links.length).toBeGreaterThan(3);
    expect(links.some((l) => l.includes("404"))).toBe(false);
    const excerpts = (await page.locator("#search-results").textContent()) ?? "";
    expect(excerpts).not.toMatch(/<script|embed\.js|Copia il codice/);
    // A glossary term's tooltip repeats the term's definition right after it: "politiche Cambiamento delle politiche pubbliche: …".
    expect(excerpts).not.toMatch(/\.\.\s/);
    // Nor what a chart draws or offers: tick labels, data tables, download links.
    expect(excerpts).not.toMatch(/Scarica|PNG 1920|dati \(CSV\)/);
    const alba = await open("cerca/?q=Alba");
    await settled(alba.page);
    const albaText = (await alba.page.locator("#search-results").textContent()) ?? "";
    await alba.page.close();
    expect(albaText).toMatch(/CSA Alba/);
    expect(albaText).not.toMatch(/0,286|\b1\. 7\. 6\./);
    // The parts of a home-page figure are apart: "programma Fonte", not "programmaFonte".
    expect(excerpts).not.toMatch(/[a-zà-ù]Fonte:/);
    expect((await open("cerca/?q=pagina%20non%20trovata").then(async ({ page: p }) => {
      await settled(p);
      const found = await p.locator("#search-results > li h2 a").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
      await p.close();
      return found;
    })).some((l) => l.includes("404"))).toBe(false);
    await page.close();
  });

  test("a result links to a page that exists", async () => {
    const { page } = await open("cerca/?q=condominio");
    await settled(page);
    await page.locator('#search-results a[href*="caso-alba"]').first().click();
    await page.waitForURL(/\/caso-alba\//);
    expect(await page.locator("h1").first().textContent()).toMatch(/Alba/);
    await page.close();
  });

  test("the header form of a chapter submits q to /cerca/ and the results appear", async () => {
    const { page, errors } = await open("analisi/");
    await page.fill("#site-search", "mutuo trasporto");
    await Promise.all([page.waitForURL(/\/cerca\/\?q=mutuo\+trasporto/), page.press("#site-search", "Enter")]);
    await settled(page);
    expect(await status(page).textContent()).toContain("per «mutuo trasporto»");
    expect(await page.locator("#search-results > li").count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("a new search from the page's own form updates the results and the address", async () => {
    const { page } = await open("cerca/?q=condominio");
    await settled(page);
    await page.fill("#search-query", "zzqxwv");
    await page.press("#search-query", "Enter");
    await expect.poll(() => status(page).textContent()).toBe("Nessun risultato per «zzqxwv».");
    expect(await page.locator("#search-results > li").count()).toBe(0);
    expect(new URL(page.url()).searchParams.get("q")).toBe("zzqxwv");
    await page.close();
  });

  test("a query with markup is shown as text and runs nothing", async () => {
    const { page, dialogs, errors } = await open(`cerca/?q=${encodeURIComponent('<img src=x onerror="alert(1)">condominio')}`);
    await settled(page);
    expect(await status(page).textContent()).toContain('«<img src=x onerror="alert(1)">condominio»');
    expect(await page.locator("#search-results img, #search-status img").count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("works with the CSP also sent as an HTTP header (public/_headers), which binds Pagefind's web worker too", async () => {
    const withHeaders = await serveDir(DIST, "/", { headers: true });
    const page = await context.newPage();
    const { errors } = watchPage(page);
    await recordCspViolations(page);
    try {
      const response = await page.goto(new URL("cerca/?q=condominio", withHeaders.url).href);
      expect(response?.headers()["content-security-policy"] ?? "").toContain("'wasm-unsafe-eval'");
      await settled(page);
      expect(await page.locator("#search-results > li").count()).toBeGreaterThan(0);
      expect(await cspViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      await withHeaders.close();
    }
  });

  test("without JavaScript the page says search needs it and links elsewhere", async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(new URL("cerca/?q=condominio", site.url).href);
    expect(await page.locator("main").textContent()).toContain("La ricerca nel testo funziona solo con JavaScript attivo");
    expect(await page.locator("#search-results > li").count()).toBe(0);
    await noJs.close();
  });
});
