import type { APIRoute } from "astro";
import { robotsTxt } from "../lib/content/sitemap.ts";
import { withBase } from "../lib/content/url.ts";

// Crawlers only read /robots.txt at the root of a host: under a base path
// (GitHub Pages project sites) this file is informative, and the sitemap is
// also announced by every page's <link rel="sitemap">.
export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(new URL(withBase(import.meta.env.BASE_URL, "sitemap.xml"), site).href), {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
