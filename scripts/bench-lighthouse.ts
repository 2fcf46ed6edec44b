// Lighthouse (mobile preset, simulated throttling) on the heaviest chapter page and
// on an embed page of the built site in dist/, with Debian's chromium. The pages are
// served gzip-compressed, as GitHub Pages and other static hosts serve them.
// Prints the four category scores, LCP and the total transferred bytes.
// Reads: dist/ (run `npm run build` first). Writes nothing.
// Usage: npm run bench:lighthouse [-- <page path> ...]
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { pageWeight } from "../src/lib/perf/page-weight.ts";
import { CHROMIUM, CHROMIUM_ARGS } from "../tests/helpers/browser.ts";
import { serveDir } from "../tests/helpers/serve.ts";
import { listPages } from "../tests/helpers/site.ts";

const dist = resolve(import.meta.dirname, "..", "dist");
if (!existsSync(join(dist, "index.html"))) {
  process.stderr.write("no dist/: run `npm run build` first\n");
  process.exit(1);
}
const pages = listPages(dist);
const heaviest = pages
  .filter((p) => !p.startsWith("embed/") && p !== "404.html")
  .map((p) => pageWeight(dist, p))
  .sort((a, b) => b.total.gzip - a.total.gzip)[0]!.page;
const embed = pages.find((p) => p.startsWith("embed/"));
const targets = process.argv.slice(2).length ? process.argv.slice(2) : [heaviest, ...(embed ? [embed] : [])];

const server = await serveDir(dist);
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM,
  chromeFlags: CHROMIUM_ARGS,
});
try {
  process.stdout.write(`Lighthouse ${new Date().toISOString().slice(0, 10)}, mobile preset, ${CHROMIUM}\n`);
  process.stdout.write("page                                   perf  a11y  best   seo   LCP(ms)  bytes\n");
  for (const page of targets) {
    const url = server.url + page.replace(/index\.html$/, "");
    const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error" });
    if (!result) throw new Error(`no Lighthouse result for ${url}`);
    const { categories, audits } = result.lhr;
    const score = (k: string) => String(Math.round((categories[k]?.score ?? 0) * 100)).padStart(5);
    const lcp = Math.round(audits["largest-contentful-paint"]?.numericValue ?? 0);
    const bytes = Math.round(audits["total-byte-weight"]?.numericValue ?? 0);
    process.stdout.write(
      `${page.padEnd(38).slice(0, 38)} ${score("performance")} ${score("accessibility")} ${score("best-practices")} ${score("seo")} ${String(lcp).padStart(9)} ${String(bytes).padStart(6)}\n`,
    );
    // The five metrics the performance score is made of, with their own scores: which one costs points.
    const metrics = ["first-contentful-paint", "speed-index", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift"];
    process.stdout.write(
      `    metrics: ${metrics.map((id) => `${id.replace(/-/g, " ")} ${audits[id]?.displayValue ?? "?"} (${Math.round((audits[id]?.score ?? 0) * 100)})`).join(", ")}\n`,
    );
    const failing = Object.values(audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary");
    for (const a of failing.slice(0, 8)) process.stdout.write(`    not passed: ${a.id} — ${a.title}\n`);
  }
} finally {
  chrome.kill();
  await server.close();
}
