// Client script of every page: small enhancements on top of pages that already
// work without JavaScript. No chart library runs in the browser.
import { enhanceCharts } from "./charts.ts";

// Escape closes an open glossary tooltip (WCAG 1.4.13: dismissible without moving
// pointer or focus) and the mobile navigation.
document.addEventListener("keydown", (event) => {
  if (event.key !== "Escape") return;
  const term = (document.activeElement as HTMLElement | null)?.closest(".term");
  if (term) term.classList.add("tip-dismissed");
  for (const el of document.querySelectorAll<HTMLElement>(".term:hover")) el.classList.add("tip-dismissed");
  const nav = document.querySelector<HTMLDetailsElement>(".mobile-nav[open]");
  if (nav) {
    nav.open = false;
    nav.querySelector("summary")?.focus();
  }
});
for (const term of document.querySelectorAll<HTMLElement>(".term")) {
  const reset = () => term.classList.remove("tip-dismissed");
  term.addEventListener("mouseleave", reset);
  term.addEventListener("focusout", reset);
}

enhanceCharts(document);
