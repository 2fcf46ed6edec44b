// Glossary terms in chapters (src/lib/remark/remark-glossary.ts):
//   <span class="term"><a class="term-link" href="…/glossario/#id" aria-describedby="def-…">…</a>
//   <span class="term-tip" id="def-…" role="tooltip">short definition</span></span>
// CSS shows the tip on hover and on keyboard focus, and screen readers get it as
// the link's description; without JavaScript the link simply opens the glossary.
// This module keeps a shown tip inside the window and lets Escape dismiss it
// (WCAG 1.4.13). On a touch screen there is no hover, so a tap would leave the
// chapter before the definition is seen: there the first tap on a term shows its
// tip, with an "Apri nel glossario" link; a second tap on the term, or that link,
// opens the entry; a tap elsewhere or Escape closes the tip. Mouse and keyboard
// work as before (the first click or Enter follows the link).

const OPEN = "tip-open";
const DISMISSED = "tip-dismissed";
const OPEN_IN_GLOSSARY = "Apri nel glossario";

/**
 * Shifts a shown tip left when it would pass the right edge of the viewport, and
 * opens it above the term when it would run off the bottom and there is room above.
 */
function keepTipInView(term: HTMLElement) {
  const tip = term.querySelector<HTMLElement>(".term-tip");
  if (!tip) return;
  tip.style.translate = "";
  term.classList.remove("tip-above");
  const box = tip.getBoundingClientRect();
  const overflow = box.right - (document.documentElement.clientWidth - 8);
  if (overflow > 0) tip.style.translate = `${-Math.ceil(overflow)}px 0`;
  const roomAbove = term.getBoundingClientRect().top - (document.querySelector(".site-header")?.getBoundingClientRect().bottom ?? 0);
  if (box.bottom > window.innerHeight - 8 && roomAbove > box.height + 12) term.classList.add("tip-above");
}

function isShown(term: HTMLElement): boolean {
  const tip = term.querySelector(".term-tip");
  return !!tip && getComputedStyle(tip).display !== "none";
}

function close(term: Element) {
  term.classList.remove(OPEN);
  term.querySelector(".term-tip-link")?.remove();
}

function closeAll(except?: Element | null) {
  for (const term of document.querySelectorAll(`.term.${OPEN}`)) if (term !== except) close(term);
}

function open(term: HTMLElement, link: HTMLAnchorElement) {
  closeAll(term);
  term.classList.remove(DISMISSED);
  term.classList.add(OPEN);
  const tip = term.querySelector(".term-tip");
  if (tip && !tip.querySelector(".term-tip-link")) {
    const a = document.createElement("a");
    a.className = "term-tip-link";
    a.href = link.href;
    a.textContent = OPEN_IN_GLOSSARY;
    // A second way, for fingers, to the entry the term's own link opens: screen
    // readers and Tab skip it, so the link's description stays the definition
    // alone and a tooltip gets no focusable content.
    a.tabIndex = -1;
    a.setAttribute("aria-hidden", "true");
    tip.append(a);
  }
  keepTipInView(term);
}

/** Wires every glossary term of the page. */
export function enhanceGlossaryTips() {
  // The term a touch or pen is on, and whether its tip was already showing then
  // (opened by an earlier tap, or by the hover a first tap gives in some browsers).
  let touched: { term: HTMLElement; shown: boolean } | undefined;

  document.addEventListener("pointerdown", (event) => {
    const term = (event.target as Element | null)?.closest?.<HTMLElement>(".term") ?? null;
    touched = term && (event.pointerType === "touch" || event.pointerType === "pen") ? { term, shown: isShown(term) } : undefined;
    closeAll(term);
  });

  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    const term = (document.activeElement as HTMLElement | null)?.closest(".term");
    if (term) term.classList.add(DISMISSED);
    for (const el of document.querySelectorAll<HTMLElement>(".term:hover")) el.classList.add(DISMISSED);
    closeAll();
  });

  for (const term of document.querySelectorAll<HTMLElement>(".term")) {
    const link = term.querySelector<HTMLAnchorElement>(".term-link");
    const reset = () => term.classList.remove(DISMISSED);
    const show = () => keepTipInView(term);
    term.addEventListener("mouseleave", reset);
    term.addEventListener("focusout", (event) => {
      reset();
      // Focus moved on to something else (Tab, or a tap on another link).
      const next = event.relatedTarget as Node | null;
      if (next && !term.contains(next)) close(term);
    });
    term.addEventListener("mouseenter", show);
    term.addEventListener("focusin", show);
    link?.addEventListener("click", (event) => {
      const tap = touched;
      touched = undefined;
      // A click from the keyboard (detail 0), the mouse, or a second tap follows the link.
      if (!tap || tap.term !== term || tap.shown || event.detail === 0) return;
      event.preventDefault();
      open(term, link);
    });
  }
}
