import { existsSync } from "node:fs";
import { chromium, type Browser, type Page, type BrowserContext } from "playwright-core";

/** Debian's chromium (Playwright cannot download browsers on these machines). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Flags from DEVELOPERS.md: no sandbox as root, and no background network traffic. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`no chromium at ${CHROMIUM}: run \`apt-get update && apt-get install -y chromium\` or set CHROMIUM_PATH`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** Viewports the browser tests use: a small phone (WCAG 1.4.10 reflow is 320 CSS px), a phone and a laptop. */
export const WIDTHS = { reflow: 320, phone: 375, desktop: 1280 } as const;

/** The colour schemes every page must work in (prefers-color-scheme). */
export const SCHEMES = ["light", "dark"] as const;

/**
 * Collects what a page reports while it runs: console errors, uncaught
 * exceptions, CSP violations (the page's `securitypolicyviolation` events) and
 * dialogs (alert/confirm/prompt, dismissed at once). Call before `goto`.
 */
export function watchPage(page: Page): { errors: string[]; dialogs: string[] } {
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`exception: ${e.message}`));
  page.on("dialog", (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  return { errors, dialogs };
}

/**
 * Records every Content-Security-Policy violation of the documents the page
 * loads, in the page itself (the event is not always echoed to the console,
 * e.g. for report-only policies). Read them back with `cspViolations`.
 */
export async function recordCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (globalThis as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (e) => {
      seen.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
}

export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (globalThis as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}

/** What makes a page wider than its viewport, as `horizontalOverflow` reports it. */
export interface Overflow {
  /** document.documentElement.scrollWidth, in CSS px. */
  scrollWidth: number;
  /** The innermost elements that stick out (or whose content does), e.g. "table", "p.long-word". */
  culprits: string[];
}

/**
 * Null when the page does not scroll sideways (scrollWidth ≤ viewport width);
 * otherwise the width and the innermost elements responsible, skipping
 * anything inside a container that scrolls or clips on its own.
 */
export async function horizontalOverflow(page: Page): Promise<Overflow | null> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    if (root.scrollWidth <= width) return null;
    const clipped = (el: Element): boolean => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        if (getComputedStyle(p).overflowX !== "visible") return true;
      }
      return false;
    };
    // An element sticks out if its box passes the right edge, or if it is an HTML
    // box whose content (a long word, a wide child) is wider than the box itself.
    const sticksOut = (el: Element): boolean => {
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) return false;
      if (box.right > width + 0.5) return true;
      return el instanceof HTMLElement && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === "visible";
    };
    // checkVisibility() skips display:none and closed <details> content, which take no room.
    const all = [...document.body.querySelectorAll("*")].filter((el) => el.checkVisibility() && sticksOut(el) && !clipped(el));
    const innermost = all.filter((el) => !all.some((other) => other !== el && el.contains(other)));
    const name = (el: Element) => el.tagName.toLowerCase() + (el.classList[0] ? `.${el.classList[0]}` : el.id ? `#${el.id}` : "");
    return { scrollWidth: root.scrollWidth, culprits: [...new Set(innermost.map(name))].slice(0, 8) };
  });
}

/** Opens `path` (relative to the served site's URL `base`) in a new page of `context`, waiting for load. */
export async function openPage(context: BrowserContext, base: string, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(new URL(path, base).href, { waitUntil: "load" });
  return page;
}

/**
 * Pairs of chart labels that cover each other on the page, as
 * "chart-id: «one» × «other»". Each label is the box of its glyphs (getBBox,
 * less a pixel of air on every side) in the orientation it is drawn, so labels
 * set at an angle side by side are not taken for overlapping, as their upright
 * bounding boxes would be. Only visible text of the drawings matching
 * `drawings` (by default every chart's on a page; ":root" for an SVG file) is
 * compared, within one drawing; legends and lists under a chart are HTML.
 */
export async function overlappingChartText(page: Page, drawings = "figure.chart svg"): Promise<string[]> {
  return page.evaluate((selector) => {
    type Pt = { x: number; y: number };
    const corners = (t: SVGTextElement): Pt[] => {
      const b = t.getBBox();
      const m = t.getScreenCTM()!;
      const [l, r, top, bottom] = [b.x + 1, b.x + b.width - 1, b.y + 1, b.y + b.height - 1];
      return [
        [l, top],
        [r, top],
        [r, bottom],
        [l, bottom],
      ].map(([x, y]) => ({ x: m.a * x! + m.c * y! + m.e, y: m.b * x! + m.d * y! + m.f }));
    };
    // Separating axis test for two convex quadrilaterals.
    const apart = (p: Pt[], q: Pt[]): boolean => {
      for (const poly of [p, q]) {
        for (let i = 0; i < 4; i++) {
          const a = poly[i]!;
          const b = poly[(i + 1) % 4]!;
          const n = { x: b.y - a.y, y: a.x - b.x };
          const along = (r: Pt[]) => r.map((c) => c.x * n.x + c.y * n.y);
          const [pa, qa] = [along(p), along(q)];
          if (Math.max(...pa) <= Math.min(...qa) || Math.max(...qa) <= Math.min(...pa)) return true;
        }
      }
      return false;
    };
    const found: string[] = [];
    for (const svg of document.querySelectorAll<SVGSVGElement>(selector)) {
      if (!svg.checkVisibility() || svg.closest(".chart-legend, .chart-key")) continue;
      const labels = [...svg.querySelectorAll("text")]
        .filter((t) => t.checkVisibility() && t.textContent!.trim() !== "")
        .map((t) => ({ text: t.textContent!.trim().slice(0, 40), box: corners(t) }));
      const chart = svg.closest("figure")?.getAttribute("data-chart") ?? location.pathname.split("/").pop();
      labels.forEach((a, i) => {
        for (const b of labels.slice(i + 1)) if (!apart(a.box, b.box)) found.push(`${chart}: «${a.text}» × «${b.text}»`);
      });
    }
    return found;
  }, drawings);
}
