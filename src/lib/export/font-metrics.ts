/**
 * Advance widths of a TrueType font, read from its `cmap`, `hhea`, `hmtx` and
 * `head` tables, so that slides can wrap text and lay out legends by the width
 * the rasteriser will really draw (kerning is ignored: it only ever narrows
 * Latin text by a few per cent). Spec: https://learn.microsoft.com/typography/opentype/spec/
 */
import { readFileSync } from "node:fs";
import { exportFontFile, type FontWeight } from "./fonts.ts";

export interface FontMetrics {
  unitsPerEm: number;
  /** Advance width, in font units, of the glyph of a code point (the .notdef glyph for unmapped ones). */
  advance: (codePoint: number) => number;
}

function tables(buf: Buffer, file: string): Map<string, number> {
  const version = buf.length >= 12 ? buf.readUInt32BE(0) : 0;
  // 0x00010000 (TrueType outlines), "true" (Apple), "OTTO" (CFF outlines).
  if (version !== 0x00010000 && version !== 0x74727565 && version !== 0x4f54544f) throw new Error(`${file}: not a TrueType/OpenType font`);
  const out = new Map<string, number>();
  const n = buf.readUInt16BE(4);
  for (let i = 0; i < n; i++) {
    const at = 12 + 16 * i;
    out.set(buf.toString("latin1", at, at + 4), buf.readUInt32BE(at + 8));
  }
  for (const t of ["cmap", "head", "hhea", "hmtx"]) if (!out.has(t)) throw new Error(`${file}: not a TrueType font (no ${t} table)`);
  return out;
}

/** Glyph id lookup from the best Unicode subtable: format 12 (full Unicode) or format 4 (BMP). */
function cmapLookup(buf: Buffer, cmap: number, file: string): (cp: number) => number {
  const count = buf.readUInt16BE(cmap + 2);
  let format4: number | undefined;
  for (let i = 0; i < count; i++) {
    const rec = cmap + 4 + 8 * i;
    const platform = buf.readUInt16BE(rec);
    const encoding = buf.readUInt16BE(rec + 2);
    const sub = cmap + buf.readUInt32BE(rec + 4);
    const format = buf.readUInt16BE(sub);
    if (format === 12 && (platform === 0 || (platform === 3 && encoding === 10))) {
      const groups = buf.readUInt32BE(sub + 12);
      return (cp) => {
        for (let g = 0; g < groups; g++) {
          const at = sub + 16 + 12 * g;
          const start = buf.readUInt32BE(at);
          if (cp >= start && cp <= buf.readUInt32BE(at + 4)) return buf.readUInt32BE(at + 8) + cp - start;
        }
        return 0;
      };
    }
    if (format === 4 && (platform === 0 || (platform === 3 && encoding === 1))) format4 ??= sub;
  }
  if (format4 === undefined) throw new Error(`${file}: no Unicode cmap subtable (format 4 or 12)`);
  const sub = format4;
  const segs = buf.readUInt16BE(sub + 6) / 2;
  const ends = sub + 14;
  const starts = ends + 2 * segs + 2;
  const deltas = starts + 2 * segs;
  const offsets = deltas + 2 * segs;
  return (cp) => {
    if (cp > 0xffff) return 0;
    for (let i = 0; i < segs; i++) {
      if (cp > buf.readUInt16BE(ends + 2 * i)) continue;
      const start = buf.readUInt16BE(starts + 2 * i);
      if (cp < start) return 0;
      const delta = buf.readInt16BE(deltas + 2 * i);
      const rangeOffset = buf.readUInt16BE(offsets + 2 * i);
      if (rangeOffset === 0) return (cp + delta) & 0xffff;
      const glyph = buf.readUInt16BE(offsets + 2 * i + rangeOffset + 2 * (cp - start));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

/** Reads the metrics of a TTF file. Throws naming the file if it is not a TrueType font. */
export function readFontMetrics(file: string): FontMetrics {
  const buf = readFileSync(file);
  const t = tables(buf, file);
  const unitsPerEm = buf.readUInt16BE(t.get("head")! + 18);
  const hMetrics = buf.readUInt16BE(t.get("hhea")! + 34);
  const hmtx = t.get("hmtx")!;
  const glyphOf = cmapLookup(buf, t.get("cmap")!, file);
  const cache = new Map<number, number>();
  return {
    unitsPerEm,
    advance(cp) {
      let w = cache.get(cp);
      if (w === undefined) {
        const g = glyphOf(cp);
        w = buf.readUInt16BE(hmtx + 4 * Math.min(g, hMetrics - 1));
        cache.set(cp, w);
      }
      return w;
    },
  };
}

const loaded = new Map<FontWeight, FontMetrics>();

/** Width in px of `text` set in the export font at `size` px and `weight`. */
export function textWidth(text: string, size: number, weight: FontWeight = 400): number {
  let m = loaded.get(weight);
  if (!m) {
    m = readFontMetrics(exportFontFile(weight));
    loaded.set(weight, m);
  }
  let units = 0;
  for (const ch of text) units += m.advance(ch.codePointAt(0)!);
  return (units / m.unitsPerEm) * size;
}
