// On a touch screen there is no hover: the first tap on a glossary term shows its
// definition and stays in the chapter; a second tap, or the tip's "Apri nel
// glossario" link, opens the glossary entry; a tap elsewhere or Escape closes it.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser, openPage, WIDTHS } from "../helpers/browser.ts";
import { serveDir, type Served } from "../helpers/serve.ts";
import { DIST, pageWith } from "../helpers/site.ts";

let browser: Browser;
let site: Served;
let phone: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  site = await serveDir(DIST);
  phone = await browser.newContext({ viewport: { width: WIDTHS.phone, height: 740 }, hasTouch: true, isMobile: true });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** A chapter with glossary terms, scrolled so that its first term is in view. */
async function openTerm(): Promise<{ page: Page; href: string }> {
  const page = await openPage(phone, site.url, pageWith(".term .term-tip"));
  const link = page.locator(".term-link").first();
  await link.scrollIntoViewIfNeeded();
  return { page, href: new URL((await link.getAttribute("href"))!, page.url()).href };
}

/** The accessible description Chromium computes for the first element matching `selector`. */
async function accessibleDescription(page: Page, selector: string): Promise<string | undefined> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send("DOM.getDocument", { depth: 0 });
    const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
    const { nodes } = await cdp.send("Accessibility.getPartialAXTree", { nodeId, fetchRelatives: false });
    return nodes[0]?.description?.value as string | undefined;
  } finally {
    await cdp.detach();
  }
}

const tip = (page: Page) => page.locator(".term").first().locator(".term-tip");

describe(`glossary terms on a ${WIDTHS.phone} px touch screen`, () => {
  test("the first tap shows the definition, inside the screen, and stays on the page; the second tap opens the glossary entry", async () => {
    const { page, href } = await openTerm();
    try {
      const before = page.url();
      await page.tap(".term-link >> nth=0");
      expect(await tip(page).isVisible()).toBe(true);
      expect(page.url()).toBe(before);
      const box = (await tip(page).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(WIDTHS.phone);
      // Screen readers still get the definition, and only it, as the link's description.
      const definition = (await tip(page).evaluate((el) => el.firstChild!.textContent))!.trim();
      expect(definition.length).toBeGreaterThan(10);
      expect(await accessibleDescription(page, ".term-link")).toBe(definition);
      await page.tap(".term-link >> nth=0");
      await page.waitForURL(href);
      expect(page.url()).toBe(href);
    } finally {
      await page.close();
    }
  });

  test("a term near the bottom of the screen opens its tip above it, inside the screen", async () => {
    const { page } = await openTerm();
    try {
      // Scroll so that the first term sits just above the bottom edge.
      await page.locator(".term-link").first().evaluate((el) => {
        const top = el.getBoundingClientRect().top + window.scrollY;
        window.scrollTo(0, top - window.innerHeight + 40);
      });
      await page.tap(".term-link >> nth=0");
      expect(await tip(page).isVisible()).toBe(true);
      const box = (await tip(page).boundingBox())!;
      const term = (await page.locator(".term-link").first().boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(740);
      expect(box.y + box.height).toBeLessThanOrEqual(term.y);
    } finally {
      await page.close();
    }
  });

  test("the shown tip's link \"Apri nel glossario\" opens the entry", async () => {
    const { page, href } = await openTerm();
    try {
      await page.tap(".term-link >> nth=0");
      const open = tip(page).getByText("Apri nel glossario");
      expect(await open.isVisible()).toBe(true);
      const box = (await open.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(24);
      await open.tap();
      await page.waitForURL(href);
      expect(page.url()).toBe(href);
    } finally {
      await page.close();
    }
  });

  test("a tap elsewhere, or Escape, closes the tip; a tap on another term shows that one alone", async () => {
    const { page } = await openTerm();
    try {
      const before = page.url();
      await page.tap(".term-link >> nth=0");
      expect(await tip(page).isVisible()).toBe(true);
      // The chapter's title: plain text, away from the term and its tip.
      await page.locator("main h1").tap();
      expect(await tip(page).isVisible()).toBe(false);
      await page.tap(".term-link >> nth=0");
      expect(await tip(page).isVisible()).toBe(true);
      await page.keyboard.press("Escape");
      expect(await tip(page).isVisible()).toBe(false);
      await page.tap(".term-link >> nth=0");
      const last = page.locator(".term").last();
      await last.locator(".term-link").tap();
      expect(await last.locator(".term-tip").isVisible()).toBe(true);
      expect(await tip(page).isVisible()).toBe(false);
      expect(page.url()).toBe(before);
    } finally {
      await page.close();
    }
  });
});

describe("glossary terms with a mouse (unchanged)", () => {
  test("hovering shows the definition and the first click opens the glossary entry", async () => {
    const desktop = await browser.newContext({ viewport: { width: WIDTHS.desktop, height: 900 } });
    try {
      const page = await openPage(desktop, site.url, pageWith(".term .term-tip"));
      const link = page.locator(".term-link").first();
      const href = new URL((await link.getAttribute("href"))!, page.url()).href;
      await link.hover();
      expect(await tip(page).isVisible()).toBe(true);
      await link.click();
      await page.waitForURL(href);
      expect(page.url()).toBe(href);
    } finally {
      await desktop.close();
    }
  });
});

describe("network charts on a touch screen", () => {
  test("a tap on an entry of the numbered list highlights that actor, even right after a tap on a node", async () => {
    const page = await openPage(phone, site.url, pageWith("figure.chart .chart-key-list"));
    try {
      const figure = page.locator("figure.chart:has(.chart-key-list)").first();
      const node = figure.locator(".chart-panel:not(.is-hidden) .node:not(.absent)").first();
      await node.scrollIntoViewIfNeeded();
      await node.tap();
      const entry = figure.locator(".chart-key-list li").nth(1);
      const id = (await entry.getAttribute("data-id"))!;
      await entry.scrollIntoViewIfNeeded();
      await entry.tap();
      expect(await entry.getAttribute("class")).toContain("is-active");
      const panel = figure.locator(".chart-panel:not(.is-hidden)").first();
      expect(await panel.locator(`.node[data-id="${id}"]`).getAttribute("class")).not.toContain("is-dimmed");
      expect(await panel.locator(".node.is-dimmed").count()).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });
});
