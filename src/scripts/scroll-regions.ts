// A table wider than its box can be scrolled sideways with the keyboard only if
// its box is a Tab stop, so the HTML makes every table box one (tabindex="0").
// Where the table fits (a small table, /dati/'s stacked columns on a phone, the
// closed "Dati del grafico" of a chart), that Tab stop leads nowhere: it is taken
// out, and put back as soon as the table no longer fits (a rotated phone, a
// zoomed page, a chart's data opened). Pages only: an embed's one table is in
// the chart's closed "Dati del grafico", which is no Tab stop until opened.

const REGION = ".table-scroll";

/** True when the box hides part of what it holds, and so needs scrolling. */
function overflows(box: HTMLElement): boolean {
  return box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1;
}

function update(box: HTMLElement): void {
  if (overflows(box)) box.setAttribute("tabindex", "0");
  else box.removeAttribute("tabindex");
}

export function enhanceScrollRegions(root: ParentNode): void {
  const boxes = [...root.querySelectorAll<HTMLElement>(REGION)];
  if (boxes.length === 0 || typeof ResizeObserver === "undefined") return;
  const observer = new ResizeObserver((entries) => {
    for (const entry of entries) {
      const box = (entry.target as HTMLElement).closest<HTMLElement>(REGION);
      if (box) update(box);
    }
  });
  for (const box of boxes) {
    update(box);
    // The box for its own size, what it holds for the size of the table.
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
  }
}
