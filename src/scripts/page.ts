// Client script of every page: small enhancements on top of pages that already
// work without JavaScript. No chart library runs in the browser.
import { enhanceCharts } from "./charts.ts";
import { enhanceCopyButtons } from "./copy-code.ts";

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
/** Shifts a shown glossary tip left when it would pass the right edge of the viewport. */
function keepTipInView(term: HTMLElement) {
  const tip = term.querySelector<HTMLElement>(".term-tip");
  if (!tip) return;
  tip.style.translate = "";
  const overflow = tip.getBoundingClientRect().right - (document.documentElement.clientWidth - 8);
  if (overflow > 0) tip.style.translate = `${-Math.ceil(overflow)}px 0`;
}
for (const term of document.querySelectorAll<HTMLElement>(".term")) {
  const reset = () => term.classList.remove("tip-dismissed");
  const show = () => keepTipInView(term);
  term.addEventListener("mouseleave", reset);
  term.addEventListener("focusout", reset);
  term.addEventListener("mouseenter", show);
  term.addEventListener("focusin", show);
}

enhanceCharts(document);
enhanceCopyButtons(document);
