import type { APIRoute, GetStaticPaths } from "astro";
import { readFileSync } from "node:fs";
import { DATASETS } from "../../lib/schemas/datasets.ts";
import { PATHS } from "../../lib/content/paths.ts";

// The source CSV files of data/, published as they are (already validated by the build).
export const getStaticPaths: GetStaticPaths = () =>
  Object.values(DATASETS).map((d) => ({ params: { name: d.file.replace(/\.csv$/, "") } }));

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(`${PATHS.data}/${params.name}.csv`, "utf8"), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
