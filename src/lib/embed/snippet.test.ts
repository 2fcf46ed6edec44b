import { describe, expect, test } from "vitest";
import { parseHTML } from "linkedom";
import { EMBED_WIDTH, embedSnippet } from "./snippet.ts";

const snippet = embedSnippet({
  id: "timeline",
  title: 'Le tappe "del" <programma>',
  src: "https://example.org/wecare/embed/timeline/",
  script: "https://example.org/wecare/embed.js",
  height: 812.4,
});

describe("embedSnippet(input)", () => {
  test("is an iframe of the embed page followed by the resizer script", () => {
    const { document } = parseHTML(`<!doctype html><html><body>${snippet}</body></html>`);
    const iframe = document.querySelector("iframe")!;
    expect(iframe.getAttribute("src")).toBe("https://example.org/wecare/embed/timeline/");
    expect(iframe.getAttribute("data-wecare-embed")).toBe("timeline");
    expect(iframe.getAttribute("title")).toBe('Grafico: Le tappe "del" <programma>');
    expect(document.querySelector("script")!.getAttribute("src")).toBe("https://example.org/wecare/embed.js");
  });

  test("without the script the iframe keeps the chart's aspect ratio, through attributes and style", () => {
    expect(snippet).toContain(`width="${EMBED_WIDTH}" height="812"`);
    expect(snippet).toContain(`aspect-ratio:${EMBED_WIDTH}/812`);
    expect(snippet).toContain("width:100%");
  });
});
