import { withBase } from "../content/url.ts";

/**
 * Messages between an embed page (in an iframe) and the resizer script on the
 * host page. public/embed.js cannot import this module: it repeats the two
 * strings, and embeds.test.ts checks that they agree.
 */
export const EMBED_MESSAGES = {
  /** Embed → host: `{ type, id, height }`, the height in CSS px of the embed's content. */
  height: "wecare-embed-height",
  /** Host → embed: `{ type }`, asks for the height again (the resizer may load after the iframe). */
  ping: "wecare-embed-ping",
} as const;

/** Site-relative path of a chart's embed page. */
export const embedPath = (id: string): string => `embed/${id}/`;
/** Site-relative path of a chart's oEmbed response. */
export const oembedPath = (id: string): string => `embed/${id}/oembed.json`;
/** Site-relative path of the resizer the snippet loads on the host page. */
export const RESIZER_PATH = "embed.js";
/** Site-relative link to a chart in its chapter. */
export const figurePath = (chapter: string, id: string): string => `${chapter}/#fig-${id}`;

/**
 * Where a chart lives in the report: its figure in the chapter that shows it,
 * or its entry in the gallery when no chapter shows it (yet).
 */
export function figureHomePath(chapter: string | undefined, id: string): string {
  return chapter ? figurePath(chapter, id) : `${figureHomePage(chapter)}#grafico-${id}`;
}

/** The page of figureHomePath, without the fragment: what search engines should list for a chart. */
export function figureHomePage(chapter: string | undefined): string {
  return chapter ? `${chapter}/` : "grafici/";
}

/**
 * Absolute URL of a path inside the site, for what leaves the site (the embed
 * snippet, oEmbed): `site` is Astro's `site` option (SITE_URL), `base` its base.
 */
export function absoluteUrl(site: URL | string | undefined, base: string, path: string): string {
  if (!site) throw new Error("astro.config.mjs: `site` is not set (SITE_URL): embed snippets and oEmbed need absolute URLs");
  return new URL(withBase(base, path), site).href;
}
