// Builds the whole site: reads src/, data/ and the chart declarations; writes dist/.
// Astro renders the pages into a temporary directory. Meanwhile, on the other core,
// this process compiles the chapters an edit changed (into the cache Astro reads),
// checks the sources (every problem, as `npm run check` lists them), and then
// renders the image exports into another directory (they need nothing from Astro).
// Then the exports are moved in and Pagefind indexes the result. Only when every
// step succeeded does the new output replace dist/: a failed build leaves the
// previous dist/ untouched.
// Environment: DIST_DIR (default dist), SKIP_EXPORTS=1 (no PNG/SVG exports),
// plus what astro.config.mjs reads (BASE_PATH, SITE_URL, REPORT_CONTENT_DIR…).
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { enableCompileCache } from "node:module";
import { setPriority } from "node:os";
import { pathToFileURL } from "node:url";
import { cacheDirs, prunedCacheDirs } from "../src/lib/cache/dirs.ts";
import { CACHE_MAX_AGE_DAYS, pruneCache } from "../src/lib/cache/prune.ts";
import { SOURCES_CHECKED } from "../src/integrations/report.ts";

const root = resolve(import.meta.dirname, "..");
const target = resolve(root, process.env.DIST_DIR ?? "dist");
// The same folders on every build (one build at a time, see the lock below), so
// that what a build killed halfway leaves behind is cleared by the next one.
const tmp = resolve(root, ".tmp", "build-output");
const tmpExports = `${tmp}-exports`;
const log = (msg: string) => process.stderr.write(`${msg}\n`);
const node = process.execPath;

function cleanUp() {
  rmSync(tmp, { recursive: true, force: true });
  rmSync(tmpExports, { recursive: true, force: true });
}

// V8 keeps the compiled code of this process's modules here between builds (Node
// checks each entry against the source's hash): our TypeScript modules, kept with
// their types already stripped, so the sources check and the exports load in
// about half the time. Astro's process does without: for its 1,400 modules
// reading the cache took as long as compiling them, and writing it at the end of
// a cold build took half a second (0.75 s at 400 chapters).
enableCompileCache(cacheDirs(root).nodeCompile);

let sourcesVerdict = () => {};
const sourcesChecked = new Promise<void>((resolve) => (sourcesVerdict = resolve));

/** Runs one step (a Node script unless `command` says otherwise); on failure stops the whole build, leaving the target as it was. */
function run(name: string, args: string[], env: NodeJS.ProcessEnv = {}, command = node): { child: ChildProcess; done: Promise<void> } {
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, ...env },
  });
  const done = new Promise<void>((done) => {
    child.on("exit", (code) => {
      if (code !== 0) {
        // Reported after the sources check's verdict: a mistake in the sources
        // is always reported as its list of problems, whichever step saw it first.
        void sourcesChecked.then(() => {
          cleanUp();
          log(`build failed in ${name}; ${target} was left as it was.`);
          process.exit(code ?? 1);
        });
        return;
      }
      log(`${name} → done in ${Math.round(performance.now() - started)} ms`);
      done();
    });
  });
  return { child, done };
}

/**
 * While Astro starts, compiles the chapters that an edit changed into the MDX
 * cache, where Astro's build then finds them (src/lib/cache/mdx-cache.ts,
 * prewarmMdx). Only a speed-up: whatever goes wrong here, Astro compiles them.
 * Before the sources check, because it is the one that must finish before
 * Astro gets that far.
 */
async function prewarmChapters(): Promise<void> {
  const started = performance.now();
  try {
    const [{ parseFrontmatter }, { changedChapters, prewarmMdx }, { PATHS }] = await Promise.all([
      import("@astrojs/internal-helpers/frontmatter"),
      import("../src/lib/cache/mdx-cache.ts"),
      import("../src/lib/content/paths.ts"),
    ]);
    const dir = realpathSync(resolve(root, PATHS.chapters));
    const sources = readdirSync(dir)
      .filter((name) => name.endsWith(".mdx"))
      .map((name) => {
        const path = join(dir, name);
        // As @astrojs/mdx reads a chapter before handing it to the renderer (the
        // frontmatter blanked out, so that line numbers stay): should a later
        // version read it otherwise, the keys differ and Astro compiles as usual.
        const { frontmatter, content } = parseFrontmatter(readFileSync(path, "utf8"), { frontmatter: "empty-with-spaces" });
        return { path, frontmatter, content };
      });
    const changed = changedChapters(cacheDirs(root).mdx, sources);
    if (changed.length === 0) return; // nothing changed, or too much: Astro compiles what it needs
    // The processor as astro.config.mjs makes it, with its plugins; should the
    // configuration's differ, prewarmMdx finds another setup and compiles nothing.
    const [{ markdownProcessor }, { siteBase }] = await Promise.all([
      import("../src/lib/remark/processor.ts"),
      import("../src/lib/content/url.ts"),
    ]);
    const compiled = await prewarmMdx(markdownProcessor(root, siteBase()), changed);
    if (compiled.length > 0) {
      log(`chapters compiled beside Astro (${compiled.map((p) => basename(p)).join(", ")}) → done in ${Math.round(performance.now() - started)} ms`);
    }
  } catch {
    // Nothing lost: Astro compiles them, and reports what made compiling fail
    // (or the sources check does, with every other problem).
  }
}

const PAGEFIND_CONFIGS = ["pagefind.json", "pagefind.toml", "pagefind.yaml", "pagefind.yml"];

