// The README's test command (npm test). Runs, in order, stopping at the first failure:
//   1. npm run check      the report's sources against their schemas
//   2. astro check        TypeScript across .ts and .astro files
//   3. vitest unit        pure modules
//   4. vitest build       bad fixture trees must stop the build with their message
//   5. npm run build      the real site into dist/
//   6. vitest site        checks over dist/
//   7. vitest browser     chromium against dist/ (needs /usr/bin/chromium; see README)
//   8. benchmarks         `npm run bench` (one run, small scale curve) and `npm run
//                         bench:lighthouse` must run to the end; they print figures,
//                         which are never asserted (see docs/PERFORMANCE.md)
// and prints one closing line "tests: N passed, N failed".
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const node = process.execPath;
const env = { ...process.env, TZ: "America/Los_Angeles", ASTRO_TELEMETRY_DISABLED: "1" };
let passed = 0;
let failed = 0;

function step(name: string, args: string[]) {
  process.stderr.write(`\n== ${name}\n`);
  const r = spawnSync(node, args, { cwd: root, stdio: "inherit", env });
  if (r.status !== 0) {
    process.stderr.write(`\n== ${name} failed\n`);
    finish(1);
  }
}

function vitest(project: string) {
  mkdirSync(join(root, ".tmp"), { recursive: true });
  const out = join(root, ".tmp", `vitest-${project}.json`);
  process.stderr.write(`\n== vitest ${project}\n`);
  const r = spawnSync(
    node,
    ["node_modules/vitest/vitest.mjs", "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${out}`],
    { cwd: root, stdio: "inherit", env },
  );
  if (existsSync(out)) {
    const report = JSON.parse(readFileSync(out, "utf8")) as { numPassedTests: number; numFailedTests: number };
    passed += report.numPassedTests;
    failed += report.numFailedTests;
  }
  if (r.status !== 0) finish(1);
}

function finish(code: number): never {
  process.stdout.write(`tests: ${passed} passed, ${failed} failed\n`);
  process.exit(code);
}

step("check", ["scripts/check.ts"]);
step("astro check", ["node_modules/astro/bin/astro.mjs", "check", "--minimumSeverity", "warning"]);
vitest("unit");
vitest("build");
step("build", ["scripts/build.ts"]);
vitest("site");
if (!existsSync("/usr/bin/chromium") && !process.env.CHROMIUM_PATH) {
  const msg =
    "browser tests need Debian's chromium at /usr/bin/chromium: run `apt-get update && apt-get install -y chromium` (or set CHROMIUM_PATH).";
  if (process.env.CI) {
    process.stderr.write(`\n== browser tests: ${msg}\n`);
    failed += 1;
    finish(1);
  }
  process.stderr.write(`\n== browser tests skipped: ${msg}\n`);
} else {
  vitest("browser");
}
step("benchmark (figures only, not asserted)", ["scripts/bench.ts", "--runs", "1", "--sizes", "10,40"]);
if (existsSync("/usr/bin/chromium") || process.env.CHROMIUM_PATH) step("Lighthouse (figures only, not asserted)", ["scripts/bench-lighthouse.ts"]);
finish(failed > 0 ? 1 : 0);
