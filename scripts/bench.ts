// Benchmark: prints figures, asserts nothing (budgets are tests; see tests/site/budgets.test.ts).
// 1. Page weight of the built site in dist/ (run `npm run build` first): per page
//    HTML/JS/CSS raw and gzip, requests, and the budgets marked pass/fail.
// 2. Build time of the real report: cold (no caches), warm with nothing changed and
//    warm after a text-only edit of one chapter (caches kept), median of RUNS runs
//    each, with peak memory.
// 3. Scale curve: synthetic reports of 10, 100 and 400 chapters (two charts each,
//    a network chart every ten) generated into .tmp/ and built through the same
//    pipeline without image exports: total time, time per extra chapter, memory.
// Usage: npm run bench [-- --runs 3 --sizes 10,100,400 --skip-scale --skip-build]
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, cpSync } from "node:fs";
import { join, resolve } from "node:path";
import { LAST_SOURCES } from "../src/lib/cache/content-store.ts";
import { CACHE_ROOT } from "../src/lib/cache/dirs.ts";
import { BUDGETS, pageWeight } from "../src/lib/perf/page-weight.ts";
import { generateSyntheticReport } from "../src/lib/perf/synthetic-report.ts";
import { listPages } from "../tests/helpers/site.ts";

const root = resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : fallback;
};
const RUNS = Number(opt("runs", "3"));
const SIZES = opt("sizes", "10,100,400").split(",").map(Number);
const kb = (n: number) => (n / 1024).toFixed(1).padStart(6);
const out = (s = "") => process.stdout.write(`${s}\n`);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

interface Measured {
  ms: number;
  mib: number;
  /** CPU time of the build and every process it started (ms), or NaN where /proc cannot say. */
  cpu: number;
}

/**
 * CPU time (ms) of this process's finished children and their descendants, from
 * /proc/self/stat (cutime + cstime, in clock ticks of 10 ms on Linux): it counts
 * every Node process, Rolldown's threads, git and Pagefind's binary. NaN off Linux.
 */
function childrenCpuMs(): number {
  try {
    const fields = readFileSync("/proc/self/stat", "utf8").replace(/^.*\) /, "").split(" ");
    return (Number(fields[13]) + Number(fields[14])) * 10; // fields 16 and 17 of proc(5), after pid and comm
  } catch {
    return Number.NaN;
  }
}

/** Runs the build script; returns wall time (ms) and peak RSS (MiB) over all its Node processes. */
function timedBuild(env: Record<string, string>): Measured {
  const rssFile = join(root, ".tmp", `bench-rss-${process.pid}.txt`);
  rmSync(rssFile, { force: true });
  const cpuBefore = childrenCpuMs();
  const started = performance.now();
  const r = spawnSync(process.execPath, ["scripts/build.ts"], {
    cwd: root,
    stdio: ["ignore", "ignore", "pipe"],
    env: {
      ...process.env,
      ...env,
      ASTRO_TELEMETRY_DISABLED: "1",
      BENCH_RSS_FILE: rssFile,
      NODE_OPTIONS: `--import=${join(root, "scripts/lib/report-rss.mjs")}`,
    },
  });
  const ms = performance.now() - started;
  const cpu = childrenCpuMs() - cpuBefore;
  if (r.status !== 0) throw new Error(`build failed:\n${r.stderr.toString().slice(-2000)}`);
  const rss = existsSync(rssFile) ? readFileSync(rssFile, "utf8").trim().split("\n").map(Number) : [0];
  return { ms, mib: Math.max(...rss) / 1024, cpu };
}

// Cold builds need no caches, but the checkout's are not the benchmark's to lose:
// they are moved aside while it runs and put back when it ends, even on failure,
// so the next `npm run build` (or the CI cache) finds them as they were.
const CACHES = [".astro", "node_modules/.astro", "node_modules/.vite", CACHE_ROOT, LAST_SOURCES];
const aside = join(root, ".tmp", `bench-caches-${process.pid}`);
/** Where cache `c` waits while the benchmark runs. */
const asideOf = (c: string) => join(aside, c.replaceAll("/", "__"));

function clearCaches() {
  for (const c of CACHES) rmSync(join(root, c), { recursive: true, force: true });
}

function setCachesAside() {
  mkdirSync(aside, { recursive: true });
  for (const c of CACHES) if (existsSync(join(root, c))) renameSync(join(root, c), asideOf(c));
  process.on("exit", () => {
    clearCaches();
    for (const c of CACHES) if (existsSync(asideOf(c))) renameSync(asideOf(c), join(root, c));
    rmSync(aside, { recursive: true, force: true });
  });
  process.on("SIGINT", () => process.exit(130)); // Ctrl-C: put the caches back too
}

