import { escapeXml } from "../format/escape.ts";

/** Width the snippet asks for; the iframe shrinks with its container below that. */
export const EMBED_WIDTH = 720;

export interface SnippetInput {
  id: string;
  title: string;
  /** Absolute URL of the embed page. */
  src: string;
  /** Absolute URL of the resizer script. */
  script: string;
  /** Height in px the iframe starts with, before the embed reports its own. */
  height: number;
}

/**
 * The HTML a reader pastes in their page: an iframe that fills the width of its
 * container up to EMBED_WIDTH px and starts with the chart's expected aspect
 * ratio, then the resizer script, which sets the iframe to the height the
 * embed page reports. Without the script (or where a host strips it) the
 * iframe keeps that aspect ratio and scrolls if the chart is taller; where a
 * host strips the style attribute, the width and height attributes apply.
 */
export function embedSnippet({ id, title, src, script, height }: SnippetInput): string {
  const h = Math.round(height);
  const style = `width:100%;max-width:${EMBED_WIDTH}px;height:auto;aspect-ratio:${EMBED_WIDTH}/${h};border:0`;
  return (
    `<iframe src="${escapeXml(src)}" title="${escapeXml(`Grafico: ${title}`)}" width="${EMBED_WIDTH}" height="${h}" ` +
    `loading="lazy" data-wecare-embed="${escapeXml(id)}" style="${style}"></iframe>\n` +
    `<script async src="${escapeXml(script)}"></script>`
  );
}
