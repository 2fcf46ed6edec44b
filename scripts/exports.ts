// Writes the image exports of every declared chart into a built site:
//   grafici/<id>.svg, grafici/<id>-1920x1080.png, grafici/<id>-1200x675.png
// and the Open Graph images og/<chapter>.png (a chapter's first chart, or its
// title) and og/home.png, 1200×675.
// Reads: data/ (validated), the chart declarations, src/content/chapters.
// A chart that fails to export stops the build: exit code 1 and one line naming
// the chart and the reason. Logs one line per chart to stderr.
// Exports are cached in .tmp/cache/exports/<key>/, keyed by the chart's code and
// the bytes of the CSV files it reads (src/lib/cache/chart-key.ts): a text-only
// edit re-renders no chart.
// Usage: node scripts/exports.ts <site-dir>
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { CHART_CODE_FOLDERS, CHART_PACKAGES, chartKey } from "../src/lib/cache/chart-key.ts";
import { codeHash, hashParts } from "../src/lib/cache/content-hash.ts";
import { cacheDirs } from "../src/lib/cache/dirs.ts";
import matter from "gray-matter";
import { loadData } from "../src/lib/csv/load-data.ts";
import { CHARTS } from "../src/lib/charts/registry.ts";
import { titleSlide } from "../src/lib/export/chart-slide.ts";
import { exportChart } from "../src/lib/export/export-chart.ts";
import { OG_SIZE, ogImagePath } from "../src/lib/export/files.ts";
import { exportFontFiles, rasterize } from "../src/lib/export/rasterize.ts";
import { SITE } from "../src/lib/content/site.ts";
import { PATHS } from "../src/lib/content/paths.ts";
import { chartsIn } from "../src/lib/content/placements.ts";

const site = process.argv[2];
if (!site) {
  process.stderr.write("usage: node scripts/exports.ts <site-dir>\n");
  process.exit(2);
}
const log = (msg: string) => process.stderr.write(`${msg}\n`);
const fail = (msg: string): never => {
  log(msg);
  process.exit(1);
};
const write = (path: string, bytes: Buffer | string) => {
  mkdirSync(dirname(join(site, path)), { recursive: true });
  writeFileSync(join(site, path), bytes);
};

const data = loadData(PATHS.data);
let fonts: string[] = [];
try {
  fonts = exportFontFiles();
} catch (error) {
  fail(`exports: ${(error as Error).message}`);
}

const root = resolve(import.meta.dirname, "..");
const cacheRoot = cacheDirs(root).exports;
const code = codeHash(root, CHART_CODE_FOLDERS, CHART_PACKAGES);

/** Files of a cached export, or undefined on a miss. */
function fromCache(key: string): { svg: string; files: { path: string; bytes: Buffer }[] } | undefined {
  const dir = join(cacheRoot, key);
  if (!existsSync(join(dir, "manifest.json"))) return undefined;
  const paths = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as string[];
  return {
    svg: readFileSync(join(dir, "slide.svg"), "utf8"),
    files: paths.map((p, i) => ({ path: p, bytes: readFileSync(join(dir, String(i))) })),
  };
}

/** Stores an export; written to a temporary folder and renamed, so a crash never leaves half an entry. */
function toCache(key: string, svg: string, files: { path: string; bytes: Buffer }[]) {
  const dir = join(cacheRoot, key);
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  writeFileSync(join(tmp, "slide.svg"), svg);
  files.forEach((f, i) => writeFileSync(join(tmp, String(i)), f.bytes));
  writeFileSync(join(tmp, "manifest.json"), JSON.stringify(files.map((f) => f.path)));
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
}

const slides = new Map<string, string>();
// The OG image of a chapter with a chart is that chart's 1200×675 PNG: same slide,
// same size, so it is reused rather than rasterised again.
const ogSized = new Map<string, Buffer>();
for (const chart of CHARTS) {
  const started = performance.now();
  try {
    const key = chartKey(chart, root, PATHS.data, code);
    const cached = fromCache(key);
    const { svg, files } = cached ?? exportChart(chart, data, fonts);
    if (!cached) toCache(key, svg, files);
    slides.set(chart.id, svg);
    const ogPng = files.find((f) => f.path.endsWith(`-${OG_SIZE.width}x${OG_SIZE.height}.png`));
    if (ogPng) ogSized.set(chart.id, ogPng.bytes);
    for (const f of files) write(f.path, f.bytes);
    log(
      `export ${chart.id} → ${files.map((f) => f.path.replace(/^.*\//, "")).join(", ")} ${cached ? "(cached)" : "rendered"} in ${Math.round(performance.now() - started)} ms`,
    );
  } catch (error) {
    fail((error as Error).message);
  }
}

// Open Graph: a chapter's first chart, or its title where it has none.
const og = (name: string, svg: string) => {
  try {
    const key = hashParts(["og", code, svg]);
    const hit = fromCache(key);
    const png = hit ? hit.files[0]!.bytes : rasterize(svg, OG_SIZE.width, fonts);
    if (!hit) toCache(key, svg, [{ path: ogImagePath(name), bytes: png }]);
    write(ogImagePath(name), png);
  } catch (error) {
    fail(`Open Graph image of "${name}" failed: ${(error as Error).message}`);
  }
};
const chapters = readdirSync(PATHS.chapters).filter((f) => f.endsWith(".mdx")).sort();
for (const name of chapters) {
  const slug = name.replace(/\.mdx$/, "");
  const { data: fm, content } = matter(readFileSync(join(PATHS.chapters, name), "utf8"));
  const first = chartsIn(content)[0];
  const png = first ? ogSized.get(first) : undefined;
  if (png) write(ogImagePath(slug), png);
  else og(slug, titleSlide(String(fm.title), String(fm.summary), SITE.title));
}
og("home", titleSlide("Reti territoriali e innovazione latente", SITE.subtitle, "Regione Piemonte · We.Ca.Re."));
log(`export og → ${chapters.length + 1} images`);
