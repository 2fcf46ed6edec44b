import { describe, expect, test } from "vitest";
import { decodeEntities, excerptSegments, queryFrom, resultsMessage } from "./excerpt.ts";

describe("excerptSegments(excerpt)", () => {
  test("keeps Pagefind's <mark> runs and decodes the escaped text around them", () => {
    expect(excerptSegments("la <mark>casa</mark> di &lt;b&gt; e l&#39;orto &amp; <mark>case</mark>")).toEqual([
      { text: "la ", mark: false },
      { text: "casa", mark: true },
      { text: " di <b> e l'orto & ", mark: false },
      { text: "case", mark: true },
    ]);
  });

  test("leaves any other tag as literal text, never as markup", () => {
    const segments = excerptSegments('<img src=x onerror="alert(1)"><mark>x</mark>');
    expect(segments).toEqual([
      { text: '<img src=x onerror="alert(1)">', mark: false },
      { text: "x", mark: true },
    ]);
  });

  test("merges adjacent runs of the same kind and drops empty ones", () => {
    expect(excerptSegments("<mark>a</mark><mark>b</mark>")).toEqual([{ text: "ab", mark: true }]);
    expect(excerptSegments("")).toEqual([]);
  });
});

describe("decodeEntities(text)", () => {
  test("decodes named and numeric references and leaves unknown ones", () => {
    expect(decodeEntities("&amp;lt; &#x00e8; &#232; &nbsp;&copy; &#0;")).toBe("&lt; è è \u00a0&copy; &#0;");
  });
});

describe("resultsMessage(count, query)", () => {
  test("agrees in number, in Italian", () => {
    expect(resultsMessage(3, "casa")).toBe("3 risultati per «casa».");
    expect(resultsMessage(1, "casa")).toBe("1 risultato per «casa».");
    expect(resultsMessage(0, "casa")).toBe("Nessun risultato per «casa».");
  });
});

describe("queryFrom(search)", () => {
  test("reads q, decoded and trimmed", () => {
    expect(queryFrom("?q=casa+di+comunit%C3%A0%20")).toBe("casa di comunità");
    expect(queryFrom("?x=1")).toBe("");
  });
});
