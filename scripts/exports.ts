// Writes the image exports of every declared chart into a built site:
//   grafici/<id>.svg, grafici/<id>-1920x1080.png, grafici/<id>-1200x675.png
// and the Open Graph images og/<chapter>.png and og/home.png.
// Reads: data/ (validated), the chart declarations, src/content/chapters.
// Usage: node scripts/exports.ts <site-dir>
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import matter from "gray-matter";
import { loadData } from "../src/lib/csv/load-data.ts";
import { CHARTS } from "../src/lib/charts/registry.ts";
import { chartSlide, titleSlide } from "../src/lib/export/chart-slide.ts";
import { exportFontFiles, rasterize } from "../src/lib/export/rasterize.ts";
import { SITE } from "../src/lib/content/site.ts";
import { PATHS } from "../src/lib/content/paths.ts";

const site = process.argv[2];
if (!site) {
  process.stderr.write("usage: node scripts/exports.ts <site-dir>\n");
  process.exit(2);
}
const log = (msg: string) => process.stderr.write(`${msg}\n`);
const data = loadData(PATHS.data);
const fonts = exportFontFiles();
mkdirSync(join(site, "grafici"), { recursive: true });
mkdirSync(join(site, "og"), { recursive: true });

const slides = new Map<string, string>();
for (const chart of CHARTS) {
  const started = performance.now();
  try {
    const svg = chartSlide(chart, data);
    slides.set(chart.id, svg);
    writeFileSync(join(site, "grafici", `${chart.id}.svg`), svg);
    writeFileSync(join(site, "grafici", `${chart.id}-1920x1080.png`), rasterize(svg, 1920, fonts));
    writeFileSync(join(site, "grafici", `${chart.id}-1200x675.png`), rasterize(svg, 1200, fonts));
  } catch (error) {
    log(`export of chart "${chart.id}" failed: ${(error as Error).message}`);
    process.exit(1);
  }
  log(`export ${chart.id} → svg + 2 png in ${Math.round(performance.now() - started)} ms`);
}

// Open Graph: a chapter's first chart, or its title where it has none.
const chaptersDir = PATHS.chapters;
for (const name of readdirSync(chaptersDir).filter((f) => f.endsWith(".mdx"))) {
  const slug = name.replace(/\.mdx$/, "");
  const { data: fm, content } = matter(readFileSync(join(chaptersDir, name), "utf8"));
  const first = /<Chart\s+id="([^"]+)"/.exec(content)?.[1];
  const svg = first ? slides.get(first)! : titleSlide(String(fm.title), String(fm.summary), SITE.title);
  writeFileSync(join(site, "og", `${slug}.png`), rasterize(svg, 1200, fonts));
}
writeFileSync(join(site, "og", "home.png"), rasterize(titleSlide("Reti territoriali e innovazione latente", SITE.subtitle, "Regione Piemonte · We.Ca.Re."), 1200, fonts));
log(`export og → ${readdirSync(join(site, "og")).length} images`);
