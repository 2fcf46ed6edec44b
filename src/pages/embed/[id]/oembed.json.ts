import type { APIRoute, GetStaticPaths } from "astro";
import { getFigure } from "../../../lib/charts/build-cache.ts";
import { CHARTS } from "../../../lib/charts/registry.ts";
import { SITE } from "../../../lib/content/site.ts";
import { absoluteUrl } from "../../../lib/embed/paths.ts";
import { embedInfo, thumbnail } from "../../../lib/embed/embed-info.ts";
import { oembedResponse } from "../../../lib/embed/oembed.ts";

// The oEmbed response of each chart (https://oembed.com), linked from its embed page.
export const getStaticPaths: GetStaticPaths = () => CHARTS.map((c) => ({ params: { id: c.id } }));

export const GET: APIRoute = ({ params, site }) => {
  const base = import.meta.env.BASE_URL;
  const f = getFigure(params.id!);
  const info = embedInfo(f, site, base);
  const body = oembedResponse({
    title: f.title,
    providerName: SITE.title,
    providerUrl: absoluteUrl(site, base, ""),
    html: info.snippet,
    width: info.width,
    height: info.height,
    thumbnail: thumbnail(f, site, base),
  });
  return new Response(JSON.stringify(body, null, 2) + "\n", { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
