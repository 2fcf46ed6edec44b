import type { Page } from "playwright-core";

/** What a keyboard user met on one Tab stop. */
export interface TabStop {
  /** e.g. `rect[data-tip]`, `a.site-title`, `button`. */
  element: string;
  /** Its text: data-tip, aria-label or text content, shortened. */
  text: string;
  /** A focus indicator is drawn: a solid outline of 2 px or more, or a focus-coloured stroke of 2 px or more. */
  ring: boolean;
  /** For chart marks: the chart tooltip is shown and says what the mark's data-tip says. */
  tooltip: boolean;
}

/** Everything `tabThrough` learns about a page. */
export interface TabWalk {
  stops: TabStop[];
  /** Chart marks the client script gave a tooltip (data-tip), displayed or not. */
  marksTotal: number;
  /** Chart marks with a tooltip that are displayed (and so must be reachable). */
  marksShown: number;
  /** Chart marks with a tooltip that are displayed but were never reached by Tab. */
  unreachedMarks: string[];
  /** The page's last focusable element (on most pages, the footer's last link) got focus: nothing traps the keyboard. */
  reachedEnd: boolean;
}

interface RawStop extends TabStop {
  mark: number | null;
  last: boolean;
}

type Recorder = { __stops: RawStop[] };

/**
 * Presses Tab from the top of the page until its last focusable element gets
 * focus (or more presses than the page has focusable elements have passed),
 * recording each stop as it gets focus: whether a focus ring is drawn and, for
 * chart marks, whether the tooltip shows the mark's text. Marks are the
 * elements the client script gives a data-tip; those not displayed (another
 * wave, the other drawing of a wide/narrow pair) need not be reachable.
 */
export async function tabThrough(page: Page): Promise<TabWalk> {
  const budget = await page.evaluate(() => {
    const marks = [...document.querySelectorAll("figure.chart [data-tip]")];
    marks.forEach((el, i) => el.setAttribute("data-kbd-mark", String(i)));
    const focusable = "a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex='-1'])";
    const tabbable = [...document.querySelectorAll(focusable)].filter(
      (el) => el.checkVisibility() && !(el as HTMLElement).matches(":disabled"),
    );
    const last = tabbable.at(-1) ?? null;
    const probe = document.createElement("span");
    probe.style.color = "var(--focus)";
    document.body.append(probe);
    const focusColour = getComputedStyle(probe).color;
    probe.remove();
    const stops: RawStop[] = [];
    (window as unknown as Recorder).__stops = stops;
    document.addEventListener("focusin", (e) => {
      const el = e.target as Element;
      const cs = getComputedStyle(el);
      const outline = cs.outlineStyle !== "none" && parseFloat(cs.outlineWidth) >= 2;
      const shape = el.matches("g") ? el.firstElementChild : el;
      const ss = shape ? getComputedStyle(shape) : cs;
      const stroke = ss.stroke === focusColour && parseFloat(ss.strokeWidth) >= 2;
      const tip = el.getAttribute("data-tip");
      const tooltip = document.querySelector<HTMLElement>(".chart-tooltip");
      stops.push({
        element:
          el.tagName.toLowerCase() + (tip !== null ? "[data-tip]" : el.classList[0] ? `.${el.classList[0]}` : ""),
        text: (tip ?? el.getAttribute("aria-label") ?? el.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 60),
        ring: outline || stroke,
        tooltip: tip !== null && !!tooltip && !tooltip.hidden && tooltip.textContent === tip,
        mark: el.hasAttribute("data-kbd-mark") ? Number(el.getAttribute("data-kbd-mark")) : null,
        last: el === last,
      });
    });
    (document.activeElement as HTMLElement | null)?.blur();
    return tabbable.length + 10;
  });
  let reachedEnd = false;
  for (let pressed = 0; pressed < budget && !reachedEnd; pressed += 20) {
    for (let i = 0; i < 20; i++) await page.keyboard.press("Tab");
    reachedEnd = await page.evaluate(() => (window as unknown as Recorder).__stops.some((s) => s.last));
  }
  return page.evaluate((endReached) => {
    const raw = (window as unknown as Recorder).__stops;
    const reached = new Set(raw.map((s) => s.mark));
    const shown = [...document.querySelectorAll("[data-kbd-mark]")].filter((el) => el.checkVisibility());
    const unreachedMarks = shown
      .filter((el) => !reached.has(Number(el.getAttribute("data-kbd-mark"))))
      .map(
        (el) => `${el.tagName.toLowerCase()}: ${(el.getAttribute("data-tip") ?? "").replace(/\s+/g, " ").slice(0, 60)}`,
      );
    const stops = raw.map(({ element, text, ring, tooltip }) => ({ element, text, ring, tooltip }));
    const marksTotal = document.querySelectorAll("[data-kbd-mark]").length;
    return { stops, marksTotal, marksShown: shown.length, unreachedMarks, reachedEnd: endReached };
  }, reachedEnd);
}
