/**
 * Minimal PNG reading, enough to check exports: the size from the IHDR chunk,
 * and the pixels of the 8-bit, non-interlaced RGB/RGBA images resvg writes.
 * Spec: https://www.w3.org/TR/png-3/
 */
import { inflateSync } from "node:zlib";

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  interlace: number;
}

/** Width, height and format from the IHDR chunk; throws if the bytes are not a PNG. */
export function pngSize(png: Buffer): PngHeader {
  if (png.length < 33 || !png.subarray(0, 8).equals(SIGNATURE) || png.toString("latin1", 12, 16) !== "IHDR") {
    throw new Error("not a PNG file (no PNG signature followed by an IHDR chunk)");
  }
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), bitDepth: png[24]!, colorType: png[25]!, interlace: png[28]! };
}

export interface PngPixels {
  width: number;
  height: number;
  /** 3 (RGB) or 4 (RGBA). */
  channels: number;
  data: Uint8Array;
}

/** Decodes an 8-bit, non-interlaced RGB or RGBA PNG; throws for any other kind. */
export function decodePng(png: Buffer): PngPixels {
  const h = pngSize(png);
  const channels = h.colorType === 6 ? 4 : h.colorType === 2 ? 3 : 0;
  if (h.bitDepth !== 8 || channels === 0 || h.interlace !== 0) {
    throw new Error(`unsupported PNG: bit depth ${h.bitDepth}, colour type ${h.colorType}, interlace ${h.interlace} (expected 8-bit RGB/RGBA, not interlaced)`);
  }
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString("latin1", at + 4, at + 8);
    if (type === "IDAT") idat.push(png.subarray(at + 8, at + 8 + length));
    if (type === "IEND") break;
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = h.width * channels;
  const data = new Uint8Array(stride * h.height);
  for (let y = 0; y < h.height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = y * (stride + 1) + 1;
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? data[y * stride + x - channels]! : 0;
      const b = y > 0 ? data[(y - 1) * stride + x]! : 0;
      const c = x >= channels && y > 0 ? data[(y - 1) * stride + x - channels]! : 0;
      const v = raw[line + x]!;
      let predicted: number;
      if (filter === 0) predicted = 0;
      else if (filter === 1) predicted = a;
      else if (filter === 2) predicted = b;
      else if (filter === 3) predicted = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        predicted = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      } else throw new Error(`PNG row ${y}: unknown filter type ${filter}`);
      data[y * stride + x] = (v + predicted) & 0xff;
    }
  }
  return { width: h.width, height: h.height, channels, data };
}

/** Share of pixels that differ from the top-left pixel (the background): 0 for a blank image. */
export function inkRatio(img: PngPixels): number {
  const { data, channels } = img;
  let ink = 0;
  for (let i = 0; i < data.length; i += channels) {
    for (let c = 0; c < 3; c++) {
      if (Math.abs(data[i + c]! - data[c]!) > 8) {
        ink++;
        break;
      }
    }
  }
  return ink / (img.width * img.height);
}

/** Pixels within `margin` px of the edges that differ from the background: drawing that runs off the slide. */
export function inkAtEdges(img: PngPixels, margin: number): number {
  const { data, channels, width, height } = img;
  let ink = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (x >= margin && x < width - margin && y >= margin && y < height - margin) {
        x = width - margin - 1;
        continue;
      }
      const i = (y * width + x) * channels;
      for (let c = 0; c < 3; c++) {
        if (Math.abs(data[i + c]! - data[c]!) > 8) {
          ink++;
          break;
        }
      }
    }
  }
  return ink;
}
