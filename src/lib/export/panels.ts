import { LEADING, wrap, type Box } from "./slide.ts";

/** A panel to place: its intrinsic size (viewBox) and its label. */
export interface PanelIn {
  width: number;
  height: number;
  label?: string | undefined;
}

export interface TextLine {
  x: number;
  y: number;
  text: string;
  size: number;
  weight: 400 | 600 | 700;
}

export interface PanelPlacement {
  box: Box;
  /** Slide px per panel unit. */
  scale: number;
}

export interface PanelLayout {
  placements: PanelPlacement[];
  /** Group headings and panel labels. */
  labels: TextLine[];
}

export const PANEL_LABEL = 24;
export const GROUP_LABEL = 30;
const GAP = 28;
const BLOCK_GAP = 56;

/**
 * Panels whose labels read "Group · Part" with the same parts in every group
 * (e.g. "Alba · 2ª rilevazione") are small multiples of groups; returns the
 * groups in order, or undefined.
 */
export function panelGroups(labels: readonly (string | undefined)[]): { name: string; parts: string[] }[] | undefined {
  const split = labels.map((l) => l?.split(" · "));
  if (split.length < 4 || split.some((s) => !s || s.length !== 2)) return undefined;
  const groups: { name: string; parts: string[] }[] = [];
  for (const [name, part] of split as [string, string][]) {
    const last = groups.at(-1);
    if (last?.name === name) last.parts.push(part);
    else groups.push({ name, parts: [part] });
  }
  const k = groups[0]!.parts.length;
  const same = groups.every((g) => g.parts.join("\n") === groups[0]!.parts.join("\n"));
  return groups.length >= 2 && k >= 2 && same && new Set(groups.map((g) => g.name)).size === groups.length ? groups : undefined;
}

/** Label lines of a cell `width` px wide (at most two). */
function labelLines(label: string | undefined, width: number, size: number, weight: 400 | 600 | 700): string[] {
  return label ? wrap(label, size, width, 2, weight) : [];
}

interface Candidate {
  scale: number;
  place: () => PanelLayout;
}

/**
 * A grid of `cols` columns: the scale at which every panel fits its cell with its label above.
 * `rowHead` is extra height above each row (group headings).
 */
function grid(panels: readonly PanelIn[], area: Box, cols: number, labelFor: (i: number) => string | undefined, groupRows?: string[]): Candidate {
  const n = panels.length;
  const pw = Math.max(...panels.map((p) => p.width));
  const ph = Math.max(...panels.map((p) => p.height));
  const rows = Math.ceil(n / cols);
  const cellW = (area.width - (cols - 1) * GAP) / cols;
  const lines = Math.max(0, ...panels.map((_, i) => labelLines(labelFor(i), cellW, PANEL_LABEL, 600).length));
  const labelH = lines ? lines * PANEL_LABEL * LEADING + 6 : 0;
  const headH = groupRows ? GROUP_LABEL * LEADING + 6 : 0;
  const cellH = (area.height - (rows - 1) * GAP - rows * headH) / rows - labelH;
  const scale = Math.min(cellW / pw, cellH / ph);
  return {
    scale,
    place() {
      const w = pw * scale;
      const h = ph * scale;
      const usedW = cols * w + (cols - 1) * GAP;
      const usedH = rows * (headH + labelH + h) + (rows - 1) * GAP;
      const x0 = area.x + Math.max(0, (area.width - usedW) / 2);
      const y0 = area.y + Math.max(0, (area.height - usedH) / 2);
      const out: PanelLayout = { placements: [], labels: [] };
      panels.forEach((p, i) => {
        const col = i % cols;
        const row = Math.floor(i / cols);
        const x = x0 + col * (w + GAP);
        const y = y0 + row * (headH + labelH + h + GAP);
        if (groupRows && col === 0) out.labels.push({ x, y: y + GROUP_LABEL, text: groupRows[row]!, size: GROUP_LABEL, weight: 700 });
        labelLines(labelFor(i), w, PANEL_LABEL, 600).forEach((text, l) =>
          out.labels.push({ x, y: y + headH + PANEL_LABEL * (1 + l * LEADING), text, size: PANEL_LABEL, weight: 600 }),
        );
        // Panels with a different aspect ratio than the largest are centred in their cell.
        const s = Math.min(w / p.width, h / p.height);
        out.placements.push({
          box: { x: x + (w - p.width * s) / 2, y: y + headH + labelH + (h - p.height * s) / 2, width: p.width * s, height: p.height * s },
          scale: s,
        });
      });
      return out;
    },
  };
}

/**
 * Places panels in `area` as large as they can be. Plain panels form the grid
 * with the best scale. Small multiples of groups (see `panelGroups`) keep each
 * group together: a group is a row of its parts under the group's name, and
 * groups are set side by side when that makes panels larger (e.g. the four
 * cases × three waves of a network as a 2 × 2 arrangement of rows of three).
 */
export function layoutPanels(panels: readonly PanelIn[], area: Box): PanelLayout {
  if (panels.length === 0) return { placements: [], labels: [] };
  const single = panels.length === 1;
  const groups = single ? undefined : panelGroups(panels.map((p) => p.label));
  const candidates: Candidate[] = [];
  if (groups) {
    const k = groups[0]!.parts.length;
    for (let side = 1; side <= groups.length; side++) {
      // `side` groups per row of blocks; each block is one grid of k columns.
      const blockW = (area.width - (side - 1) * BLOCK_GAP) / side;
      const rows = Math.ceil(groups.length / side);
      const blockArea = { x: 0, y: 0, width: blockW, height: (area.height - (rows - 1) * BLOCK_GAP) / rows };
      const block = grid(panels.slice(0, k), blockArea, k, (i) => groups[0]!.parts[i], [groups[0]!.name]);
      candidates.push({
        scale: block.scale,
        place() {
          const one = block.place();
          const left = Math.min(...one.placements.map((p) => p.box.x), ...one.labels.map((l) => l.x));
          const top = Math.min(...one.labels.map((l) => l.y - l.size));
          const blockUsedW = Math.max(...one.placements.map((p) => p.box.x + p.box.width)) - left;
          const blockUsedH = Math.max(...one.placements.map((p) => p.box.y + p.box.height)) - top;
          const cols = Math.min(side, groups.length);
          const usedW = cols * blockUsedW + (cols - 1) * BLOCK_GAP;
          const usedH = rows * blockUsedH + (rows - 1) * BLOCK_GAP;
          const x0 = area.x + Math.max(0, (area.width - usedW) / 2);
          const y0 = area.y + Math.max(0, (area.height - usedH) / 2);
          const out: PanelLayout = { placements: [], labels: [] };
          groups.forEach((g, gi) => {
            const dx = x0 + (gi % side) * (blockUsedW + BLOCK_GAP) - left;
            const dy = y0 + Math.floor(gi / side) * (blockUsedH + BLOCK_GAP) - top;
            for (const l of one.labels) out.labels.push({ ...l, x: l.x + dx, y: l.y + dy, text: l.weight === 700 ? g.name : l.text });
            for (const p of one.placements) out.placements.push({ ...p, box: { ...p.box, x: p.box.x + dx, y: p.box.y + dy } });
          });
          return out;
        },
      });
    }
  } else {
    for (let cols = 1; cols <= panels.length; cols++) {
      candidates.push(grid(panels, area, cols, (i) => (single ? undefined : panels[i]!.label)));
    }
  }
  const best = candidates.reduce((a, b) => (b.scale > a.scale + 1e-9 ? b : a));
  return best.place();
}
