// Writes the image exports of every declared chart into a built site:
//   grafici/<id>.svg, grafici/<id>-1920x1080.png, grafici/<id>-1200x675.png
// and the Open Graph images og/<chapter>.png (a chapter's first chart, or its
// title) and og/home.png, 1200×675.
// Reads: data/ (validated), the chart declarations, src/content/chapters.
// A chart that fails to export stops the build: exit code 1 and one line naming
// the chart and the reason. Logs one line per chart to stderr.
// Usage: node scripts/exports.ts <site-dir>
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import matter from "gray-matter";
import { loadData } from "../src/lib/csv/load-data.ts";
import { CHARTS } from "../src/lib/charts/registry.ts";
import { titleSlide } from "../src/lib/export/chart-slide.ts";
import { exportChart } from "../src/lib/export/export-chart.ts";
import { OG_SIZE, ogImagePath } from "../src/lib/export/files.ts";
import { exportFontFiles, rasterize } from "../src/lib/export/rasterize.ts";
import { SITE } from "../src/lib/content/site.ts";
import { PATHS } from "../src/lib/content/paths.ts";

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

const slides = new Map<string, string>();
for (const chart of CHARTS) {
  const started = performance.now();
  try {
    const { svg, files } = exportChart(chart, data, fonts);
    slides.set(chart.id, svg);
    for (const f of files) write(f.path, f.bytes);
    log(`export ${chart.id} → ${files.map((f) => f.path.replace(/^.*\//, "")).join(", ")} in ${Math.round(performance.now() - started)} ms`);
  } catch (error) {
    fail((error as Error).message);
  }
}

// Open Graph: a chapter's first chart, or its title where it has none.
const og = (name: string, svg: string) => {
  try {
    write(ogImagePath(name), rasterize(svg, OG_SIZE.width, fonts));
  } catch (error) {
    fail(`Open Graph image of "${name}" failed: ${(error as Error).message}`);
  }
};
const chapters = readdirSync(PATHS.chapters).filter((f) => f.endsWith(".mdx")).sort();
for (const name of chapters) {
  const slug = name.replace(/\.mdx$/, "");
  const { data: fm, content } = matter(readFileSync(join(PATHS.chapters, name), "utf8"));
  const first = /<Chart\s+id=["']([^"']+)["']/.exec(content)?.[1];
  const slide = first ? slides.get(first) : undefined;
  og(slug, slide ?? titleSlide(String(fm.title), String(fm.summary), SITE.title));
}
og("home", titleSlide("Reti territoriali e innovazione latente", SITE.subtitle, "Regione Piemonte · We.Ca.Re."));
log(`export og → ${chapters.length + 1} images`);
