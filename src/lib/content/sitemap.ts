import { escapeXml } from "../format/escape.ts";

type Params = Record<string, string | number | undefined>;

/**
 * The site paths of one page route, given its file under src/pages and, for a
 * dynamic route, the params its getStaticPaths returns:
 * ("dati/index.astro") → ["dati/"], ("[slug].astro", [{slug: "reti"}]) → ["reti/"].
 * Paths end in "/" (the site uses trailingSlash "always" and directory output).
 */
export function routePaths(file: string, params: readonly Params[] = [{}]): string[] {
  const route = file.replace(/^\.\//, "").replace(/\.astro$/, "").replace(/(^|\/)index$/, "");
  return params.map((p) => {
    const path = route.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_, name: string) => {
      const value = p[name];
      if (value === undefined) throw new Error(`routePaths: ${file} has no value for [${name}]`);
      return String(value);
    });
    return path ? `${path.replace(/\/+$/, "")}/` : "";
  });
}

/** Pages that stay out of the sitemap: the error page (noindex) and the chart embeds (their canonical page is the chapter). */
export function isListed(path: string): boolean {
  return !/^(404|500)\/$/.test(path) && !/^embed\//.test(path);
}

/** A sitemaps.org urlset of absolute URLs, sorted so builds are byte-identical. */
export function sitemapXml(urls: readonly string[]): string {
  const sorted = [...new Set(urls)].sort();
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`,
    ...sorted.map((u) => `  <url><loc>${escapeXml(u)}</loc></url>`),
    `</urlset>`,
    ``,
  ].join("\n");
}

/** robots.txt: everything may be crawled; the sitemap is at an absolute URL. */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
