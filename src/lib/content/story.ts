import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Issue } from "../csv/issue.ts";
import { StorySchema, type Story } from "../schemas/story.ts";
import { parseYamlFile } from "./yaml-file.ts";

/**
 * Reads and validates the story file; every issue carries the line of the
 * offending entry. `chartIds` and `chapterSlugs` are what the entries may name.
 */
export function readStory(
  root: string,
  file: string,
  chartIds: ReadonlySet<string>,
  chapterSlugs: ReadonlySet<string>,
): { story?: Story; issues: Issue[] } {
  let text: string;
  try {
    text = readFileSync(resolve(root, file), "utf8");
  } catch {
    return { issues: [{ file, message: "file not found", hint: "the home page and the deck read their findings and charts from it" }] };
  }
  const { doc, lineAt, issues: syntax } = parseYamlFile(text, file);
  if (syntax.length) return { issues: syntax };
  const lineOf = (path: (string | number)[]) => {
    const node = doc.getIn(path, true) as { range?: [number] } | undefined;
    return node?.range ? lineAt(node.range[0]) : undefined;
  };
  const r = StorySchema.safeParse(doc.toJS());
  if (!r.success) {
    return {
      issues: r.error.issues.map((zi) => ({
        file,
        line: lineOf(zi.path as (string | number)[]) ?? lineOf(zi.path.slice(0, -1) as (string | number)[]),
        field: zi.path.join("."),
        message: zi.message,
      })),
    };
  }
  const issues: Issue[] = [];
  r.data.findings.forEach((f, i) => {
    if (!chapterSlugs.has(f.chapter)) {
      issues.push({
        file,
        line: lineOf(["findings", i, "chapter"]),
        field: `findings.${i}.chapter`,
        value: f.chapter,
        message: "names an unknown chapter",
        expected: `one of ${[...chapterSlugs].sort().join(", ")}`,
      });
    }
  });
  r.data.deck.forEach((d, i) => {
    if (!chartIds.has(d.chart)) {
      issues.push({
        file,
        line: lineOf(["deck", i, "chart"]),
        field: `deck.${i}.chart`,
        value: d.chart,
        message: "names an unknown chart",
        expected: `one of ${[...chartIds].sort().join(", ")}`,
      });
    }
  });
  return issues.length ? { issues } : { story: r.data, issues };
}

/** The validated story, for pages; throws if invalid (checkProject reports it before the build). */
export function loadStory(root: string, file: string, chartIds: ReadonlySet<string>, chapterSlugs: ReadonlySet<string>): Story {
  const { story, issues } = readStory(root, file, chartIds, chapterSlugs);
  if (!story) throw new Error(`${file} is invalid: ${issues.map((i) => i.message).join("; ")}`);
  return story;
}
