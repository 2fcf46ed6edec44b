import { describe, expect, test } from "vitest";
import { escapeXml } from "./escape.ts";

describe("escapeXml(value)", () => {
  test("escapes the five characters that can end text or an attribute value", () => {
    expect(escapeXml(`<a href="x" title='y'>Tom & Jerry</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;",
    );
  });

  test("escapes an ampersand first, so entities in the text stay text", () => {
    expect(escapeXml("&lt;script&gt;")).toBe("&amp;lt;script&amp;gt;");
  });

  test("leaves other text, accents and euro signs included, as it is", () => {
    expect(escapeXml("Unione di Comuni: 867.617,14 € — perché")).toBe("Unione di Comuni: 867.617,14 € — perché");
  });
});
