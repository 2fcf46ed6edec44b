/**
 * Small builders and checks shared by the tests of this folder (not used by
 * the site itself).
 */
import { estimateTextWidth } from "../format/text-width.ts";
import { LABEL_MAX_SCALE } from "./network-svg.ts";
import type { NetworkNode, NetworkTie, Point, Wave } from "./types.ts";

/** A node with sensible defaults: label = id, type "comune", not the lead. */
export function node(id: string, type = "comune", isLead = false, label = id): NetworkNode {
  return { id, label, type, isLead };
}

/** An observed tie in wave 1 unless told otherwise. */
export function tie(from: string, to: string, wave: Wave = 1, inferred = false): NetworkTie {
  return { from, to, wave, inferred };
}

/** Ties from `hub` to each of `leaves`: a star. */
export function star(hub: string, leaves: readonly string[], wave: Wave = 1): NetworkTie[] {
  return leaves.map((leaf) => tie(hub, leaf, wave));
}

/** Ties along `ids` in order, closing back to the first when `closed`: a path or a ring. */
export function chain(ids: readonly string[], closed = false, wave: Wave = 1): NetworkTie[] {
  const ties = ids.slice(1).map((id, i) => tie(ids[i]!, id, wave));
  return closed ? [...ties, tie(ids[ids.length - 1]!, ids[0]!, wave)] : ties;
}

/** A deterministic shuffle (fixed-seed LCG), so "order must not matter" tests are reproducible. */
export function shuffled<T>(items: readonly T[], seed = 7): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (1664525 * s + 1013904223) % 4294967296;
    const j = Math.floor((s / 4294967296) * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Minimal XML well-formedness check for the markup we generate (no comments,
 * CDATA, doctype or processing instructions): tags balance, there is one root,
 * attributes are double-quoted and unique, and `&`/`<` appear only as
 * the entities escapeXml emits. linkedom's parser is too lenient for this.
 * Returns null when well-formed, otherwise a description of the first problem.
 */
export function xmlProblem(xml: string): string | null {
  const entity = /&(?:amp|lt|gt|quot|#39);/g;
  const cleanText = (s: string): boolean => !/[<&]/.test(s.replace(entity, ""));
  const stack: string[] = [];
  let roots = 0;
  let pos = 0;
  const tagRe = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"]*")*)\s*(\/?)>/y;
  while (pos < xml.length) {
    const lt = xml.indexOf("<", pos);
    const text = xml.slice(pos, lt === -1 ? xml.length : lt);
    if (!cleanText(text)) return `bad text at ${pos}: ${text.slice(0, 40)}`;
    if (stack.length === 0 && text.trim() !== "") return `text outside root at ${pos}`;
    if (lt === -1) break;
    tagRe.lastIndex = lt;
    const m = tagRe.exec(xml);
    if (!m) return `malformed tag at ${lt}: ${xml.slice(lt, lt + 40)}`;
    const [whole, closing, name, attrs, selfClosing] = m as unknown as [string, string, string, string, string];
    const pairs = [...attrs.matchAll(/([\w:.-]+)="([^"]*)"/g)];
    const badValue = pairs.find((a) => !cleanText(a[2]!));
    if (badValue) return `bad attribute value in <${name}>: ${badValue[2]}`;
    const names = pairs.map((a) => a[1]!);
    if (new Set(names).size !== names.length) return `duplicate attribute in <${name}>`;
    if (closing) {
      if (attrs || selfClosing) return `bad closing tag ${whole}`;
      if (stack.pop() !== name) return `mismatched </${name}> at ${lt}`;
    } else {
      if (stack.length === 0 && ++roots > 1) return "more than one root element";
      if (!selfClosing) stack.push(name);
    }
    pos = lt + whole.length;
  }
  if (stack.length) return `unclosed <${stack.join("> <")}>`;
  return roots === 1 ? null : "no root element";
}

/**
 * What is wrong with the labels of a drawn network panel, measured at their
 * largest size on a page (LABEL_MAX_SCALE) with the width estimate the placement
 * uses: a label outside the drawing, covering the circle of another actor
 * present in the wave, or covering another label. Empty when all is well.
 */
export function labelProblems(doc: { querySelector: Document["querySelector"]; querySelectorAll: Document["querySelectorAll"] }, width: number, height: number): string[] {
  const font = Number(doc.querySelector("g.labels")!.getAttribute("font-size")) * LABEL_MAX_SCALE;
  const boxes = [...doc.querySelectorAll("g.labels text")].map((t) => {
    const x = Number(t.getAttribute("x"));
    const y = Number(t.getAttribute("y"));
    const w = estimateTextWidth(t.textContent ?? "", font);
    const anchor = t.getAttribute("text-anchor");
    const left = anchor === "middle" ? x - w / 2 : anchor === "start" ? x : x - w;
    return { id: t.getAttribute("data-id")!, left, right: left + w, top: y - 0.8 * font, bottom: y + 0.2 * font };
  });
  const circles = [...doc.querySelectorAll("g.node:not(.absent) circle")].map((c) => {
    const [x, y, r] = ["cx", "cy", "r"].map((a) => Number(c.getAttribute(a)));
    return { id: c.parentElement!.getAttribute("data-id")!, left: x! - r!, right: x! + r!, top: y! - r!, bottom: y! + r! };
  });
  type Box = (typeof boxes)[number];
  const hit = (a: Box, b: Box) => a.left < b.right - 0.05 && b.left < a.right - 0.05 && a.top < b.bottom - 0.05 && b.top < a.bottom - 0.05;
  const problems: string[] = [];
  boxes.forEach((b, i) => {
    if (b.left < 1 || b.right > width - 1 || b.top < 1 || b.bottom > height - 1) problems.push(`label ${b.id} runs outside the drawing`);
    for (const c of circles) if (c.id !== b.id && hit(b, c)) problems.push(`label ${b.id} covers actor ${c.id}`);
    for (const o of boxes.slice(i + 1)) if (hit(b, o)) problems.push(`label ${b.id} covers label ${o.id}`);
  });
  return problems;
}

/** Distance from `p` to the segment a–b. */
export function segmentDistance(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.min(1, Math.max(0, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** Room a reader needs between a tie and a circle it does not connect to see that it does not connect it. */
export const TIE_CLEARANCE = 2;

/**
 * Ties of a drawn network panel that run over an actor they do not connect:
 * within that actor's radius + TIE_CLEARANCE of its centre, whether the actor
 * is present in the wave or faded. Empty when all is well.
 */
export function tieProblems(doc: { querySelectorAll: Document["querySelectorAll"] }): string[] {
  const at = (e: Element, ...names: string[]) => names.map((n) => Number(e.getAttribute(n)));
  const circles = [...doc.querySelectorAll("g.node")].map((g) => {
    const [x, y, r] = at(g.querySelector("circle")!, "cx", "cy", "r") as [number, number, number];
    return { id: g.getAttribute("data-id")!, x, y, r };
  });
  const problems: string[] = [];
  for (const line of doc.querySelectorAll("line.tie")) {
    const [x1, y1, x2, y2] = at(line, "x1", "y1", "x2", "y2") as [number, number, number, number];
    const [from, to] = [line.getAttribute("data-from")!, line.getAttribute("data-to")!];
    for (const c of circles) {
      if (c.id === from || c.id === to) continue;
      const d = segmentDistance(c, { x: x1, y: y1 }, { x: x2, y: y2 });
      if (d < c.r + TIE_CLEARANCE) problems.push(`tie ${from}–${to} runs ${d.toFixed(1)} from the centre of ${c.id} (radius ${c.r})`);
    }
  }
  return problems;
}
