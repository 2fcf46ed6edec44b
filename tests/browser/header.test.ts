// The sticky header stays one row at every width, so it takes as little of a
// phone's screen as it can: on narrow screens a "Cerca" link to the search page
// stands in for the search form.
import { describe, expect, test } from "vitest";
import { WIDTHS } from "../helpers/browser.ts";
import { builtSite } from "../helpers/built-site.ts";
import { pageWith } from "../helpers/site.ts";

const site = builtSite();

describe("the site header of a chapter", () => {
  test.each([WIDTHS.reflow, WIDTHS.phone, 768, WIDTHS.desktop])("at %i px is one row, at most 64 px tall", async (width) => {
    const page = await site.browser.newPage({ viewport: { width, height: 800 } });
    try {
      await page.goto(new URL(pageWith("h1"), site.url).href);
      const height = await page.locator(".site-header").evaluate((h) => h.getBoundingClientRect().height);
      expect(height).toBeLessThanOrEqual(64);
    } finally {
      await page.close();
    }
  });

  test(`at ${WIDTHS.phone} px a "Cerca" link opens the search page; from 768 px the search form is there`, async () => {
    const phone = await site.browser.newPage({ viewport: { width: WIDTHS.phone, height: 800 } });
    const wide = await site.browser.newPage({ viewport: { width: 768, height: 800 } });
    try {
      await phone.goto(new URL("analisi/", site.url).href);
      expect(await phone.locator("#site-search").isVisible()).toBe(false);
      const link = phone.getByRole("link", { name: "Cerca nel rapporto" });
      await Promise.all([phone.waitForURL(/\/cerca\/$/), link.click()]);
      expect(await phone.locator("#search-query").isVisible()).toBe(true);
      await wide.goto(new URL("analisi/", site.url).href);
      expect(await wide.locator("#site-search").isVisible()).toBe(true);
      expect(await wide.getByRole("link", { name: "Cerca nel rapporto" }).isVisible()).toBe(false);
    } finally {
      await phone.close();
      await wide.close();
    }
  });
});
