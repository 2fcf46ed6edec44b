// The presentation (/presentazione/) as a slide deck. Without this script the
// slides are a sequence of sections, each reachable at #slide-N. With it, one
// slide shows at a time: arrow keys, space / shift+space, PageUp / PageDown,
// Home / End, the buttons and horizontal swipes move between slides; the URL
// fragment follows (Back returns to the previous slide) and a live region says
// "Diapositiva 3 di 13".
import { enhanceCharts } from "./charts.ts";
import { slideIndex } from "../lib/export/deck.ts";

enhanceCharts(document);
// Tooltips and legend toggles stay; a slide shows every panel of a network, so
// the wave filter (hidden by the deck's CSS) must not hide any.
for (const panel of document.querySelectorAll(".slide-figure .chart-panel.is-hidden")) panel.classList.remove("is-hidden");

const slides = [...document.querySelectorAll<HTMLElement>("section.slide")];
const controls = document.querySelector<HTMLElement>(".deck-controls");
const status = document.getElementById("deck-status");
const count = document.querySelector(".deck-count");
const button = (name: string) => document.querySelector<HTMLButtonElement>(`[data-deck="${name}"]`);
const total = slides.length;
let current = -1;

function titleOf(slide: HTMLElement): string {
  return slide.querySelector("h1, h2")?.textContent?.trim() ?? "";
}

function show(index: number, { focus = false, push = false } = {}) {
  const i = Math.min(Math.max(index, 0), total - 1);
  if (i === current) return;
  current = i;
  slides.forEach((s, j) => (s.hidden = j !== i));
  const hash = `#${slides[i]!.id}`;
  if (push && location.hash !== hash) history.pushState(null, "", hash);
  if (count) count.textContent = `${i + 1} / ${total}`;
  if (status) status.textContent = `Diapositiva ${i + 1} di ${total}: ${titleOf(slides[i]!)}`;
  const prev = button("prev");
  const next = button("next");
  if (prev) prev.disabled = i === 0;
  if (next) next.disabled = i === total - 1;
  window.scrollTo(0, 0);
  if (focus) slides[i]!.focus({ preventScroll: true });
}

const go = (delta: number, focus: boolean) => show(current + delta, { focus, push: true });

/** Page keys scroll a slide taller than the window (narrow screens) before they turn it. */
function canScroll(down: boolean): boolean {
  const doc = document.documentElement;
  return down ? window.scrollY + window.innerHeight < doc.scrollHeight - 2 : window.scrollY > 2;
}

document.addEventListener("keydown", (event) => {
  if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
  const target = event.target as HTMLElement | null;
  if (target?.closest("input, textarea, select, [contenteditable]")) return;
  const onControl = !!target?.closest("a, button, summary");
  let delta = 0;
  switch (event.key) {
    case "ArrowRight":
      delta = 1;
      break;
    case "ArrowLeft":
      delta = -1;
      break;
    case "ArrowDown":
    case "PageDown":
      if (canScroll(true)) return;
      delta = 1;
      break;
    case "ArrowUp":
    case "PageUp":
      if (canScroll(false)) return;
      delta = -1;
      break;
    case " ":
      if (onControl || canScroll(!event.shiftKey)) return;
      delta = event.shiftKey ? -1 : 1;
      break;
    case "Home":
      event.preventDefault();
      show(0, { focus: true, push: true });
      return;
    case "End":
      event.preventDefault();
      show(total - 1, { focus: true, push: true });
      return;
    default:
      return;
  }
  event.preventDefault();
  go(delta, !target?.closest(".deck-controls"));
});

// Swipes: a mostly horizontal touch or pen stroke of at least 50 px.
let start: { x: number; y: number; id: number } | undefined;
const deck = document.querySelector<HTMLElement>(".deck-slides");
deck?.addEventListener("pointerdown", (e) => {
  if (e.pointerType !== "mouse") start = { x: e.clientX, y: e.clientY, id: e.pointerId };
});
deck?.addEventListener("pointerup", (e) => {
  if (!start || e.pointerId !== start.id) return;
  const dx = e.clientX - start.x;
  const dy = e.clientY - start.y;
  start = undefined;
  if (Math.abs(dx) >= 50 && Math.abs(dx) > 1.5 * Math.abs(dy)) go(dx < 0 ? 1 : -1, false);
});
deck?.addEventListener("pointercancel", () => (start = undefined));

button("prev")?.addEventListener("click", () => go(-1, false));
button("next")?.addEventListener("click", () => go(1, false));
const full = button("fullscreen");
if (full && document.fullscreenEnabled) {
  full.hidden = false;
  full.addEventListener("click", () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen();
  });
}

// Links to #slide-N, typed fragments and Back / Forward.
const fromUrl = () => show(slideIndex(location.hash, total), { focus: true });
window.addEventListener("hashchange", fromUrl);
window.addEventListener("popstate", fromUrl);

if (total > 0) {
  document.documentElement.classList.add("deck-on");
  if (controls) controls.hidden = false;
  show(slideIndex(location.hash, total));
}
