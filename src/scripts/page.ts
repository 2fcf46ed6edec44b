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

enhanceGlossaryTips();
enhanceCharts(document);
enhanceCopyButtons(document);
enhanceScrollRegions(document);
