// Interactivity for charts rendered to SVG at build time:
// - tooltips on hover and keyboard focus for every mark that has a <title>;
// - legend entries become toggle buttons (marks are matched by their colour);
// - highlighting: hovering or focusing a mark dims the other series;
// - networks: hovering/focusing an actor (or its entry in the numbered list)
//   highlights its ties; buttons switch between the three waves; the legend's
//   actor types become filters;
// - a chart with many marks gets a "skip" link, shown on focus, so that a
//   keyboard user need not Tab through every mark to get past it.

const tooltip = document.createElement("div");
tooltip.className = "chart-tooltip";
tooltip.setAttribute("role", "status");
tooltip.hidden = true;

function showTip(target: Element, text: string) {
  if (!tooltip.isConnected) document.body.append(tooltip);
  tooltip.textContent = text;
  tooltip.hidden = false;
  const box = target.getBoundingClientRect();
  const left = Math.min(window.scrollX + box.left + box.width / 2, window.scrollX + document.documentElement.clientWidth - 300);
  tooltip.style.left = `${Math.max(window.scrollX + 8, left)}px`;
  tooltip.style.top = `${window.scrollY + box.bottom + 8}px`;
}

function hideTip() {
  tooltip.hidden = true;
}

/** The colour a mark is drawn in: its fill, or its outline when it is hollow (an inferred dot), or its group's fill. */
function markColor(el: Element): string | null {
  const fill = el.getAttribute("fill");
  if (fill && fill !== "none") return fill;
  return el.getAttribute("stroke") ?? el.closest("[fill]")?.getAttribute("fill") ?? null;
}

/** Makes every mark with a <title> focusable and gives it a tooltip. */
function enhanceMarks(figure: HTMLElement) {
  for (const svg of figure.querySelectorAll("svg[role='img']")) {
    if (svg.closest(".chart-legend")) continue;
    const marks = [...svg.querySelectorAll("title")]
      .map((t) => t.parentElement)
      .filter((el): el is HTMLElement => !!el && el !== svg && el.tagName.toLowerCase() !== "svg");
    if (marks.length === 0) continue;
    // Focusable children may not live inside role="img" (ARIA: presentational children).
    svg.setAttribute("role", "group");
    for (const el of marks) {
      const title = el.querySelector(":scope > title");
      const text = title?.textContent ?? "";
      title?.remove();
      el.setAttribute("data-tip", text);
      el.setAttribute("tabindex", "0");
      el.setAttribute("role", "img");
      el.setAttribute("aria-label", text);
      const enter = () => {
        showTip(el, text);
        highlight(figure, el);
      };
      const leave = () => {
        hideTip();
        clearHighlight(figure);
      };
      el.addEventListener("mouseenter", enter);
      el.addEventListener("focus", enter);
      el.addEventListener("mouseleave", leave);
      el.addEventListener("blur", leave);
    }
  }
}

function highlight(figure: HTMLElement, el: Element) {
  if (el.classList.contains("node")) {
    highlightActor(figure, el.getAttribute("data-id") ?? "");
    return;
  }
  const color = markColor(el);
  for (const other of figure.querySelectorAll("[data-tip]")) {
    other.classList.toggle("is-dimmed", markColor(other) !== color);
  }
}

function highlightActor(figure: HTMLElement, id: string) {
  for (const li of figure.querySelectorAll<HTMLElement>(".chart-key-list li")) li.classList.toggle("is-active", li.dataset.id === id);
  for (const svg of figure.querySelectorAll("svg.network")) {
    const linked = new Set([id]);
    for (const tie of svg.querySelectorAll(".tie")) {
      const on = tie.getAttribute("data-from") === id || tie.getAttribute("data-to") === id;
      tie.classList.toggle("is-dimmed", !on);
      if (on) {
        linked.add(tie.getAttribute("data-from") ?? "");
        linked.add(tie.getAttribute("data-to") ?? "");
      }
    }
    for (const node of svg.querySelectorAll(".node")) {
      node.classList.toggle("is-dimmed", !linked.has(node.getAttribute("data-id") ?? ""));
    }
  }
}

function clearHighlight(figure: HTMLElement) {
  for (const el of figure.querySelectorAll(".is-dimmed, .is-active")) el.classList.remove("is-dimmed", "is-active");
}

/** Network: shows or hides the actors drawn in `color`, with their ties, numbers and list entries. */
function toggleActors(figure: HTMLElement, color: string, on: boolean) {
  for (const node of figure.querySelectorAll<SVGElement>(".node")) {
    if (node.querySelector("circle")?.getAttribute("fill") === color) node.classList.toggle("is-hidden", !on);
  }
  const hidden = new Set([...figure.querySelectorAll<SVGElement>(".node.is-hidden")].map((n) => n.dataset.id));
  for (const tie of figure.querySelectorAll<SVGElement>(".tie")) {
    tie.classList.toggle("is-hidden", hidden.has(tie.dataset.from) || hidden.has(tie.dataset.to));
  }
  for (const label of figure.querySelectorAll<SVGElement>(".labels text")) label.classList.toggle("is-hidden", hidden.has(label.dataset.id));
  for (const li of figure.querySelectorAll<HTMLElement>(".chart-key-list li")) li.classList.toggle("is-off", hidden.has(li.dataset.id));
}

/**
 * Legend entries become buttons that show or hide the marks of that colour (in a
 * network, the actors of that type). Entries for a line style (dashed: deduced) stay text.
 */
