import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, test } from "vitest";
import { DATASETS, type Data, type DatasetName } from "../schemas/datasets.ts";
import { CASE_IDS } from "../schemas/vocabularies.ts";
import { formatIssue, InputError, sortIssues } from "./issue.ts";
import { loadData, parseAll } from "./load-data.ts";

const DATA_DIR = fileURLToPath(new URL("../../../data", import.meta.url));

function fixture(name: string): string {
  return readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), "utf8");
}

/** Cross-file issues of a ties fixture against small cases/actors fixtures. */
function tieReport(name: string): string {
  const { issues } = parseAll(
    { cases: fixture("network-cases.csv"), actors: fixture("network-actors.csv"), ties: fixture(name) },
    "__fixtures__",
  );
  return sortIssues(issues.filter((i) => i.message !== "file not found"))
    .map(formatIssue)
    .join("\n");
}

describe("references between files", () => {
  test("the small network fixtures are consistent on their own", () => {
    expect(tieReport("wave-out-of-range.csv")).not.toContain("actor_id");
  });

  test("a tie naming an unknown actor", () => {
    expect(tieReport("tie-unknown-actor.csv")).toMatchInlineSnapshot(`
      "__fixtures__/ties.csv:3:15 to: names an unknown actor_id (found "alba-cooperativa"); expected a actor_id listed in __fixtures__/actors.csv.
          hint: add it to actors.csv first, or correct the spelling"
    `);
  });

  test("a tie to an actor of another case", () => {
    expect(tieReport("tie-other-case.csv")).toMatchInlineSnapshot(`"__fixtures__/ties.csv:3:15 to: belongs to case "pianezza", not "alba" (found "pi-comuni"); expected an actor of case "alba"."`);
  });

  test("a missing file is reported, with the file to create", () => {
    const { issues } = parseAll({ cases: fixture("network-cases.csv") }, "data");
    expect(issues.filter((i) => i.message === "file not found").map((i) => i.file)).toContain("data/ties.csv");
  });

  test("loadData throws one InputError listing every problem", () => {
    const error = (() => {
      try {
        loadData(fileURLToPath(new URL("./__fixtures__", import.meta.url)), "__fixtures__");
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).issues.length).toBeGreaterThan(1);
    expect((error as InputError).message).toMatch(/^\d+ problems in the data files:\n/);
  });
});

describe("the real data/ directory", () => {
  let data: Data;
  beforeAll(() => {
    data = loadData(DATA_DIR, "data");
  });

  test("loads with zero issues", () => {
    const texts = Object.fromEntries(
      (Object.keys(DATASETS) as DatasetName[]).map((n) => [n, readFileSync(join(DATA_DIR, DATASETS[n].file), "utf8")]),
    );
    expect(parseAll(texts, "data").issues.map(formatIssue)).toEqual([]);
    expect(() => loadData("data")).not.toThrow();
    expect(data.cases.map((c) => c.case_id).sort()).toEqual([...CASE_IDS].sort());
  });

  test("each case has exactly one lead actor", () => {
    for (const id of CASE_IDS) {
      const leads = data.actors.filter((a) => a.case_id === id && a.is_lead);
      expect(leads, id).toHaveLength(1);
    }
  });

  test("every tie joins two distinct actors of its own case, each pair once per wave", () => {
    const caseOf = new Map(data.actors.map((a) => [a.actor_id, a.case_id]));
    const seen = new Set<string>();
    for (const t of data.ties) {
      expect(caseOf.get(t.from), `${t.from}`).toBe(t.case_id);
      expect(caseOf.get(t.to), `${t.to}`).toBe(t.case_id);
      expect(t.from).not.toBe(t.to);
      const key = `${t.case_id}/${t.wave}/${[t.from, t.to].sort().join("+")}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
    }
  });

  test("actor ids carry the prefix of their case (see data/README.md)", () => {
    const prefix = { alessandria: "al-", borgomanero: "bo-", alba: "alba-", pianezza: "pi-" } as const;
    for (const a of data.actors) expect(a.actor_id.startsWith(prefix[a.case_id]), a.actor_id).toBe(true);
  });

  test("funding matches Tabella 1, total 1519428.49 euro", () => {
    const cents = data.funding.reduce((sum, f) => sum + Math.round(f.funding_eur * 100), 0);
    expect(cents).toBe(151942849);
    expect(Object.fromEntries(data.funding.map((f) => [f.case_id, [f.population, f.funding_eur]]))).toEqual({
      alessandria: [643111, 867617.14],
      borgomanero: [154325, 234782.47],
      alba: [105475, 216701.57],
      pianezza: [87792, 200327.31],
    });
  });

  test("programme facts the charts rely on are present; the Measure 1 total is approximate", () => {
    const byId = new Map(data.programme.map((p) => [p.id, p]));
    expect(byId.get("measure1-funding")).toMatchObject({ value: 6400000, unit: "euro", approximate: true });
    expect(byId.get("projects")).toMatchObject({ value: 22, unit: "progetti", approximate: false });
    expect(byId.get("case-study-interviews")?.value).toBe(16);
  });

  test("interviews per case add up to the 16 stated in the source, each within 3–5", () => {
    const total = data.cases.reduce((sum, c) => sum + (c.interviews ?? 0), 0);
    expect(total).toBe(16);
    for (const c of data.cases) {
      expect(c.interviews, c.case_id).toBeGreaterThanOrEqual(3);
      expect(c.interviews, c.case_id).toBeLessThanOrEqual(5);
      expect(c.interviews_basis, c.case_id).toBe("dedotto");
    }
  });

  test("the discontinuity matrix is complete: 4 cases × 4 elements", () => {
    expect(data.discontinuities).toHaveLength(16);
  });

  test("a covid effect always comes with its basis, and vice versa", () => {
    for (const i of data.interventions) {
      expect(i.covid_effect === undefined, i.id).toBe(i.covid_basis === undefined);
    }
  });

  test("every case has interventions, and its policy areas cover theirs", () => {
    for (const c of data.cases) {
      const areas = data.interventions.filter((i) => i.case_id === c.case_id).map((i) => i.policy_area);
      expect(areas.length, c.case_id).toBeGreaterThan(0);
      for (const a of areas) expect(c.policy_areas, c.case_id).toContain(a);
    }
  });

  test("the 42% finding is stored as an approximate percentage of wave 3", () => {
    const f = data.networkFindings.find((r) => r.value !== undefined);
    expect(f).toMatchObject({ wave: "3", value: 42, unit: "percentuale", approximate: true });
  });

  test("every row names its source", () => {
    for (const rows of Object.values(data)) {
      for (const row of rows as { source_ref: string }[]) expect(row.source_ref.trim()).not.toBe("");
    }
  });
});
