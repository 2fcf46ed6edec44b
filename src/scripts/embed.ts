// Client script of embed pages (/embed/<id>/): the chart's interactivity, and
// the height of the page sent to the host page, on load and whenever it
// changes, so the resizer there (public/embed.js) can fit the iframe to it.
import { enhanceCharts } from "./charts.ts";
import { EMBED_MESSAGES } from "../lib/embed/paths.ts";

enhanceCharts(document);

const main = document.querySelector<HTMLElement>("main[data-embed-id]");
const framed = window.parent !== window;
let sent = -1;

function postHeight(force = false) {
  if (!main || !framed) return;
  // The content's own height, not the document's: a document is never shorter than its iframe.
  const height = Math.ceil(main.offsetTop + main.getBoundingClientRect().height);
  if (height === sent && !force) return;
  sent = height;
  window.parent.postMessage({ type: EMBED_MESSAGES.height, id: main.dataset.embedId, height }, "*");
}

if (main && framed) {
  new ResizeObserver(() => postHeight()).observe(main);
  window.addEventListener("load", () => postHeight(true));
  window.addEventListener("message", (event) => {
    if (event.source === window.parent && (event.data as { type?: unknown } | null)?.type === EMBED_MESSAGES.ping) postHeight(true);
  });
}
