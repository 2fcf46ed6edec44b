import { afterAll, beforeAll } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser } from "./browser.ts";
import { serveDir, type Served } from "./serve.ts";
import { DIST } from "./site.ts";

/**
 * For a browser test file: launches Chromium and serves the built site (DIST)
 * before its tests, and closes both after them. Call at the top level of the file.
 */
export function builtSite(): { readonly browser: Browser; readonly url: string } {
  let browser: Browser | undefined;
  let site: Served | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    site = await serveDir(DIST);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error("builtSite(): the browser is launched in beforeAll");
      return browser;
    },
    get url() {
      if (!site) throw new Error("builtSite(): the site is served in beforeAll");
      return site.url;
    },
  };
}
