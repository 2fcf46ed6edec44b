// @ts-check
import mdx from "@astrojs/mdx";
import reportIntegration from "./src/integrations/report.ts";
import { siteBase } from "./src/lib/content/url.ts";
import { markdownProcessor } from "./src/lib/remark/processor.ts";

// No usage report to Astro's telemetry server from a build, a check or the dev
// server: the project makes no third-party requests, and the report (with a git
// call to name the project) costs every build about a tenth of a second. Astro reads
// the variable when it records, after this file is loaded.
process.env.ASTRO_TELEMETRY_DISABLED = "1";

// The site can live at a domain root or under a path such as /<repo>/ on GitHub Pages.
const base = siteBase();
const site = process.env.SITE_URL ?? "http://localhost:4321";

// A plain object rather than defineConfig(): "astro/config" also loads SVGO and its CSS
// tooling (about 280 modules) that this site never uses, on every build.
/** @type {import("astro").AstroUserConfig} */
export default {
  site,
  base,
  trailingSlash: "always",
  outDir: process.env.ASTRO_OUT_DIR ?? "./dist",
  build: { format: "directory", inlineStylesheets: "never" },
  devToolbar: { enabled: false },
  vite: {
    // Astro loads src/content.config.ts through a temporary Vite server, which by
    // default runs the Astro modules it imports (the collection loaders, with
    // Astro's error catalogue) through every Vite plugin: about 60 modules and
    // 0.3–0.5 s on every build and `astro check`. Those modules use no virtual
    // module, so Node can load them as they are, as it loads the rest of Astro.
    environments: { astro: { resolve: { external: ["astro/loaders", "astro/content/config"] } } },
    build: {
      // Never inline scripts into the HTML: the CSP allows scripts from files only.
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro's MDX pipeline marks every chapter module with this directive, and
        // Rolldown warns about each one: noise that would hide a real warning from
        // the staff reading the build log. Anything else is reported as usual.
        onwarn(warning, warn) {
          if (warning.code === "MODULE_LEVEL_DIRECTIVE" && warning.message.includes("astro:head-inject")) return;
          warn(warning);
        },
      },
    },
  },
  markdown: {
    // A policy report has no code listings: no Shiki to load (a third of a second per build).
    syntaxHighlight: false,
    // Chapters and glossary entries go through our remark plugins, with compiled
    // chapters cached between builds (src/lib/remark/processor.ts).
    processor: markdownProcessor(process.cwd(), base),
  },
  integrations: [reportIntegration(), mdx()],
};
