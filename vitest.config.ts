import { defineConfig } from "vitest/config";

// Four projects, run in this order by scripts/test.ts:
// - unit: pure modules under src/ and scripts/, no build, no browser;
// - build: real builds of bad fixture trees, which must fail with their message;
// - site: checks over the built output in dist/ (links, HTML, budgets, exports);
// - browser: Debian's chromium through playwright-core against dist/ served on 127.0.0.1.
// TZ is pinned to a non-UTC zone in scripts/test.ts so that date bugs show up.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["src/**/*.test.ts", "scripts/**/*.test.ts"] },
      },
      {
        extends: true,
        // Real `astro build` runs on bad fixture trees: each must stop with its message.
        // One build at a time: builds share .astro/ and the machines have two cores.
        test: { name: "build", include: ["tests/build/**/*.test.ts"], fileParallelism: false },
      },
      {
        extends: true,
        test: { name: "site", include: ["tests/site/**/*.test.ts"] },
      },
      {
        extends: true,
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.ts"],
          // One browser at a time: the machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
