// The home page's key figures ("In cifre"): however many there are, no card is
// left alone on the last row of the grid, on a laptop or a phone, and nothing
// scrolls sideways on the smallest screen.
import { describe, expect, test } from "vitest";
import { horizontalOverflow, WIDTHS } from "../helpers/browser.ts";
import { builtSite } from "../helpers/built-site.ts";

const site = builtSite();

describe("the key figures on the home page", () => {
  test.each([WIDTHS.desktop, WIDTHS.phone, WIDTHS.reflow])("at %i px fill rows that differ by one card at most", async (width) => {
    const page = await site.browser.newPage({ viewport: { width, height: 900 } });
    try {
      await page.goto(site.url, { waitUntil: "load" });
      const rows = await page.locator("ul.figures > li").evaluateAll((cards) => {
        const perRow = new Map<number, number>();
        for (const card of cards) {
          const top = Math.round(card.getBoundingClientRect().top);
          perRow.set(top, (perRow.get(top) ?? 0) + 1);
        }
        return [...perRow.values()];
      });
      expect(rows.reduce((a, b) => a + b, 0)).toBeGreaterThan(1);
      expect(Math.max(...rows) - Math.min(...rows), `cards per row: ${rows.join(" + ")}`).toBeLessThanOrEqual(1);
      if (width === WIDTHS.desktop) expect(rows.length, `cards per row: ${rows.join(" + ")}`).toBeLessThanOrEqual(2);
      expect(await horizontalOverflow(page)).toBeNull();
    } finally {
      await page.close();
    }
  });
});