function enhanceLegend(figure: HTMLElement) {
  const legend = figure.querySelector(".chart-legend");
  if (!legend || figure.dataset.legend === "static") return;
  const network = !!figure.querySelector("svg.network");
  for (const li of legend.querySelectorAll<HTMLElement>("li[data-color]")) {
    const color = li.dataset.color!;
    if (network && li.hasAttribute("data-dashed")) continue;
    const button = document.createElement("button");
    button.type = "button";
    button.setAttribute("aria-pressed", "true");
    button.append(...li.childNodes);
    li.append(button);
    button.addEventListener("click", () => {
      const on = button.getAttribute("aria-pressed") !== "true";
      button.setAttribute("aria-pressed", String(on));
      if (network) return toggleActors(figure, color, on);
      for (const mark of figure.querySelectorAll(".chart-body [data-tip]")) {
        if (markColor(mark) === color) mark.classList.toggle("is-hidden", !on);
      }
      // What goes with those marks: a line drawn in that colour, a label naming the entry.
      const name = li.textContent?.trim();
      for (const el of figure.querySelectorAll(".chart-body path[stroke], .chart-body text")) {
        const same = el.tagName.toLowerCase() === "text" ? el.textContent?.trim() === name : el.getAttribute("stroke") === color;
        if (same) el.classList.toggle("is-hidden", !on);
      }
    });
  }
  const label = figure.querySelector(".chart-legend-label");
  if (label) label.textContent = "Legenda: premi una voce per mostrarla o nasconderla";
}

function controlGroup(label: string): HTMLElement {
  const group = document.createElement("div");
  group.className = "chart-controls";
  group.setAttribute("role", "group");
  group.setAttribute("aria-label", label);
  const span = document.createElement("span");
  span.className = "group-label";
  span.textContent = `${label}:`;
  span.setAttribute("aria-hidden", "true");
  group.append(span);
  return group;
}

/** Networks: choose one wave or all three; the numbered list says who is absent from the wave shown. */
function enhanceNetwork(figure: HTMLElement) {
  const panels = [...figure.querySelectorAll<HTMLElement>(".chart-panel[data-panel]")];
  if (!figure.querySelector("svg.network") || panels.length < 2) return;
  const keys = [...new Set(panels.map((p) => p.dataset.panel!))];
  const waves = controlGroup("Rilevazione");
  const buttons: HTMLButtonElement[] = [];
  const select = (key: string) => {
    for (const p of panels) p.classList.toggle("is-hidden", key !== "all" && p.dataset.panel !== key);
    for (const a of figure.querySelectorAll<HTMLElement>(".chart-aside [data-panel]")) {
      a.classList.toggle("is-hidden", key !== "all" && a.dataset.panel !== key);
    }
    for (const b of buttons) b.setAttribute("aria-pressed", String(b.value === key));
    const shown = panels.find((p) => p.dataset.panel === key);
    const present = new Set([...(shown?.querySelectorAll<SVGElement>(".node:not(.absent)") ?? [])].map((n) => n.dataset.id));
    for (const li of figure.querySelectorAll<HTMLElement>(".chart-key-list li[data-id]")) {
      const absent = !!shown && !present.has(li.dataset.id);
      li.classList.toggle("is-absent", absent);
      // Said in words, not only greyed out: screen readers read the list too.
      li.querySelector(".key-absent")?.remove();
      if (absent) {
        const note = document.createElement("span");
        note.className = "key-absent";
        note.textContent = " · assente in questa rilevazione";
        li.querySelector(".key-detail")?.after(note);
      }
    }
  };
  for (const [value, text] of [["all", "Tutte"], ...keys.map((k) => [k, `${k.slice(1)}ª`])] as const) {
    const b = document.createElement("button");
    b.type = "button";
    b.value = value;
    b.textContent = text;
    b.addEventListener("click", () => select(value));
    buttons.push(b);
    waves.append(b);
  }
  // Pointing at (or tapping) an actor's entry in the numbered list highlights it in every wave drawn.
  for (const li of figure.querySelectorAll<HTMLElement>(".chart-key-list li[data-id]")) {
    li.addEventListener("mouseenter", () => highlightActor(figure, li.dataset.id!));
    li.addEventListener("mouseleave", () => clearHighlight(figure));
    // A tap after a tap on a node: the node's blur has just cleared the highlight.
    li.addEventListener("click", () => highlightActor(figure, li.dataset.id!));
  }
  const head = figure.querySelector(".chart-legend-label") ?? figure.querySelector(".chart-legend") ?? figure.querySelector(".chart-body");
  head?.before(waves);
  select(keys.length === 3 && panels.length === 3 ? "w1" : "all");
}

/** From this many focusable marks on, a chart gets a link that skips them. */
export const SKIP_FROM_MARKS = 10;

/**
 * Before the marks of a chart with many of them, a link (visible when focused)
 * to what follows the chart: one Tab and Enter instead of dozens of Tabs.
 */
function addSkipLink(figure: HTMLElement) {
  const body = figure.querySelector(".chart-body");
  const after = figure.querySelector<HTMLElement>(".chart-aside, .chart-note, .chart-source");
  // Marks of one drawing: the narrow drawing for phones repeats those of the wide one.
  const marks = [...figure.querySelectorAll(".chart-body [data-tip]")].filter((m) => !m.closest(".svg-narrow")).length;
  if (!body || !after || marks < SKIP_FROM_MARKS) return;
  after.id ||= `${figure.id}-dopo`;
  after.tabIndex = -1;
  const link = document.createElement("a");
  link.className = "chart-skip";
  link.href = `#${after.id}`;
  link.textContent = "Salta gli elementi del grafico";
  body.before(link);
}

export function enhanceCharts(root: ParentNode) {
  for (const figure of root.querySelectorAll<HTMLElement>("figure.chart[data-chart]")) {
    enhanceMarks(figure);
    enhanceLegend(figure);
    enhanceNetwork(figure);
    addSkipLink(figure);
  }
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape") hideTip();
  });
}
