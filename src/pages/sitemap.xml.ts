import type { APIRoute } from "astro";
import { isListed, routePaths, sitemapXml } from "../lib/content/sitemap.ts";
import { withBase } from "../lib/content/url.ts";

type Params = Record<string, string | number | undefined>;
type PageModule = { getStaticPaths?: (options: unknown) => Promise<{ params: Params }[]> | { params: Params }[] };

// Every .astro page of the site, so a new page is listed without touching this file.
const pages = import.meta.glob<PageModule>("./**/*.astro");

// All HTML pages but the 404 and the chart embeds, as absolute URLs (Astro.site + base).
export const GET: APIRoute = async ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const paths: string[] = [];
  for (const [file, load] of Object.entries(pages).sort(([a], [b]) => a.localeCompare(b))) {
    const dynamic = file.includes("[");
    const params = dynamic ? (await ((await load()).getStaticPaths?.({ paginate: () => [] }) ?? [])).map((p) => p.params) : undefined;
    paths.push(...routePaths(file, params));
  }
  const urls = paths.filter(isListed).map((p) => new URL(withBase(base, p), site).href);
  return new Response(sitemapXml(urls), { headers: { "Content-Type": "application/xml; charset=utf-8" } });
};
