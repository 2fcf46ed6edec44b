// Builds the whole site: reads src/, data/ and the chart declarations; writes dist/.
// Astro renders into a temporary directory, then the post-build steps (search
// index, image exports) run there; only when every step succeeded does the new
// output replace dist/. A failed build leaves the previous dist/ untouched.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const target = resolve(root, process.env.DIST_DIR ?? "dist");
const tmp = resolve(root, ".tmp", `build-${process.pid}`);
const log = (msg: string) => process.stderr.write(`${msg}\n`);

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const started = performance.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  if (r.status !== 0) {
    rmSync(tmp, { recursive: true, force: true });
    log(`build failed in: ${[cmd, ...args].join(" ")}; ${target} was left as it was.`);
    process.exit(r.status ?? 1);
  }
  log(`${args[1] ?? cmd} → done in ${Math.round(performance.now() - started)} ms`);
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
rmSync(tmp, { recursive: true, force: true });
const node = process.execPath;
run(node, [join(root, "node_modules/astro/bin/astro.mjs"), "build"], { ASTRO_OUT_DIR: tmp });
// SKIP_EXPORTS=1 leaves out the PNG/SVG exports (the scale benchmark measures pages alone).
if (!process.env.SKIP_EXPORTS) run(node, [join(root, "scripts/exports.ts"), tmp]);
run(node, [join(root, "node_modules/pagefind/lib/runner/bin.cjs"), "--site", tmp, "--quiet"]);

// Swap: the old output is moved aside first, so dist/ is never half-written.
const old = `${target}.old-${process.pid}`;
if (existsSync(target)) renameSync(target, old);
renameSync(tmp, target);
rmSync(old, { recursive: true, force: true });
log(`site written to ${target}`);