/**
 * Pagefind's index of the pages in tmp. Pagefind reads only the HTML, so when
 * no page changed since a build that is still in the cache, that build's index
 * is copied instead (src/lib/cache/search-index.ts).
 */
async function searchIndex(): Promise<void> {
  const started = performance.now();
  // Pagefind's own package finds the binary for this platform; its command-line
  // wrapper would only add a Node process around it.
  const { resolveBinaryPath } = (await import(pathToFileURL(join(root, "node_modules/pagefind/lib/resolveBinary.js")).href)) as {
    resolveBinaryPath: (names: string[]) => string;
  };
  const binary = resolveBinaryPath(["pagefind_extended", "pagefind"]);
  const { version } = JSON.parse(readFileSync(join(root, "node_modules/pagefind/package.json"), "utf8")) as { version: string };
  const options = ["--quiet"];
  const { restoreSearchIndex, searchIndexKey, storeSearchIndex } = await import("../src/lib/cache/search-index.ts");
  const cache = cacheDirs(root).searchIndex;
  // Pagefind also reads a configuration file from the folder it runs in, should one appear.
  const configs = PAGEFIND_CONFIGS.filter((f) => existsSync(join(root, f))).map((f) => `${f}\n${readFileSync(join(root, f), "utf8")}`);
  const key = searchIndexKey(tmp, `${basename(binary)} ${version}`, [...options, ...configs]);
  if (restoreSearchIndex(cache, key, tmp)) {
    log(`pagefind → no page changed, index reused in ${Math.round(performance.now() - started)} ms`);
    return;
  }
  await run("pagefind", ["--site", tmp, ...options], {}, binary).done;
  storeSearchIndex(cache, key, tmp);
}

/** Moves every file under `from` to the same place under `to` (renames: no bytes copied). */
function moveInto(from: string, to: string): void {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      mkdirSync(join(to, entry.name), { recursive: true });
      moveInto(join(from, entry.name), join(to, entry.name));
    } else renameSync(join(from, entry.name), join(to, entry.name));
  }
}

// One build at a time per checkout: Astro keeps state in .astro/ and node_modules/.astro/.
const lock = join(root, ".tmp", "build.lock");
mkdirSync(join(root, ".tmp"), { recursive: true });
for (let waited = 0; ; waited += 250) {
  try {
    mkdirSync(lock);
    break;
  } catch {
    if (waited % 10_000 === 0) log(`waiting for another build to finish (${lock})`);
    if (waited > 600_000) {
      log(`gave up waiting for ${lock}; remove it if no build is running`);
      process.exit(1);
    }
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
  }
}
process.on("exit", () => rmSync(lock, { recursive: true, force: true }));
cleanUp();

// Astro starts first: loading it and its configuration is the longest wait of a
// build. Its report integration leaves the sources check to this process.
const astro = run("astro build", [join(root, "node_modules/astro/bin/astro.mjs"), "build"], {
  ASTRO_OUT_DIR: tmp,
  [SOURCES_CHECKED]: "1",
});
// First, the chapters an edit changed: Astro's build needs them about a second from
// now. Then everything this process does, and the processes it starts, give way to
// Astro when the two cores are busy: Astro's build is the longest step.
await prewarmChapters();
try {
  setPriority(process.pid, 10);
} catch {
  // Not allowed here: the build is the same, only the order of work on busy cores differs.
}
// The check's modules are loaded only now, so that Astro does not wait for them.
const checkStarted = performance.now();
try {
  const { sourcesError } = await import("../src/lib/check/sources-error.ts");
  const error = sourcesError(root);
  if (error) {
    astro.child.kill();
    cleanUp();
    log(error.message);
    log(`build failed in the sources check; ${target} was left as it was.`);
    process.exit(1);
  }
} catch (error) {
  astro.child.kill();
  cleanUp();
  throw error;
}
sourcesVerdict();
log(`sources check → done in ${Math.round(performance.now() - checkStarted)} ms`);
// Then the image exports, in this process too: their modules are mostly the
// check's, already loaded, and a build that changed no chart only copies them from
// the cache, before Astro's bundling wants the other core.
if (!process.env.SKIP_EXPORTS) {
  const started = performance.now();
  try {
    const { writeExports } = await import("../src/lib/export/write-exports.ts");
    writeExports(root, tmpExports, log);
  } catch (error) {
    astro.child.kill();
    cleanUp();
    // An export that failed is named in its message; anything else is a bug, with its stack.
    log(error instanceof Error && error.name === "ExportError" ? error.message : String((error as Error).stack ?? error));
    log(`build failed in the exports; ${target} was left as it was.`);
    process.exit(1);
  }
  log(`exports → done in ${Math.round(performance.now() - started)} ms`);
}
// Cache entries older than CACHE_MAX_AGE_DAYS go: old chapter texts, CSVs and chart
// code. Done while Astro works: an entry removed under a step that wanted it is
// simply made again.
const pruned = pruneCache(prunedCacheDirs(root));
if (pruned > 0) log(`cache: removed ${pruned} entries older than ${CACHE_MAX_AGE_DAYS} days`);
await astro.done;
if (existsSync(tmpExports)) moveInto(tmpExports, tmp);
await searchIndex();

// Swap: the old output is moved aside first, so dist/ is never half-written.
const old = `${target}.old-${process.pid}`;
if (existsSync(target)) renameSync(target, old);
renameSync(tmp, target);
rmSync(old, { recursive: true, force: true });
rmSync(tmpExports, { recursive: true, force: true });
log(`site written to ${target}`);

