// The site works under its own Content-Security-Policy: every page loads and
// runs its script with no CSP violation, no console error and no uncaught
// exception. Served with public/_headers applied, pages refuse to be framed by
// another origin and embeds accept it.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { CSP } from "../../src/lib/content/csp.ts";
import { cspViolations, launchBrowser, recordCspViolations, watchPage, WIDTHS } from "../helpers/browser.ts";
import { serveDir, type Served } from "../helpers/serve.ts";
import { DIST, listPages, pagePath, readPage } from "../helpers/site.ts";

const FIXTURES = resolve(import.meta.dirname, "../fixtures/csp");

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * A page that reports, for each URL it visits, every CSP violation, console
 * error and exception (console lines that only repeat a recorded violation are dropped).
 */
async function problemPage(): Promise<{ page: Page; visit: (url: string) => Promise<string[]> }> {
  const page = await browser.newPage({ viewport: { width: WIDTHS.desktop, height: 900 } });
  await recordCspViolations(page);
  const seen = watchPage(page);
  const visit = async (url: string) => {
    const response = await page.goto(url, { waitUntil: "load" });
    // Give late work (deferred module scripts, lazily fetched assets) a moment to run.
    await page.waitForLoadState("networkidle");
    const violations = await cspViolations(page);
    const errors = seen.errors.splice(0).filter((e) => !(violations.length > 0 && /Content Security Policy/.test(e)));
    return [
      ...(response && response.status() >= 400 ? [`HTTP ${response.status()}`] : []),
      ...violations,
      ...new Set(errors),
    ];
  };
  return { page, visit };
}

describe("the CSP checks catch what they must", () => {
  test("an inline style, an inline script and a third-party image under the site's CSP are reported", async () => {
    const site = await serveDir(FIXTURES);
    const { page, visit } = await problemPage();
    try {
      const problems = await visit(`${site.url}violations.html`);
      expect(problems.filter((p) => p.startsWith("style-src"))).toHaveLength(1);
      expect(problems.filter((p) => p.startsWith("script-src"))).toHaveLength(1);
      expect(problems.filter((p) => p.startsWith("img-src") && p.includes("https://example.org/"))).toHaveLength(1);
    } finally {
      await page.close();
      await site.close();
    }
  });

  test("the fixture carries the site's current policy", () => {
    const meta = readPage("violations.html", FIXTURES).querySelector('meta[http-equiv="Content-Security-Policy"]');
    expect(meta?.getAttribute("content")).toBe(CSP);
  });
});

describe("every page of the built site", () => {
  const pages = listPages();

  test("carries the CSP meta tag before anything it governs", () => {
    const wrong = pages.filter((file) => {
      const head = readPage(file).querySelector("head");
      const children = head ? [...head.children] : [];
      const at = children.findIndex((el) => el.matches('meta[http-equiv="Content-Security-Policy"]'));
      // A policy applies only to what follows it: only the charset may come first.
      return (
        at < 0 ||
        children[at]!.getAttribute("content") !== CSP ||
        children.slice(0, at).some((el) => !el.matches("meta[charset]"))
      );
    });
    expect(wrong).toEqual([]);
  });

  test(
    `loads with no CSP violation, console error or exception (${pages.length} pages)`,
    { timeout: 300_000 },
    async () => {
      const site = await serveDir(DIST);
      const { page, visit } = await problemPage();
      const problems: string[] = [];
      try {
        for (const file of pages) {
          for (const p of await visit(new URL(pagePath(file).slice(1), site.url).href))
            problems.push(`${pagePath(file)}: ${p}`);
        }
      } finally {
        await page.close();
        await site.close();
      }
      expect(problems).toEqual([]);
    },
  );
});

describe("framing, with public/_headers applied as a host would", () => {
  const embed = listPages().find((f) => f.startsWith("embed/"));
  let site: Served;
  let bare: Served;
  let other: Served;
  let otherDir: string;

  beforeAll(async () => {
    site = await serveDir(DIST, "/", { headers: true });
    bare = await serveDir(DIST);
    // Another origin (another port on 127.0.0.1), whose page frames ours.
    otherDir = mkdtempSync(join(tmpdir(), "framer-"));
    writeFileSync(join(otherDir, "index.html"), `<!DOCTYPE html><html lang="it"><title>Un altro sito</title></html>`);
    other = await serveDir(otherDir);
  });
  afterAll(async () => {
    await site?.close();
    await bare?.close();
    await other?.close();
    if (otherDir) rmSync(otherDir, { recursive: true, force: true });
  });

  /** Opens `from`, frames `target` in it and returns the framed page's <h1>, or "" when the browser refused to show it. */
  async function framedHeading(from: string, target: string): Promise<string> {
    const page = await browser.newPage();
    try {
      await page.goto(from, { waitUntil: "load" });
      await page.evaluate((src) => {
        const frame = document.createElement("iframe");
        frame.src = src;
        frame.title = "incorporato";
        document.body.append(frame);
        return new Promise((ok) => frame.addEventListener("load", ok));
      }, target);
      const frame = page.frames().find((f) => f !== page.mainFrame() && f.url() === target);
      if (!frame) return "";
      return (
        (await frame
          .locator("h1")
          .first()
          .textContent({ timeout: 2000 })
          .catch(() => "")) ?? ""
      ).trim();
    } finally {
      await page.close();
    }
  }

  test("without the headers (a host that ignores _headers) another site can frame a chapter: the check below is real", async () => {
    expect(await framedHeading(`${other.url}index.html`, `${bare.url}reti/`)).not.toBe("");
  });

  test("with them, a chapter framed by another site is blocked (frame-ancestors 'self')", async () => {
    expect(await framedHeading(`${other.url}index.html`, `${site.url}reti/`)).toBe("");
  });

  test("a chapter framed by the site itself is shown", async () => {
    expect(await framedHeading(`${site.url}`, `${site.url}reti/`)).not.toBe("");
  });

  test.skipIf(!embed)("an embed framed by another site is shown (frame-ancestors *)", async () => {
    expect(await framedHeading(`${other.url}index.html`, new URL(pagePath(embed!).slice(1), site.url).href)).not.toBe(
      "",
    );
  });
});
