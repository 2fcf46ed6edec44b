// A keyboard user can reach every interactive chart element, sees where focus
// is, gets each tooltip on focus, works the chart controls with Enter and
// Space, opens and closes the mobile menu, and is never trapped.
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser, WIDTHS, openPage } from "../helpers/browser.ts";
import { tabThrough } from "../helpers/keyboard.ts";
import { serveDir, type Served } from "../helpers/serve.ts";
import { DIST, listPages, pagePath, readPage, pageWith } from "../helpers/site.ts";

let browser: Browser;
let site: Served;
let desktop: BrowserContext;
let phone: BrowserContext;

const pages = listPages();
const withCharts = pages.filter((f) => readPage(f).querySelector("figure.chart[data-chart]"));

beforeAll(async () => {
  browser = await launchBrowser();
  site = await serveDir(DIST);
  desktop = await browser.newContext({ viewport: { width: WIDTHS.desktop, height: 900 } });
  phone = await browser.newContext({ viewport: { width: WIDTHS.phone, height: 740 }, hasTouch: false });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const open = (context: BrowserContext, path: string): Promise<Page> => openPage(context, site.url, path);

describe("tabThrough(page)", () => {
  test("reports an unreachable mark, a missing focus ring and a keyboard trap in a fixture page", async () => {
    const fixture = await serveDir(resolve(import.meta.dirname, "../fixtures/keyboard"));
    const page = await desktop.newPage();
    try {
      await page.goto(`${fixture.url}index.html`);
      const walk = await tabThrough(page);
      expect(walk.unreachedMarks).toEqual(["rect: Barra senza tabindex"]);
      expect(walk.stops.filter((s) => !s.ring).map((s) => s.text)).toEqual(["Un pulsante senza anello di focus"]);
      expect(walk.reachedEnd).toBe(false);
    } finally {
      await page.close();
      await fixture.close();
    }
  });
});

describe("Tab through every page with charts", () => {
  test.each(withCharts.map((f) => pagePath(f)))(
    "%s: every chart mark is reached, with a focus ring and its tooltip; Tab reaches the end of the page",
    { timeout: 120_000 },
    async (path) => {
      const page = await open(desktop, path.slice(1));
      try {
        const walk = await tabThrough(page);
        expect(walk.unreachedMarks).toEqual([]);
        expect(walk.reachedEnd).toBe(true);
        expect(walk.stops.filter((s) => !s.ring).map((s) => `no focus ring: ${s.element} ${s.text}`)).toEqual([]);
        // Every <title> of a mark in the built SVG became a tooltip (the script ran);
        // a deck shows one slide at a time, so not all of them need be displayed.
        const built = [...readPage(`${path.slice(1)}index.html`).querySelectorAll("figure.chart svg title")];
        expect(walk.marksTotal).toBe(built.filter((t) => t.parentElement?.tagName.toLowerCase() !== "svg").length);
        const marks = walk.stops.filter((s) => s.element.endsWith("[data-tip]"));
        expect(marks.length).toBeGreaterThanOrEqual(walk.marksShown);
        expect(marks.filter((s) => !s.tooltip).map((s) => `no tooltip: ${s.text}`)).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );
});

describe("Tab through a page without charts", () => {
  test("the home page: every stop shows a focus ring and Tab reaches the end of the page", async () => {
    const page = await open(desktop, "");
    try {
      const walk = await tabThrough(page);
      expect(walk.reachedEnd).toBe(true);
      expect(walk.stops.filter((s) => !s.ring).map((s) => `${s.element} ${s.text}`)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe("chart controls work from the keyboard", () => {
  test("network waves: Enter and Space on the wave buttons show one wave's panels at a time", async () => {
    const page = await open(desktop, pageWith("figure.chart svg.network"));
    try {
      const figure = page.locator("figure.chart:has(.chart-controls)").first();
      const panels = figure.locator(".chart-panel[data-panel]");
      const shown = () =>
        panels.evaluateAll((els) =>
          els.filter((el) => el.checkVisibility()).map((el) => el.getAttribute("data-panel")),
        );
      const waves = figure.locator(".chart-controls").first().locator("button");
      await waves.nth(2).focus();
      await page.keyboard.press("Enter");
      expect(await shown()).toEqual(expect.arrayContaining(["w2"]));
      expect(await shown()).not.toContain("w1");
      expect(await waves.nth(2).getAttribute("aria-pressed")).toBe("true");
      await waves.nth(0).focus();
      await page.keyboard.press(" ");
      expect(new Set(await shown())).toEqual(
        new Set(await panels.evaluateAll((els) => els.map((el) => el.getAttribute("data-panel")))),
      );
    } finally {
      await page.close();
    }
  });

  test("network actor types: the legend's type entries are buttons; Enter hides one type's actors with their numbers and ties, Space shows them again", async () => {
    const page = await open(desktop, pageWith("figure.chart .chart-key-list"));
    try {
      const figure = page.locator("figure.chart:has(.chart-key-list)").first();
      const buttons = figure.locator(".chart-legend button");
      // One button per actor type; "Legame dedotto" / "Attore dedotto" describe a line style and stay text.
      const types = await figure.locator(".node").evaluateAll((nodes) => new Set(nodes.map((n) => n.getAttribute("data-type"))).size);
      expect(await buttons.count()).toBe(types);
      expect((await buttons.allTextContents()).join(" ")).not.toMatch(/dedotto/);
      const button = buttons.first();
      const hiddenTypes = () =>
        figure
          .locator(".node.is-hidden")
          .evaluateAll((nodes) => [...new Set(nodes.map((n) => n.getAttribute("data-type")))]);
      await button.focus();
      await page.keyboard.press("Enter");
      expect(await button.getAttribute("aria-pressed")).toBe("false");
      const [type, ...others] = await hiddenTypes();
      expect(type).toBeTruthy();
      expect(others).toEqual([]);
      expect(await figure.locator(`.node[data-type="${type}"]:not(.is-hidden)`).count()).toBe(0);
      const hiddenIds = await figure.locator(".node.is-hidden").evaluateAll((ns) => ns.map((n) => n.getAttribute("data-id")));
      // Their numbers go with them, and the list strikes their names.
      for (const id of hiddenIds) {
        expect(await figure.locator(`.labels text[data-id="${id}"]:not(.is-hidden)`).count()).toBe(0);
        expect(await figure.locator(`.chart-key-list li[data-id="${id}"]`).getAttribute("class")).toContain("is-off");
      }
      expect(await figure.locator(".tie:not(.is-hidden)").evaluateAll((ts, ids) => ts.filter((t) => ids.includes(t.getAttribute("data-from")) || ids.includes(t.getAttribute("data-to"))).length, hiddenIds)).toBe(0);
      await page.keyboard.press(" ");
      expect(await button.getAttribute("aria-pressed")).toBe("true");
      expect(await hiddenTypes()).toEqual([]);
      expect(await figure.locator(".chart-key-list li.is-off").count()).toBe(0);
    } finally {
      await page.close();
    }
  });

  test("network list of actors: pointing at an entry highlights that actor and its ties in the drawing", async () => {
    const page = await open(desktop, pageWith("figure.chart .chart-key-list"));
    try {
      const figure = page.locator("figure.chart:has(.chart-key-list)").first();
      const entry = figure.locator(".chart-key-list li").first();
      const id = (await entry.getAttribute("data-id"))!;
      await entry.hover();
      const visiblePanel = figure.locator(".chart-panel:not(.is-hidden)").first();
      expect(await visiblePanel.locator(`.node[data-id="${id}"]`).getAttribute("class")).not.toContain("is-dimmed");
      expect(await visiblePanel.locator(".node.is-dimmed").count()).toBeGreaterThan(0);
      expect(await entry.getAttribute("class")).toContain("is-active");
      await page.mouse.move(0, 0);
      expect(await figure.locator(".is-dimmed, .is-active").count()).toBe(0);
    } finally {
      await page.close();
    }
  });

  test("legend buttons: Enter hides a series' marks and Space shows them again", async () => {
    const page = await open(desktop, pageWith("figure.chart .chart-legend li[data-color]"));
    try {
      const figure = page.locator("figure.chart:has(.chart-legend button)").first();
      const button = figure.locator(".chart-legend button").first();
      const hidden = () => figure.locator(".chart-body [data-tip].is-hidden").count();
      await button.focus();
      await page.keyboard.press("Enter");
      expect(await button.getAttribute("aria-pressed")).toBe("false");
      expect(await hidden()).toBeGreaterThan(0);
      await page.keyboard.press(" ");
      expect(await button.getAttribute("aria-pressed")).toBe("true");
      expect(await hidden()).toBe(0);
    } finally {
      await page.close();
    }
  });

  test("a legend button hides the whole series: hollow (inferred) dots with the filled ones, a line with its dots and its end label", async () => {
    const chapters = listPages().filter((p) => !p.startsWith("embed/"));
    const page = await open(desktop, pageWith('figure.chart[data-chart="interventions-by-case"]', chapters));
    try {
      const figure = page.locator('figure.chart[data-chart="interventions-by-case"]');
      // Every entry in turn: afterwards no visible dot, filled or hollow, is drawn in that entry's colour.
      const buttons = figure.locator(".chart-legend button");
      for (let i = 0; i < (await buttons.count()); i++) {
        const button = buttons.nth(i);
        const color = await button.evaluate((b) => b.closest("li")!.getAttribute("data-color"));
        await button.click();
        const left = await figure.locator(".svg-wide circle:not(.is-hidden)").evaluateAll(
          (cs, c) => cs.filter((el) => el.checkVisibility() && (el.getAttribute("fill") === c || el.getAttribute("stroke") === c)).length,
          color,
        );
        expect([color, left]).toEqual([color, 0]);
        await button.click();
      }
    } finally {
      await page.close();
    }
    const lines = await open(desktop, pageWith('figure.chart[data-chart="network-metrics"]', chapters));
    try {
      const figure = lines.locator('figure.chart[data-chart="network-metrics"]');
      const button = figure.locator(".chart-legend button").first();
      const name = (await button.innerText()).trim();
      await button.click();
      const color = await button.evaluate((b) => b.closest("li")!.getAttribute("data-color"));
      expect(await figure.locator(`.svg-wide path[stroke="${color}"]`).evaluateAll((ps) => ps.filter((p) => p.checkVisibility()).length)).toBe(0);
      expect(await figure.locator(".svg-wide text").evaluateAll((ts, n) => ts.filter((t) => t.checkVisibility() && t.textContent!.trim() === n).length, name)).toBe(0);
    } finally {
      await lines.close();
    }
  });

  test("network list of actors: with one wave shown, the actors absent from it are said so; with all waves, none", async () => {
    const page = await open(desktop, pageWith("figure.chart .chart-key-list"));
    try {
      const figure = page.locator("figure.chart:has(.chart-key-list)").first();
      const waves = figure.locator(".chart-controls button");
      await waves.nth(1).click(); // 1ª
      const absentInDrawing = await figure
        .locator('.chart-panel[data-panel="w1"] .node.absent')
        .evaluateAll((ns) => ns.map((n) => n.getAttribute("data-id")).sort());
      expect(absentInDrawing.length).toBeGreaterThan(0);
      const absentInList = await figure.locator(".chart-key-list li.is-absent").evaluateAll((ls) => ls.map((l) => l.getAttribute("data-id")).sort());
      expect(absentInList).toEqual(absentInDrawing);
      for (const text of await figure.locator(".chart-key-list li.is-absent").allInnerTexts()) expect(text).toContain("assente in questa rilevazione");
      expect(await figure.locator(".chart-key-list li:not(.is-absent)", { hasText: "assente" }).count()).toBe(0);
      await waves.nth(0).click(); // Tutte
      expect(await figure.locator(".chart-key-list li.is-absent").count()).toBe(0);
    } finally {
      await page.close();
    }
  });

  test("a network actor's tooltip gives its name, type and ties on separate lines", async () => {
    const page = await open(desktop, pageWith("figure.chart .chart-key-list"));
    try {
      const node = page.locator("figure.chart .chart-panel:not(.is-hidden) .node:not(.absent)").first();
      await node.hover();
      const tip = page.locator(".chart-tooltip");
      expect(await tip.isVisible()).toBe(true);
      const lines = (await tip.innerText()).split("\n").filter(Boolean);
      expect(lines.length).toBeGreaterThanOrEqual(3);
      expect(lines.at(-1)).toMatch(/legam/);
    } finally {
      await page.close();
    }
  });

  test("text drawn on a mark lets the pointer through: the centre of a matrix cell shows the cell's tooltip", async () => {
    const page = await open(desktop, pageWith('figure.chart[data-chart="discontinuity-matrix"]'));
    try {
      const figure = page.locator('figure.chart[data-chart="discontinuity-matrix"]');
      const label = figure.locator(".svg-wide text", { hasText: /^marcata$/ }).first();
      await label.scrollIntoViewIfNeeded();
      const box = (await label.boundingBox())!;
      const hit = await page.evaluate(([x, y]) => {
        const el = document.elementFromPoint(x!, y!);
        return el?.closest("[data-tip]")?.getAttribute("data-tip") ?? el?.tagName ?? null;
      }, [box.x + box.width / 2, box.y + box.height / 2]);
      expect(hit).toMatch(/marcata/);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      expect(await page.locator(".chart-tooltip").isVisible()).toBe(true);
    } finally {
      await page.close();
    }
  });

  test("a part-to-whole bar keeps a plain legend: no button would hide a part and leave its share label behind", async () => {
    const page = await open(desktop, pageWith('figure.chart[data-chart="cases-share-of-measure"]'));
    try {
      const figure = page.locator('figure.chart[data-chart="cases-share-of-measure"]');
      expect(await figure.locator(".chart-legend li").count()).toBeGreaterThan(1);
      expect(await figure.locator(".chart-legend button").count()).toBe(0);
    } finally {
      await page.close();
    }
  });

  test("a chart with many marks can be skipped: Tab reaches a visible skip link, Enter, and the next Tab is past every mark", async () => {
    const page = await open(desktop, pageWith("figure.chart svg.network"));
    try {
      const figure = page.locator("figure.chart:has(svg.network)").first();
      const link = figure.locator("a.chart-skip");
      // The stop before the skip link is the last control above the marks; Tab from there lands on it.
      const before = figure.locator(".chart-controls button, .chart-legend button").last();
      await before.focus();
      await page.keyboard.press("Tab");
      expect(await link.evaluate((el) => el === document.activeElement)).toBe(true);
      const box = (await link.boundingBox())!;
      expect(box.width).toBeGreaterThan(50);
      expect(await link.textContent()).toBe("Salta gli elementi del grafico");
      await page.keyboard.press("Enter");
      // Focus moved to what follows the marks (the metrics beside a network, or the note)...
      expect(await page.evaluate(() => document.activeElement!.matches(".chart-aside, .chart-note, .chart-source"))).toBe(true);
      // ...so the next Tab goes on from there, past every mark.
      await page.keyboard.press("Tab");
      const where = await page.evaluate(() => {
        const el = document.activeElement!;
        return { mark: el.hasAttribute("data-tip"), inBody: !!el.closest(".chart-body") };
      });
      expect(where).toEqual({ mark: false, inBody: false });
    } finally {
      await page.close();
    }
  });

  test("only charts with 10 marks or more (in one drawing) have a skip link", async () => {
    const page = await desktop.newPage();
    try {
      const seen: { marks: number; skip: boolean }[] = [];
      for (const file of withCharts) {
        await page.goto(site.url + pagePath(file).slice(1));
        seen.push(
          ...(await page.locator("figure.chart[data-chart]").evaluateAll((figs) =>
            figs.map((f) => ({
              marks: [...f.querySelectorAll(".chart-body [data-tip]")].filter((m) => !m.closest(".svg-narrow")).length,
              skip: !!f.querySelector("a.chart-skip"),
            })),
          )),
        );
      }
      expect(seen.some((c) => c.marks < 10)).toBe(true);
      expect(seen.some((c) => c.marks >= 10)).toBe(true);
      for (const c of seen) expect(c, JSON.stringify(c)).toMatchObject({ skip: c.marks >= 10 });
    } finally {
      await page.close();
    }
  });

  test("Escape hides a chart tooltip", async () => {
    const page = await open(desktop, pageWith("figure.chart[data-chart]"));
    try {
      const mark = page.locator("figure.chart [data-tip]").filter({ visible: true }).first();
      await mark.focus();
      await expect.poll(() => page.locator(".chart-tooltip").isVisible()).toBe(true);
      await page.keyboard.press("Escape");
      expect(await page.locator(".chart-tooltip").isVisible()).toBe(false);
    } finally {
      await page.close();
    }
  });
});

describe("glossary terms", () => {
  test("focus shows the definition, Escape hides it without moving focus (WCAG 1.4.13)", async () => {
    const page = await open(desktop, pageWith(".term .term-tip"));
    try {
      const term = page.locator(".term").first();
      await term.locator(".term-link").focus();
      expect(await term.locator(".term-tip").isVisible()).toBe(true);
      await page.keyboard.press("Escape");
      expect(await term.locator(".term-tip").isVisible()).toBe(false);
      expect(await term.locator(".term-link").evaluate((el) => el === document.activeElement)).toBe(true);
    } finally {
      await page.close();
    }
  });
});

describe(`the mobile menu at ${WIDTHS.phone} px`, () => {
  test("Tab reaches the menu button, Enter opens it, Tab enters it, Escape closes it and returns focus", async () => {
    const page = await open(phone, pageWith("details.mobile-nav"));
    try {
      const nav = page.locator("details.mobile-nav");
      expect(await page.locator(".sidebar").isVisible()).toBe(false);
      for (let i = 0; i < 10; i++) {
        await page.keyboard.press("Tab");
        if (await nav.locator("summary").evaluate((el) => el === document.activeElement)) break;
      }
      expect(await nav.locator("summary").evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.press("Enter");
      expect(await nav.getAttribute("open")).not.toBeNull();
      await page.keyboard.press("Tab");
      const focusedLink = await page.evaluate(() => document.activeElement?.closest(".sidebar nav") !== null);
      expect(focusedLink).toBe(true);
      expect(await page.locator(".sidebar nav a").first().isVisible()).toBe(true);
      await page.keyboard.press("Escape");
      expect(await nav.getAttribute("open")).toBeNull();
      expect(await page.locator(".sidebar").isVisible()).toBe(false);
      expect(await nav.locator("summary").evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.press("Enter");
      expect(await nav.getAttribute("open")).not.toBeNull();
      await page.keyboard.press("Enter");
      expect(await nav.getAttribute("open")).toBeNull();
    } finally {
      await page.close();
    }
  });

  test("the skip link is the first Tab stop and moves focus to the content", async () => {
    const page = await open(phone, "");
    try {
      await page.keyboard.press("Tab");
      const skip = page.locator(".skip-link");
      expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await skip.isVisible()).toBe(true);
      const box = await skip.boundingBox();
      expect(box && box.y >= 0).toBe(true);
      await page.keyboard.press("Enter");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("contenuto");
    } finally {
      await page.close();
    }
  });
});
