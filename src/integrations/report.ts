import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import { forgetOtherReport } from "../lib/cache/content-store.ts";

/**
 * Set by scripts/build.ts, which runs the same check itself on the other core
 * while Astro starts, so that a build does not wait for it here.
 */
export const SOURCES_CHECKED = "REPORT_SOURCES_CHECKED";

/**
 * Validates every chapter, glossary and bibliography entry and data file before
 * Astro renders anything, and stops the build with one error that lists every
 * problem (file:line:column, field, value, what is expected). Astro's own schema
 * checks then run as a second pass that should never fail.
 */
export default function reportIntegration(): AstroIntegration {
  return {
    name: "report-validation",
    hooks: {
      "astro:config:setup": async ({ config, command }) => {
        if (command === "preview") return;
        // Before the content sync, whichever way Astro is run (build, dev, check).
        forgetOtherReport(fileURLToPath(config.root));
        if (process.env[SOURCES_CHECKED] === "1") return;
        // Loaded here, not above: a build run by scripts/build.ts never loads the check.
        const { sourcesError } = await import("../lib/check/sources-error.ts");
        const error = sourcesError(fileURLToPath(config.root));
        if (error) throw error;
      },
    },
  };
}
