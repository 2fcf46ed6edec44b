// The data dictionary on /dati/: on a phone every column of a dataset reads as a
// block (name and type, then the meaning at full width) with nothing to scroll
// sideways; on a laptop it is a three-column table. Either way it stays a table
// with its column headers for screen readers.
import { describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { WIDTHS } from "../helpers/browser.ts";
import { builtSite } from "../helpers/built-site.ts";

const site = builtSite();

async function open(width: number): Promise<Page> {
  const page = await site.browser.newPage({ viewport: { width, height: 800 } });
  await page.goto(`${site.url}dati/`, { waitUntil: "load" });
  return page;
}

/**
 * Every piece of meaning text (descriptions, allowed values and their labels)
 * and every rule whose line boxes leave the screen or the visible part of its
 * scroll box, as "<column>: <text>" lines; and how many pieces were measured.
 */
function textOutOfSight(page: Page) {
  return page.evaluate(() => {
    const out: string[] = [];
    let measured = 0;
    const cells = [...document.querySelectorAll<HTMLElement>("table.dictionary tbody td:nth-child(3), .data-rule")];
    for (const cell of cells) {
      const box = cell.closest(".table-scroll")?.getBoundingClientRect();
      const left = Math.max(0, box?.left ?? 0);
      const right = Math.min(innerWidth, box?.right ?? innerWidth);
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent!.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        measured++;
        for (const r of range.getClientRects()) {
          if (r.width > 0 && (r.left < left - 0.5 || r.right > right + 0.5)) {
            const row = cell.closest("tr")?.querySelector("td code")?.textContent ?? "rule";
            out.push(`${row}: "${node.textContent!.trim().slice(0, 40)}" spans ${Math.round(r.left)}–${Math.round(r.right)} px, visible ${Math.round(left)}–${Math.round(right)}`);
            break;
          }
        }
      }
    }
    return { out, measured };
  });
}

/** Where the three cells of each dictionary row sit: left edges and tops, in CSS px. */
function cellBoxes(page: Page) {
  return page.locator("table.dictionary tbody tr").evaluateAll((rows) =>
    rows.map((tr) => [...tr.children].map((td) => {
      const r = td.getBoundingClientRect();
      return { left: Math.round(r.left), top: Math.round(r.top), width: Math.round(r.width) };
    })),
  );
}

/** Chromium's accessibility roles for the dictionary tables, counted. */
async function tableRoles(page: Page): Promise<Record<string, number>> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as { nodes: { role?: { value?: string } }[] };
  const counts: Record<string, number> = {};
  for (const role of ["table", "row", "columnheader", "cell"]) counts[role] = nodes.filter((n) => n.role?.value === role).length;
  return counts;
}

describe("the data dictionary on /dati/", () => {
  test(`at ${WIDTHS.phone} px every meaning, allowed value and rule is whole on screen, with no sideways scrolling`, async () => {
    const page = await open(WIDTHS.phone);
    try {
      const { out, measured } = await textOutOfSight(page);
      expect(measured).toBeGreaterThan(60);
      expect(out).toEqual([]);
      const scrolling = await page.locator("table.dictionary").evaluateAll((tables) =>
        tables.map((t) => t.closest(".table-scroll")!).filter((box) => box.scrollWidth > box.clientWidth).map((box) => box.getAttribute("aria-label")),
      );
      expect(scrolling).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test(`at ${WIDTHS.phone} px each column is a block: name and type on one line, the meaning below at full width`, async () => {
    const page = await open(WIDTHS.phone);
    try {
      const rows = await cellBoxes(page);
      expect(rows.length).toBeGreaterThan(50);
      for (const [name, kind, meaning] of rows) {
        // Baseline-aligned, so the smaller type text may sit a pixel or two lower.
        expect(Math.abs(kind!.top - name!.top), "type beside the name").toBeLessThanOrEqual(4);
        expect(meaning!.top, "meaning below the name").toBeGreaterThan(name!.top);
        expect(meaning!.left, "meaning starts under the name").toBe(name!.left);
        expect(meaning!.width).toBeGreaterThan(WIDTHS.phone - 40);
      }
    } finally {
      await page.close();
    }
  });

  test(`at ${WIDTHS.desktop} px it is still a table: name, type and meaning side by side under visible column headers`, async () => {
    const page = await open(WIDTHS.desktop);
    try {
      const rows = await cellBoxes(page);
      expect(rows.length).toBeGreaterThan(50);
      for (const [name, kind, meaning] of rows) {
        expect([kind!.top, meaning!.top]).toEqual([name!.top, name!.top]);
        expect(name!.left).toBeLessThan(kind!.left);
        expect(kind!.left).toBeLessThan(meaning!.left);
      }
      const headers = await page.locator("table.dictionary th").evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect().height));
      for (const h of headers) expect(h).toBeGreaterThan(10);
    } finally {
      await page.close();
    }
  });

  test("screen readers get the same tables, rows, column headers and cells on a phone as on a laptop", async () => {
    const phone = await open(WIDTHS.phone);
    const desktop = await open(WIDTHS.desktop);
    try {
      const roles = await tableRoles(desktop);
      expect(roles.columnheader).toBeGreaterThanOrEqual(3 * roles.table!);
      expect(await tableRoles(phone)).toEqual(roles);
    } finally {
      await phone.close();
      await desktop.close();
    }
  });
});
