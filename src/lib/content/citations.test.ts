import { describe, expect, test } from "vitest";
import { citationBacklinks } from "./citations.ts";

const chapters = [
  { slug: "introduzione", title: "Introduzione", shortTitle: "Introduzione", citations: ["aimo-2020"] },
  {
    slug: "policy-change",
    title: "Il cambiamento delle politiche",
    shortTitle: "Policy change",
    number: "2",
    citations: ["aimo-2020", "pierson-2000", "aimo-2020", "aimo-2020"],
  },
  { slug: "nessuna", title: "Senza citazioni", shortTitle: "Nessuna", number: "3", citations: [] },
];

describe("citationBacklinks(chapters)", () => {
  test("lists, for every key, the places citing it in reading order, with remarkCitations' anchors", () => {
    expect(Object.fromEntries(citationBacklinks(chapters))).toMatchInlineSnapshot(`
      {
        "aimo-2020": [
          {
            "anchor": "cite-aimo-2020-1",
            "label": "Introduzione",
            "n": 1,
            "slug": "introduzione",
            "title": "Introduzione",
          },
          {
            "anchor": "cite-aimo-2020-1",
            "label": "cap. 2",
            "n": 1,
            "slug": "policy-change",
            "title": "Il cambiamento delle politiche",
          },
          {
            "anchor": "cite-aimo-2020-2",
            "label": "cap. 2 (2)",
            "n": 2,
            "slug": "policy-change",
            "title": "Il cambiamento delle politiche",
          },
          {
            "anchor": "cite-aimo-2020-3",
            "label": "cap. 2 (3)",
            "n": 3,
            "slug": "policy-change",
            "title": "Il cambiamento delle politiche",
          },
        ],
        "pierson-2000": [
          {
            "anchor": "cite-pierson-2000-1",
            "label": "cap. 2",
            "n": 1,
            "slug": "policy-change",
            "title": "Il cambiamento delle politiche",
          },
        ],
      }
    `);
  });

  test("restarts the count in each chapter, as anchors are per page", () => {
    const again = [...chapters, { ...chapters[1]!, slug: "altro", number: "4" }];
    const labels = citationBacklinks(again).get("pierson-2000")!.map((b) => [b.slug, b.anchor, b.label]);
    expect(labels).toEqual([
      ["policy-change", "cite-pierson-2000-1", "cap. 2"],
      ["altro", "cite-pierson-2000-1", "cap. 4"],
    ]);
  });

  test("has no entry for a work nobody cites", () => {
    expect(citationBacklinks(chapters).has("kingdon-1984")).toBe(false);
  });
});
