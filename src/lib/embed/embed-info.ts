import type { Figure } from "../charts/figure.ts";
import { svgSize } from "../export/slide.ts";
import { chartFiles } from "../export/files.ts";
import { absoluteUrl, embedPath, oembedPath, RESIZER_PATH } from "./paths.ts";
import { EMBED_WIDTH, embedSnippet } from "./snippet.ts";

export interface EmbedInfo {
  /** Site-relative path of the embed page. */
  path: string;
  /** Absolute URLs. */
  pageUrl: string;
  oembedUrl: string;
  scriptUrl: string;
  width: number;
  /** Expected height of the embed page at `width`, what the iframe starts with. */
  height: number;
  /** The HTML to paste. */
  snippet: string;
}

/** Lines a text takes at ~`charPx` px per character in `width` px. */
const lines = (text: string | undefined, width: number, charPx: number): number =>
  text ? Math.max(1, Math.ceil((text.length * charPx) / width)) : 0;

/**
 * Height in CSS px of a figure's embed page at `width` px, estimated from its
 * parts (the layout of src/layouts/Embed.astro and src/styles/chart.css): it
 * only sets the iframe's starting aspect ratio, the embed then reports its real height.
 */
export function estimateEmbedHeight(f: Figure, width = EMBED_WIDTH): number {
  const inner = width - 32;
  let h = 32; // padding
  h += lines(f.title, inner, 10) * 28 + lines(f.subtitle, inner, 8.2) * 24 + 10;
  if (f.legend.length) h += lines(f.legend.map((l) => `${l.label}    `).join(""), inner, 7.6) * 24 + 10;
  if (f.panels.length > 1) {
    // The panel grid of chart.css: columns of at least 13rem (208 px), 0.75rem apart.
    const cols = Math.max(1, Math.floor((inner + 12) / (208 + 12)));
    const colW = (inner - (cols - 1) * 12) / cols;
    const rows = Math.ceil(f.panels.length / cols);
    const { width: pw, height: ph } = svgSize(f.panels[0]!.svg);
    h += rows * (colW * (ph / pw) + 24) + (rows - 1) * 12;
    // The client script adds the wave and actor-type buttons of networks.
    if (f.panels.some((p) => /class="network"/.test(p.svg))) h += 80;
  } else {
    const { width: pw, height: ph } = svgSize(f.panels[0]!.svg);
    h += Math.min(inner, pw) * (ph / pw);
  }
  if (f.aside) h += 3 * 44;
  h += lines(f.note, inner, 7.2) * 22 + (f.note ? 8 : 0);
  h += lines(f.source, inner, 7.2) * 22 + 8;
  h += 40 + 36; // data table summary, links
  // Measured in Chromium at 720 px the parts above come out 5–10 % short (margins, line boxes).
  return Math.round(h * 1.06);
}

/** Everything needed to embed a chart elsewhere. `site` and `base` are Astro's options. */
export function embedInfo(f: Figure, site: URL | string | undefined, base: string): EmbedInfo {
  const path = embedPath(f.id);
  const pageUrl = absoluteUrl(site, base, path);
  const scriptUrl = absoluteUrl(site, base, RESIZER_PATH);
  const height = estimateEmbedHeight(f);
  return {
    path,
    pageUrl,
    oembedUrl: absoluteUrl(site, base, oembedPath(f.id)),
    scriptUrl,
    width: EMBED_WIDTH,
    height,
    snippet: embedSnippet({ id: f.id, title: f.title, src: pageUrl, script: scriptUrl, height }),
  };
}

/** Absolute URL of the 1200×675 PNG of a chart (oEmbed thumbnail). */
export function thumbnail(f: Figure, site: URL | string | undefined, base: string): { url: string; width: number; height: number } {
  const png = chartFiles(f.id).png.find((p) => p.width === 1200)!;
  return { url: absoluteUrl(site, base, png.path), width: png.width, height: png.height };
}
