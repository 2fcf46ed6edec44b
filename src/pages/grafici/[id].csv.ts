import type { APIRoute, GetStaticPaths } from "astro";
import { getFigure } from "../../lib/charts/build-cache.ts";
import { CHARTS } from "../../lib/charts/registry.ts";

// The data table of each chart, exactly what it draws, as a CSV download.
export const getStaticPaths: GetStaticPaths = () => CHARTS.map((c) => ({ params: { id: c.id } }));

export const GET: APIRoute = ({ params }) =>
  new Response(getFigure(params.id!).csv, { headers: { "Content-Type": "text/csv; charset=utf-8" } });
