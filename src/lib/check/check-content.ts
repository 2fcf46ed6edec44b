import { readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import type { Issue } from "../csv/issue.ts";
import { parseFrontmatter } from "../content/frontmatter.ts";
import { listFiles } from "../content/read-content.ts";
import { readStory } from "../content/story.ts";
import { listItems, parseYamlFile } from "../content/yaml-file.ts";
import { PATHS } from "../content/paths.ts";
import { NUMBERED_COMPONENTS, typedNumber } from "../remark/figure-numbers.ts";
import { BibliographySchema, ChapterSchema, GlossarySchema, type Chapter } from "../schemas/chapter.ts";

export interface ContentPaths {
  /** Project root; file names in issues are relative to it. */
  root: string;
  chapters: string;
  glossary: string;
  bibliography: string;
  story: string;
}

export const DEFAULT_PATHS = {
  chapters: PATHS.chapters,
  glossary: PATHS.glossary,
  bibliography: PATHS.bibliography,
  story: PATHS.story,
} as const;

/**
 * Checks every chapter, glossary entry and bibliography entry, and the references
 * between them (glossary marks, citation keys, chart ids), returning every problem.
 */
export function checkContent(paths: ContentPaths, chartIds: ReadonlySet<string>): Issue[] {
  const issues: Issue[] = [];
  const glossaryIds = new Set<string>();
  for (const name of listFiles(resolve(paths.root, paths.glossary), ".md")) {
    const file = `${paths.glossary}/${name}`;
    const r = parseFrontmatter(readFileSync(resolve(paths.root, file), "utf8"), file, GlossarySchema);
    issues.push(...r.issues);
    glossaryIds.add(basename(name, ".md"));
  }
  const { keys, issues: bibIssues } = checkBibliography(paths);
  issues.push(...bibIssues);

  const chapters: { file: string; data: Chapter; lines: Record<"order" | "number", number> }[] = [];
  for (const name of listFiles(resolve(paths.root, paths.chapters), ".mdx")) {
    const file = `${paths.chapters}/${name}`;
    const text = readFileSync(resolve(paths.root, file), "utf8");
    const r = parseFrontmatter(text, file, ChapterSchema);
    issues.push(...r.issues);
    if (r.data) {
      const lineOf = (field: string) => text.split(/\r?\n/).findIndex((l) => new RegExp(`^${field}\\s*:`).test(l)) + 1 || 1;
      chapters.push({ file, data: r.data, lines: { order: lineOf("order"), number: lineOf("number") } });
    }
    issues.push(...checkReferences(text, file, glossaryIds, keys, chartIds, paths));
  }
  issues.push(...checkDuplicates(chapters));
  const slugs = new Set(listFiles(resolve(paths.root, paths.chapters), ".mdx").map((n) => basename(n, ".mdx")));
  issues.push(...readStory(paths.root, paths.story, chartIds, slugs).issues);
  return issues;
}

function checkDuplicates(chapters: { file: string; data: Chapter; lines: Record<"order" | "number", number> }[]): Issue[] {
  const issues: Issue[] = [];
  for (const field of ["order", "number"] as const) {
    const seen = new Map<string, string>();
    for (const c of chapters) {
      const value = c.data[field];
      if (value === undefined) continue;
      const other = seen.get(String(value));
      if (other) {
        issues.push({
          file: c.file,
          line: c.lines[field],
          field,
          value: String(value),
          message: `duplicate chapter ${field}, also used by ${other}`,
          expected: `${field === "order" ? "an" : "a"} ${field} no other chapter uses`,
          hint: "renumber one of the two chapters",
        });
      } else seen.set(String(value), c.file);
    }
  }
  return issues;
}

/**
 * A Markdown link whose target is `<scheme>:<id>`, with an optional title:
 * `[text](glossario:id)`, `[text](cite:key "title")`. The match starts at the
 * link's `[`, the column the build reports too. Link text may hold one level of
 * brackets.
 */
const referenceLink = (scheme: string) => new RegExp(`\\[(?:[^\\[\\]\\n]|\\[[^\\]\\n]*\\])*\\]\\(${scheme}:([^)\\s]*)`, "g");
const GLOSSARY_LINK = referenceLink("glossario");
const CITATION_LINK = referenceLink("cite");

/** Finds glossary marks, citation keys and chart ids that name nothing, with line and column. */
export function checkReferences(
  text: string,
  file: string,
  glossaryIds: ReadonlySet<string>,
  citationKeys: ReadonlySet<string>,
  chartIds: ReadonlySet<string>,
  paths: Pick<ContentPaths, "glossary" | "bibliography"> = DEFAULT_PATHS,
): Issue[] {
  const issues: Issue[] = [];
  const lines = text.split(/\r?\n/);
  let inCode = false;
  lines.forEach((l, i) => {
    if (/^\s*```/.test(l)) inCode = !inCode;
    if (inCode) return;
    for (const m of l.matchAll(GLOSSARY_LINK)) {
      if (!glossaryIds.has(m[1]!)) {
        issues.push({
          file,
          line: i + 1,
          column: m.index + 1,
          field: "glossario",
          value: m[1],
          message: "glossary mark for an unknown term",
          expected: `the id of a file in ${paths.glossary}/`,
          hint: `add ${paths.glossary}/${m[1]}.md (npm run new:term) or correct the id`,
        });
      }
    }
    for (const m of l.matchAll(CITATION_LINK)) {
      if (!citationKeys.has(m[1]!)) {
        issues.push({
          file,
          line: i + 1,
          column: m.index + 1,
          field: "cite",
          value: m[1],
          message: "citation key with no bibliography entry",
          expected: `an id listed in ${paths.bibliography}`,
          hint: "add the work to the bibliography, or correct the key",
        });
      }
    }
    for (const m of l.matchAll(/<Chart(?:Table)?\b[^>]*?\bid=(?:"([^"]*)"|'([^']*)')/g)) {
      const id = m[1] ?? m[2]!;
      if (!chartIds.has(id)) {
        issues.push({
          file,
          line: i + 1,
          column: m.index + 1,
          field: "Chart id",
          value: id,
          message: "unknown chart id",
          expected: `one of ${[...chartIds].sort().join(", ")}`,
          hint: "declare the chart in src/lib/charts/ (npm run new:chart) or correct the id",
        });
      }
    }
  });
  issues.push(...typedNumbers(file, text));
  return issues;
}

/**
 * Figure and table numbers typed by hand: the rule remark-figure-numbers applies
 * when it stops the build (typedNumber), checked over the whole text so that an
 * element written over several lines is read whole. Fenced code is skipped.
 */
function typedNumbers(file: string, text: string): Issue[] {
  const fences = [...text.matchAll(/^\s*```[\s\S]*?^\s*```/gm)].map((f) => [f.index, f.index + f[0].length] as const);
  const issues: Issue[] = [];
  for (const m of text.matchAll(/<([A-Z]\w*)\b[^>]*>/g)) {
    if (!(m[1]! in NUMBERED_COMPONENTS) || fences.some(([from, to]) => m.index >= from && m.index < to)) continue;
    const attr = (name: string) => {
      const a = new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)'|\\{([^}]*)\\})`).exec(m[0]);
      return a ? (a[1] ?? a[2] ?? a[3]) : undefined;
    };
    const typed = typedNumber({ number: attr("number"), caption: attr("caption") });
    if (!typed) continue;
    const before = text.slice(0, m.index);
    issues.push({
      file,
      line: before.split("\n").length,
      column: m.index - before.lastIndexOf("\n"),
      field: `${m[1]} ${typed.attribute}`,
      value: typed.value,
      message: typed.message,
      expected: typed.expected,
      hint: typed.hint,
    });
  }
  return issues;
}

function checkBibliography(paths: ContentPaths): { keys: Set<string>; issues: Issue[] } {
  const file = paths.bibliography;
  const keys = new Set<string>();
  const issues: Issue[] = [];
  let text: string;
  try {
    text = readFileSync(resolve(paths.root, file), "utf8");
  } catch {
    return { keys, issues: [{ file, message: "file not found", hint: "create the bibliography (see docs/GUIDA.md)" }] };
  }
  const yaml = parseYamlFile(text, file);
  if (yaml.issues.length) return { keys, issues: yaml.issues };
  const list = listItems(yaml, file, { message: "the bibliography must be a YAML list of entries", expected: "lines starting with - id: …" });
  if (list.issues.length) return { keys, issues: list.issues };
  for (const { line, value } of list.items) {
    const r = BibliographySchema.safeParse(value);
    const id = (value as { id?: unknown })?.id;
    if (typeof id === "string") {
      if (keys.has(id)) issues.push({ file, line, field: "id", value: id, message: "duplicate bibliography id" });
      keys.add(id);
    }
    if (!r.success) {
      for (const zi of r.error.issues) {
        issues.push({ file, line, field: zi.path.join(".") || undefined, message: zi.message });
      }
    }
  }
  return { keys, issues };
}
