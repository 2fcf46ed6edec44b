// Client script of every page: small enhancements on top of pages that already
// work without JavaScript. No chart library runs in the browser.
import { enhanceCharts } from "./charts.ts";
import { enhanceCopyButtons } from "./copy-code.ts";
import { enhanceGlossaryTips } from "./glossary-tips.ts";
import { enhanceScrollRegions } from "./scroll-regions.ts";

// Escape closes the mobile navigation (and, in glossary-tips.ts, a glossary tip).
document.addEventListener("keydown", (event) => {
  if (event.key !== "Escape") return;
  const nav = document.querySelector<HTMLDetailsElement>(".mobile-nav[open]");
  if (nav) {
    nav.open = false;
    nav.querySelector("summary")?.focus();
  }
});

// The phone menu opens just under the sticky header (layout.css assumes its usual
// 3.5rem): its real height, should zoom or wrapping make it taller.
const header = document.querySelector<HTMLElement>(".site-header");
if (header) {
  new ResizeObserver(() => document.documentElement.style.setProperty("--header-height", `${header.offsetHeight}px`)).observe(header);
}

enhanceGlossaryTips();
enhanceCharts(document);
enhanceCopyButtons(document);
enhanceScrollRegions(document);