// 1. Page weight
if (!args.includes("--skip-weight")) {
  const dist = join(root, "dist");
  if (!existsSync(join(dist, "index.html"))) {
    out("page weight: no dist/ — run `npm run build` first");
  } else {
    out("== Page weight (dist/): KB raw / gzip -9 ==");
    out("page                                        html (raw/gz)    js (raw/gz)   css (raw/gz) total (raw/gz)  req  budgets");
    let heaviest = { page: "", gzip: 0 };
    for (const page of listPages(dist)) {
      const w = pageWeight(dist, page);
      const isEmbed = page.startsWith("embed/");
      const fails = [
        w.js.gzip > BUDGETS.jsPerPage && "js",
        w.css.gzip > BUDGETS.cssPerPage && "css",
        isEmbed && w.total.gzip > BUDGETS.embedTotal && "embed",
        !isEmbed && w.total.gzip > BUDGETS.chapterFirstView && "total",
      ].filter(Boolean);
      if (!isEmbed && w.total.gzip > heaviest.gzip) heaviest = { page, gzip: w.total.gzip };
      const both = (b: { raw: number; gzip: number }) => `${kb(b.raw)} ${kb(b.gzip)}`;
      out(
        `${page.padEnd(42).slice(0, 42)} ${both(w.html)} ${both(w.js)} ${both(w.css)} ${both(w.total)} ${String(w.requests).padStart(4)}  ${fails.length ? `FAIL ${fails.join(",")}` : "pass"}`,
      );
    }
    out(`heaviest page: ${heaviest.page} ${kb(heaviest.gzip)} KB gzip (budget ${BUDGETS.chapterFirstView / 1024} KB)`);
    out(`every resource of every page, raw and gzip: .tmp/bench-weight.json`);
    mkdirSync(join(root, ".tmp"), { recursive: true });
    writeFileSync(join(root, ".tmp/bench-weight.json"), JSON.stringify(listPages(dist).map((p) => pageWeight(dist, p)), null, 2));
  }
}

if (!args.includes("--skip-build") || !args.includes("--skip-scale")) setCachesAside();

// 2. Real report: cold vs warm. The report is copied to .tmp/ so that the "text-only
//    edit" can change a chapter without touching the checkout.
if (!args.includes("--skip-build")) {
  out(`\n== Build of the real report (median of ${RUNS}) ==`);
  const copy = join(root, ".tmp", "bench-report");
  const benchDist = join(root, ".tmp", "bench-dist");
  const env = { DIST_DIR: benchDist, REPORT_CONTENT_DIR: join(copy, "content") };
  const edited = join(copy, "content", "chapters", "analisi.mdx");
  const runs = { cold: [] as Measured[], same: [] as Measured[], edit: [] as Measured[] };
  for (let i = 0; i < RUNS; i++) {
    rmSync(copy, { recursive: true, force: true });
    cpSync(join(root, "src", "content"), join(copy, "content"), { recursive: true });
    clearCaches();
    runs.cold.push(timedBuild(env));
    runs.same.push(timedBuild(env));
    writeFileSync(edited, `${readFileSync(edited, "utf8")}\nUn paragrafo aggiunto dal benchmark, come farebbe una correzione del testo.\n`);
    runs.edit.push(timedBuild(env));
  }
  const line = (label: string, rs: Measured[]) =>
    out(
      `${label.padEnd(52)} ${(median(rs.map((r) => r.ms)) / 1000).toFixed(2)} s, CPU ${(median(rs.map((r) => r.cpu)) / 1000).toFixed(2)} s, peak ${Math.max(...rs.map((r) => r.mib)).toFixed(0)} MiB`,
    );
  line("cold build (incl. PNG exports and search index):", runs.cold);
  line("warm build, nothing changed:", runs.same);
  line("warm build after a text-only edit of one chapter:", runs.edit);
  const ratio = (key: "ms" | "cpu") => {
    const c = median(runs.cold.map((r) => r[key]));
    return `${(median(runs.same.map((r) => r[key])) / c).toFixed(2)} (nothing changed), ${(median(runs.edit.map((r) => r[key])) / c).toFixed(2)} (text edit)`;
  };
  out(`warm / cold, time: ${ratio("ms")}`);
  out(`warm / cold, CPU:  ${ratio("cpu")}`);
  rmSync(benchDist, { recursive: true, force: true });
  rmSync(copy, { recursive: true, force: true });
}

// 3. Scale curve
if (!args.includes("--skip-scale")) {
  out("\n== Scale curve: synthetic reports, no image exports ==");
  const results: { n: number; ms: number; mib: number }[] = [];
  for (const n of SIZES) {
    const dir = join(root, ".tmp", `synthetic-${n}`);
    rmSync(dir, { recursive: true, force: true });
    generateSyntheticReport(dir, n);
    clearCaches();
    cpSync(join(root, "data"), join(dir, "data"), { recursive: true });
    const r = timedBuild({
      REPORT_CONTENT_DIR: join(dir, "content"),
      REPORT_DATA_DIR: join(dir, "data"),
      DIST_DIR: join(dir, "dist"),
      SKIP_EXPORTS: "1",
    });
    results.push({ n, ...r });
    out(`${String(n).padStart(4)} chapters: ${(r.ms / 1000).toFixed(2)} s, peak ${r.mib.toFixed(0)} MiB`);
    rmSync(dir, { recursive: true, force: true });
  }
  if (results.length >= 2) {
    const a = results[0]!;
    const b = results[results.length - 1]!;
    out(`time per extra chapter (${a.n}→${b.n}): ${((b.ms - a.ms) / (b.n - a.n)).toFixed(1)} ms`);
  }
}
