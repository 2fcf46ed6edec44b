import type { APIRoute } from "astro";
import { THEME_DARK, THEME_LIGHT, themeCss } from "../lib/charts/palette.ts";

// Theme colours come from palette.ts, the one place they are defined, so that
// pages, exports and contrast tests agree. Served as a file to keep the CSP free of inline styles.
export const GET: APIRoute = () =>
  new Response(
    `:root{${themeCss(THEME_LIGHT)}}\n@media (prefers-color-scheme: dark){:root{${themeCss(THEME_DARK)}}}\n@media print{:root{${themeCss(THEME_LIGHT)}}}\n`,
    { headers: { "Content-Type": "text/css; charset=utf-8" } },
  );
