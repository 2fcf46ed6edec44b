import { buildInto } from "./reproducible.ts";

/**
 * The hostile fixture (tests/fixtures/hostile): a report whose CSV labels and
 * frontmatter carry <script>, onerror/onload payloads, javascript: URLs and
 * SVG payloads. Built like the real site, with the sources swapped.
 */
export const HOSTILE_ENV = {
  REPORT_CONTENT_DIR: "tests/fixtures/hostile/content",
  REPORT_DATA_DIR: "tests/fixtures/hostile/data",
} as const;

/** Builds the hostile fixture into `outDir` (relative to the project root) and returns its absolute path. */
export function buildHostile(outDir: string): string {
  return buildInto(outDir, HOSTILE_ENV);
}

/**
 * Strings of the fixture that must reach the reader as text, exactly as
 * written: escaping must neither execute them nor drop them. Page → strings.
 */
export const HOSTILE_TEXT: Readonly<Record<string, readonly string[]>> = {
  "primo/index.html": [
    "<script>alert('title')</script> Capitolo ostile",
    "Un riassunto con \"><img src=x onerror=alert('summary')> e <script>alert('summary2')</script> dentro",
    "Definizione con \"><img src=x onerror=alert('short')> dentro.",
    "<script>alert(11)</script>",
    "<img src=x onerror=alert(3)>",
  ],
  "glossario/index.html": ["<script>alert('term')</script>"],
  "bibliografia/index.html": ["<script>alert('bib')</script>"],
  "index.html": ["<script>alert('finding')</script>", "<img src=x onerror=alert(1)>"],
};
