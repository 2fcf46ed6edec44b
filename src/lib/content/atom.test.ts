import { describe, expect, test } from "vitest";
import { parseHTML } from "linkedom";
import { atomFeed } from "./atom.ts";

const FEED = {
  id: "https://example.org/aggiornamenti/feed.xml",
  title: "Aggiornamenti",
  updated: "2024-05-01T12:00:00.000Z",
  self: "https://example.org/aggiornamenti/feed.xml",
  alternate: "https://example.org/aggiornamenti/",
  author: "Redazione",
  lang: "it",
};

describe("atomFeed(feed)", () => {
  test("writes the elements RFC 4287 requires: id, title, updated, author, and per entry id, title, updated", () => {
    const xml = atomFeed({
      ...FEED,
      entries: [{ id: "https://example.org/aggiornamenti/#modifica-1", title: "Uno", updated: FEED.updated, link: "https://example.org/uno/" }],
    });
    const { document } = parseHTML(xml.replace(/^<\?xml[^>]*>/, ""), "text/xml" as never);
    const feed = document.querySelector("feed")!;
    expect(feed.getAttribute("xmlns")).toBe("http://www.w3.org/2005/Atom");
    for (const name of ["id", "title", "updated", "author > name"]) expect(feed.querySelector(name), name).not.toBeNull();
    const entry = feed.querySelector("entry")!;
    expect(entry.querySelector("id")!.textContent).toBe("https://example.org/aggiornamenti/#modifica-1");
    expect(entry.querySelector("link")!.getAttribute("href")).toBe("https://example.org/uno/");
  });

  test("escapes every text and attribute, including HTML content", () => {
    const xml = atomFeed({
      ...FEED,
      title: "A & B <c>",
      entries: [{ id: "x:1", title: '"<script>"', updated: FEED.updated, link: "https://e.org/?a=1&b=2", html: "<ul><li>x & y</li></ul>" }],
    });
    expect(xml).toContain("<title>A &amp; B &lt;c&gt;</title>");
    expect(xml).toContain("<title>&quot;&lt;script&gt;&quot;</title>");
    expect(xml).toContain('href="https://e.org/?a=1&amp;b=2"');
    expect(xml).toContain('<content type="html">&lt;ul&gt;&lt;li&gt;x &amp; y&lt;/li&gt;&lt;/ul&gt;</content>');
    expect(xml).not.toMatch(/<script/);
  });

  test("is a pure function: the same input gives the same bytes", () => {
    expect(atomFeed({ ...FEED, entries: [] })).toBe(atomFeed({ ...FEED, entries: [] }));
  });
});
