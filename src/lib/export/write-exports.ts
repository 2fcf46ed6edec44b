import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import matter from "gray-matter";
import { CHART_CODE_FOLDERS, CHART_PACKAGES, chartKey } from "../cache/chart-key.ts";
import { codeHash, hashParts } from "../cache/content-hash.ts";
import { cacheDirs } from "../cache/dirs.ts";
import { writeWholeFolder } from "../cache/write-whole.ts";
import { CHARTS } from "../charts/registry.ts";
import { PATHS } from "../content/paths.ts";
import { chartsIn } from "../content/placements.ts";
import { listFiles } from "../content/read-content.ts";
import { SITE } from "../content/site.ts";
import { loadData } from "../csv/load-data.ts";
import { titleSlide } from "./chart-slide.ts";
import { exportChart } from "./export-chart.ts";
import { OG_SIZE, ogImagePath } from "./files.ts";
import { exportFontFiles, rasterize } from "./rasterize.ts";

/** An export that could not be made: its message names the chart or page and the reason. */
export class ExportError extends Error {
  override name = "ExportError";
}

interface ExportFile {
  path: string;
  bytes: Buffer;
}

/**
 * Writes the image exports of every declared chart into the site folder `site`:
 *   grafici/<id>.svg, grafici/<id>-1920x1080.png, grafici/<id>-1200x675.png
 * and the Open Graph images og/<chapter>.png (a chapter's first chart, or its
 * title) and og/home.png, 1200×675. Reads data/ (validated), the chart
 * declarations and the chapters; logs one line per chart.
 *
 * Exports are cached in .tmp/cache/exports/<key>/ under `root`, keyed by the
 * chart's code and the bytes of the CSV files it reads (cache/chart-key.ts): a
 * text-only edit re-renders no chart. Throws an ExportError at the first export
 * that fails.
 */
export function writeExports(root: string, site: string, log: (msg: string) => void): void {
  const write = (path: string, bytes: Buffer) => {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), bytes);
  };
  const data = loadData(PATHS.data);
  let fonts: string[];
  try {
    fonts = exportFontFiles();
  } catch (error) {
    throw new ExportError(`exports: ${(error as Error).message}`);
  }
  const cache = exportCache(cacheDirs(root).exports);
  const code = codeHash(root, CHART_CODE_FOLDERS, CHART_PACKAGES);

  // The OG image of a chapter with a chart is that chart's 1200×675 PNG: same slide,
  // same size, so it is reused rather than rasterised again.
  const ogSized = new Map<string, Buffer>();
  for (const chart of CHARTS) {
    const started = performance.now();
    let files: ExportFile[];
    let cached = true;
    try {
      const key = chartKey(chart, root, PATHS.data, code);
      const hit = cache.get(key);
      if (hit) files = hit;
      else {
        cached = false;
        const made = exportChart(chart, data, fonts);
        cache.put(key, made.files);
        files = made.files;
      }
    } catch (error) {
      throw new ExportError((error as Error).message);
    }
    const ogPng = files.find((f) => f.path.endsWith(`-${OG_SIZE.width}x${OG_SIZE.height}.png`));
    if (ogPng) ogSized.set(chart.id, ogPng.bytes);
    for (const f of files) write(f.path, f.bytes);
    log(
      `export ${chart.id} → ${files.map((f) => f.path.replace(/^.*\//, "")).join(", ")} ${cached ? "(cached)" : "rendered"} in ${Math.round(performance.now() - started)} ms`,
    );
  }

  // Open Graph: a chapter's first chart, or its title where it has none.
  const og = (name: string, svg: string) => {
    try {
      const key = hashParts(["og", code, svg]);
      const hit = cache.get(key);
      const png = hit ? hit[0]!.bytes : rasterize(svg, OG_SIZE.width, fonts);
      if (!hit) cache.put(key, [{ path: ogImagePath(name), bytes: png }]);
      write(ogImagePath(name), png);
    } catch (error) {
      throw new ExportError(`Open Graph image of "${name}" failed: ${(error as Error).message}`);
    }
  };
  const chapters = listFiles(PATHS.chapters, ".mdx");
  for (const name of chapters) {
    const slug = name.replace(/\.mdx$/, "");
    const { data: fm, content } = matter(readFileSync(join(PATHS.chapters, name), "utf8"));
    const first = chartsIn(content)[0];
    const png = first ? ogSized.get(first) : undefined;
    if (png) write(ogImagePath(slug), png);
    else og(slug, titleSlide(String(fm.title), String(fm.summary), SITE.title));
  }
  og("home", titleSlide(SITE.reportTitle, SITE.subtitle, "Regione Piemonte · We.Ca.Re."));
  log(`export og → ${chapters.length + 1} images`);
}

/** The export cache: one folder per key, with the files and a manifest of their paths. */
function exportCache(dir: string) {
  return {
    /** Files of a cached export, or undefined on a miss. */
    get(key: string): ExportFile[] | undefined {
      const entry = join(dir, key);
      if (!existsSync(join(entry, "manifest.json"))) return undefined;
      const paths = JSON.parse(readFileSync(join(entry, "manifest.json"), "utf8")) as string[];
      return paths.map((path, i) => ({ path, bytes: readFileSync(join(entry, String(i))) }));
    },
    /** Stores an export (writeWholeFolder: a crash never leaves half an entry). */
    put(key: string, files: ExportFile[]): void {
      writeWholeFolder(join(dir, key), (tmp) => {
        mkdirSync(tmp);
        files.forEach((f, i) => writeFileSync(join(tmp, String(i)), f.bytes));
        writeFileSync(join(tmp, "manifest.json"), JSON.stringify(files.map((f) => f.path)));
      });
    },
  };
}
