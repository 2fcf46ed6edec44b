import type { Page } from "playwright-core";

/** sRGB colour with alpha, channels 0–255, alpha 0–1. */
export type Rgba = [r: number, g: number, b: number, a: number];

/** Parses a computed CSS colour ("rgb(1, 2, 3)", "rgba(1, 2, 3, 0.5)", "rgb(1 2 3 / 50%)"). */
export function parseColour(css: string): Rgba | null {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(css.trim());
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith("%") ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

/** `top` painted with its alpha (times `opacity`) over an opaque `bottom`. */
export function blend(top: Rgba, bottom: Rgba, opacity = 1): Rgba {
  const a = top[3] * opacity;
  return [0, 1, 2].map((i) => top[i]! * a + bottom[i]! * (1 - a)).concat(1) as Rgba;
}

function luminance([r, g, b]: Rgba): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2 contrast ratio of two opaque colours, 1–21. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** What the page reports about one piece of SVG text, for `chartTextContrast`. */
interface TextSample {
  text: string;
  fill: string;
  /** Product of the opacities of the text and its ancestors, times fill-opacity. */
  opacity: number;
  /** Colour behind the text: its halo (a wide stroke painted first), the filled shape under it, or the page. */
  behind: string;
  behindOpacity: number;
  page: string;
}

/**
 * Contrast of every displayed text of the page's chart SVGs against what is
 * behind it (WCAG 1.4.3: 4.5:1 for text this small). axe-core leaves SVG text
 * "incomplete" when shapes overlap it, so the charts need this check of their own.
 * Returns one line per text below `minimum`.
 */
export async function chartTextContrast(page: Page, minimum = 4.5): Promise<string[]> {
  const samples: TextSample[] = await page.evaluate(() => {
    const opaque = (c: string) => c !== "none" && c !== "transparent" && !c.endsWith(", 0)");
    const chain = (el: Element, stop: Element) => {
      let o = 1;
      for (let e: Element | null = el; e && e !== stop.parentElement; e = e.parentElement)
        o *= parseFloat(getComputedStyle(e).opacity);
      return o;
    };
    const pageBg = getComputedStyle(document.body).backgroundColor;
    const out: TextSample[] = [];
    for (const text of document.querySelectorAll<SVGTextElement>("figure svg text")) {
      if (!text.checkVisibility({ opacityProperty: false, visibilityProperty: true }) || !text.textContent?.trim())
        continue;
      const svg = text.ownerSVGElement;
      if (!svg || svg.closest("[aria-hidden='true']") === svg) continue;
      const cs = getComputedStyle(text);
      const box = text.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      let behind = pageBg;
      let behindOpacity = 1;
      const haloWidth = parseFloat(cs.strokeWidth);
      if (opaque(cs.stroke) && haloWidth >= 2 && cs.paintOrder.startsWith("stroke")) {
        behind = cs.stroke;
        behindOpacity = chain(text, svg) * parseFloat(cs.strokeOpacity);
      } else {
        // The last filled shape painted before the text whose box holds the text's centre
        // (geometry, not elementsFromPoint, which sees only what is scrolled into view).
        const x = box.left + box.width / 2;
        const y = box.top + box.height / 2;
        const under = [...svg.querySelectorAll("rect, circle, path, polygon, ellipse")]
          .filter((el) => el.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING)
          .filter((el) => {
            const b = el.getBoundingClientRect();
            return b.left <= x && x <= b.right && b.top <= y && y <= b.bottom && opaque(getComputedStyle(el).fill);
          })
          .at(-1);
        if (under) {
          behind = getComputedStyle(under).fill;
          behindOpacity = chain(under, svg) * parseFloat(getComputedStyle(under).fillOpacity);
        }
      }
      out.push({
        text: text.textContent.trim().slice(0, 50),
        fill: cs.fill,
        opacity: chain(text, svg) * parseFloat(cs.fillOpacity),
        behind,
        behindOpacity,
        page: pageBg,
      });
    }
    return out;
  });
  const failures: string[] = [];
  for (const s of samples) {
    const pageBg = parseColour(s.page);
    const fill = parseColour(s.fill);
    const behind = parseColour(s.behind);
    if (!pageBg || !fill || !behind) {
      failures.push(`"${s.text}": colour not understood (fill ${s.fill}, behind ${s.behind})`);
      continue;
    }
    const bg = blend(behind, pageBg, s.behindOpacity);
    const ratio = contrastRatio(blend(fill, bg, s.opacity), bg);
    if (ratio < minimum)
      failures.push(`"${s.text}": ${ratio.toFixed(2)}:1 (${s.fill} × ${s.opacity.toFixed(2)} on ${s.behind})`);
  }
  return failures;
}
