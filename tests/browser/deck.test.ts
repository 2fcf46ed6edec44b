// The presentation in a browser: one slide at a time, moved with the keyboard,
// the buttons and swipes; a URL fragment per slide (Back returns to the previous
// one); a live region with "Diapositiva N di M"; readable at 375 px; all slides
// in sequence with JavaScript off; one 16:9 page per slide when printed.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { cspViolations, horizontalOverflow, launchBrowser, recordCspViolations, watchPage, WIDTHS } from "../helpers/browser.ts";
import { serveDir, type Served } from "../helpers/serve.ts";
import { DIST, readPage, requireDist, SITE_BASE } from "../helpers/site.ts";

requireDist();
const TOTAL = readPage("presentazione/index.html").querySelectorAll("section.slide").length;
let browser: Browser;
let site: Served;
beforeAll(async () => {
  browser = await launchBrowser();
  site = await serveDir(DIST, SITE_BASE);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** The visible slides' ids, the fragment and the live region's text. */
const state = (page: Page) =>
  page.evaluate(() => ({
    visible: [...document.querySelectorAll<HTMLElement>("section.slide")].filter((s) => s.checkVisibility()).map((s) => s.id),
    hash: location.hash,
    status: document.getElementById("deck-status")?.textContent ?? "",
  }));

async function open(width = 1280, hash = ""): Promise<{ page: Page; seen: ReturnType<typeof watchPage> }> {
  const page = await browser.newPage({ viewport: { width, height: 720 } });
  const seen = watchPage(page);
  await recordCspViolations(page);
  await page.goto(`${site.url}presentazione/${hash}`, { waitUntil: "load" });
  return { page, seen };
}

describe("the deck with JavaScript", () => {
  test("ArrowRight and ArrowLeft change the visible slide, the fragment and the announcement", async () => {
    const { page, seen } = await open();
    try {
      expect(await state(page)).toMatchObject({ visible: ["slide-1"] });
      await page.keyboard.press("ArrowRight");
      expect(await state(page)).toEqual({
        visible: ["slide-2"],
        hash: "#slide-2",
        status: expect.stringMatching(new RegExp(`^Diapositiva 2 di ${TOTAL}: .+`)) as unknown as string,
      });
      await page.keyboard.press("ArrowRight");
      expect(await state(page)).toMatchObject({ visible: ["slide-3"], hash: "#slide-3" });
      await page.keyboard.press("ArrowLeft");
      expect(await state(page)).toMatchObject({ visible: ["slide-2"], hash: "#slide-2" });
      // Focus follows the slide, so Tab continues inside it.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("slide-2");
      expect([...seen.errors, ...(await cspViolations(page))]).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test("space, shift+space, PageDown, PageUp, End and Home move as expected", async () => {
    const { page } = await open();
    try {
      const at = async () => (await state(page)).visible;
      await page.keyboard.press("Space");
      expect(await at()).toEqual(["slide-2"]);
      await page.keyboard.press("PageDown");
      expect(await at()).toEqual(["slide-3"]);
      await page.keyboard.press("Shift+Space");
      expect(await at()).toEqual(["slide-2"]);
      await page.keyboard.press("PageUp");
      expect(await at()).toEqual(["slide-1"]);
      await page.keyboard.press("End");
      expect(await at()).toEqual([`slide-${TOTAL}`]);
      await page.keyboard.press("ArrowRight");
      expect(await at()).toEqual([`slide-${TOTAL}`]);
      await page.keyboard.press("Home");
      expect(await at()).toEqual(["slide-1"]);
    } finally {
      await page.close();
    }
  });

  test("a link to #slide-N opens that slide, and Back returns to the previous one", async () => {
    const { page } = await open(1280, "#slide-4");
    try {
      expect((await state(page)).visible).toEqual(["slide-4"]);
      await page.keyboard.press("ArrowRight");
      expect((await state(page)).visible).toEqual(["slide-5"]);
      await page.goBack();
      await page.waitForFunction(() => location.hash === "#slide-4");
      expect((await state(page)).visible).toEqual(["slide-4"]);
    } finally {
      await page.close();
    }
  });

  test("on a 1920×1080 screen each chart fills its slide: as wide as the slide's text, or as tall as the room left", async () => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    try {
      await page.goto(`${site.url}presentazione/`, { waitUntil: "load" });
      const charts = readPage("presentazione/index.html").querySelectorAll("section.slide figure.slide-figure").length;
      expect(charts).toBeGreaterThan(3);
      for (let n = 1; n <= TOTAL; n++) {
        await page.goto(`${site.url}presentazione/#slide-${n}`);
        const size = await page.evaluate((id) => {
          const slide = document.getElementById(id)!;
          const body = slide.querySelector<HTMLElement>(".slide-figure .chart-body");
          if (!body) return null;
          const drawn = [...body.querySelectorAll("svg")].filter((s) => s.checkVisibility()).map((s) => s.getBoundingClientRect());
          const title = slide.querySelector("h2")!.getBoundingClientRect();
          return { width: Math.max(...drawn.map((r) => r.right)) - Math.min(...drawn.map((r) => r.left)), height: Math.max(...drawn.map((r) => r.bottom)) - Math.min(...drawn.map((r) => r.top)), body: body.getBoundingClientRect().height, text: title.width };
        }, `slide-${n}`);
        if (!size) continue;
        expect(size.width >= 0.9 * size.text || size.height >= 0.9 * size.body, `slide ${n}: ${JSON.stringify(size)}`).toBe(true);
      }
    } finally {
      await page.close();
    }
  });

  test("the buttons move between slides and are disabled at the ends", async () => {
    const { page } = await open();
    try {
      expect(await page.locator('[data-deck="prev"]').isDisabled()).toBe(true);
      await page.locator('[data-deck="next"]').click();
      expect((await state(page)).visible).toEqual(["slide-2"]);
      expect(await page.locator(".deck-count").textContent()).toBe(`2 / ${TOTAL}`);
      await page.locator('[data-deck="prev"]').click();
      expect((await state(page)).visible).toEqual(["slide-1"]);
    } finally {
      await page.close();
    }
  });

  test("a horizontal swipe turns the slide", async () => {
    const { page } = await open(WIDTHS.phone);
    try {
      const swipe = (from: number, to: number) =>
        page.evaluate(
          ([x0, x1]) => {
            const target = document.querySelector("section.slide:not([hidden])")!;
            const ev = (type: string, x: number) =>
              new PointerEvent(type, { pointerId: 7, pointerType: "touch", clientX: x, clientY: 300, bubbles: true, isPrimary: true });
            target.dispatchEvent(ev("pointerdown", x0!));
            target.dispatchEvent(ev("pointerup", x1!));
          },
          [from, to],
        );
      await swipe(300, 80);
      expect((await state(page)).visible).toEqual(["slide-2"]);
      await swipe(80, 300);
      expect((await state(page)).visible).toEqual(["slide-1"]);
    } finally {
      await page.close();
    }
  });

  test.each([WIDTHS.phone, WIDTHS.desktop])("at %i px the slide counter shows once, in the control bar", async (width) => {
    const { page } = await open(width);
    try {
      await page.keyboard.press("ArrowRight");
      const counters = await page.evaluate(() =>
        [...document.querySelectorAll("body *")]
          .filter((el) => el.checkVisibility() && /^\d+ \/ \d+$/.test(el.textContent!.trim()) && !el.querySelector("*"))
          .map((el) => `${el.className}: ${el.textContent!.trim()}`),
      );
      expect(counters).toEqual([`deck-count: 2 / ${TOTAL}`]);
    } finally {
      await page.close();
    }
  });

  test.each([WIDTHS.reflow, WIDTHS.phone])("at %i px the control bar takes two rows at most, and its buttons keep their names", async (width) => {
    const { page } = await open(width);
    try {
      const rows = await page.evaluate(() => {
        const tops = [...document.querySelectorAll(".deck-bar :is(a, button, .deck-count)")]
          .filter((el) => el.checkVisibility())
          .map((el) => el.getBoundingClientRect())
          .map((r) => r.top + r.height / 2);
        // Items whose middles are within 12 px of each other sit on one row.
        return tops.sort((a, b) => a - b).filter((t, i, all) => i === 0 || t - all[i - 1]! > 12).length;
      });
      expect(rows).toBeLessThanOrEqual(2);
      expect(await page.locator('[data-deck="fullscreen"]').isVisible()).toBe(true);
      for (const name of ["Precedente", "Successiva"]) {
        const button = page.getByRole("button", { name, exact: true });
        expect(await button.isVisible()).toBe(true);
        const box = (await button.boundingBox())!;
        expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
      }
      await page.getByRole("button", { name: "Successiva", exact: true }).click();
      expect((await state(page)).visible).toEqual(["slide-2"]);
    } finally {
      await page.close();
    }
  });

  test("the opening slide tells how to turn slides on the device: keys with a mouse, swipes and buttons on a touch screen", async () => {
    const { page } = await open();
    const touch = await browser.newContext({ viewport: { width: WIDTHS.phone, height: 740 }, hasTouch: true, isMobile: true });
    try {
      const hint = async (p: Page) => (await p.locator("#slide-1 .slide-meta").innerText()).replace(/\s+/g, " ");
      expect(await hint(page)).toMatch(/barra spaziatrice/);
      expect(await hint(page)).not.toMatch(/Scorri|tocca/);
      const phone = await touch.newPage();
      await phone.goto(`${site.url}presentazione/`, { waitUntil: "load" });
      expect(await hint(phone)).toMatch(/Scorri di lato o tocca le frecce in alto/);
      expect(await hint(phone)).not.toMatch(/barra spaziatrice|Frecce/);
    } finally {
      await page.close();
      await touch.close();
    }
  });

  test(`every slide reads at ${WIDTHS.phone} px without scrolling sideways`, async () => {
    const { page, seen } = await open(WIDTHS.phone);
    try {
      const found: string[] = [];
      for (let i = 1; i <= TOTAL; i++) {
        const o = await horizontalOverflow(page);
        if (o) found.push(`slide-${i}: ${o.scrollWidth} px (${o.culprits.join(", ")})`);
        await page.keyboard.press("ArrowRight");
      }
      expect(found).toEqual([]);
      expect(seen.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe("the deck without JavaScript", () => {
  test("is a sequence of every slide, each at its own fragment", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    try {
      await page.goto(`${site.url}presentazione/#slide-3`, { waitUntil: "load" });
      const s = await state(page);
      expect(s.visible).toHaveLength(TOTAL);
      expect(await page.evaluate(() => Math.round(document.getElementById("slide-3")!.getBoundingClientRect().top))).toBeLessThan(5);
      expect(await page.locator(".deck-controls").isVisible()).toBe(false);
      // Without the bar's counter, each slide shows its own number.
      expect(await page.locator("#slide-3 .slide-number").innerText()).toBe(`3 / ${TOTAL}`);
    } finally {
      await context.close();
    }
  });
});

describe("printing the deck", () => {
  test("gives one 16 × 9 in page per slide", async () => {
    const { page } = await open();
    try {
      await page.keyboard.press("ArrowRight");
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      const text = pdf.toString("latin1");
      const pages = text.match(/\/Type\s*\/Page(?!s)/g) ?? [];
      expect(pages).toHaveLength(TOTAL);
      // 16 × 9 in = 1152 × 648 pt.
      const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(text);
      expect([Math.round(Number(box?.[1])), Math.round(Number(box?.[2]))]).toEqual([1152, 648]);
    } finally {
      await page.close();
    }
  });
});
