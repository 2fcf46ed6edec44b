import type { Figure } from "../charts/figure.ts";
import { withBase } from "../content/url.ts";
import { chartFiles } from "../export/files.ts";
import { embedInfo, type EmbedInfo } from "./embed-info.ts";

export interface FigureActions {
  /** Downloads, in the order they are offered: link target and visible text. */
  downloads: { href: string; label: string }[];
  embed: EmbedInfo;
  /** Link to the embed page on this site. */
  embedHref: string;
}

/** The download links and the embed code offered with a figure (on chapters and in the gallery). */
export function figureActions(f: Figure, site: URL | string | undefined, base: string): FigureActions {
  const files = chartFiles(f.id);
  const embed = embedInfo(f, site, base);
  return {
    downloads: [
      { href: withBase(base, files.csv), label: "dati (CSV)" },
      { href: withBase(base, files.svg), label: "SVG" },
      ...files.png.map((p) => ({ href: withBase(base, p.path), label: `PNG ${p.width}×${p.height}` })),
    ],
    embed,
    embedHref: withBase(base, embed.path),
  };
}
