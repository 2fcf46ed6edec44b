import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import { checkProject } from "../lib/check/check-project.ts";
import { InputError } from "../lib/csv/issue.ts";
import { CHART_IDS } from "../lib/charts/registry.ts";

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
      "astro:config:setup": ({ config, command }) => {
        if (command === "preview") return;
        const root = fileURLToPath(config.root);
        const issues = checkProject(root, CHART_IDS);
        if (issues.length > 0) throw new InputError(issues, "the report's sources");
      },
    },
  };
}
