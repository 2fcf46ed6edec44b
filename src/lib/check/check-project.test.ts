import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { CHART_IDS } from "../charts/registry.ts";
import { formatIssue, sortIssues } from "../csv/issue.ts";
import { checkProject } from "./check-project.ts";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

describe("checkProject(root, chartIds)", () => {
  test("finds no problems in the committed report (what npm run check and the build run first)", () => {
    expect(checkProject(ROOT, CHART_IDS).map(formatIssue)).toEqual([]);
  });

  test("reports the content's problems and the data's together", () => {
    const root = fileURLToPath(new URL("./__fixtures__/project-unknown-term-no-data/", import.meta.url));
    expect(sortIssues(checkProject(root, CHART_IDS)).map(formatIssue).join("\n")).toMatchInlineSnapshot(`
      "data/actors.csv file not found.
          hint: create data/actors.csv (see data/README.md for its columns)
      data/cases.csv file not found.
          hint: create data/cases.csv (see data/README.md for its columns)
      data/discontinuities.csv file not found.
          hint: create data/discontinuities.csv (see data/README.md for its columns)
      data/funding.csv file not found.
          hint: create data/funding.csv (see data/README.md for its columns)
      data/interventions.csv file not found.
          hint: create data/interventions.csv (see data/README.md for its columns)
      data/network-findings.csv file not found.
          hint: create data/network-findings.csv (see data/README.md for its columns)
      data/programme.csv file not found.
          hint: create data/programme.csv (see data/README.md for its columns)
      data/ties.csv file not found.
          hint: create data/ties.csv (see data/README.md for its columns)
      data/timeline.csv file not found.
          hint: create data/timeline.csv (see data/README.md for its columns)
      src/content/chapters/primo.mdx:8:31 glossario: glossary mark for an unknown term (found "ente-capofila"); expected the id of a file in src/content/glossary/.
          hint: add src/content/glossary/ente-capofila.md (npm run new:term) or correct the id"
    `);
  });
});
