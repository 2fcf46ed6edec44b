import { readFileSync } from "node:fs";
import { compile } from "@mdx-js/mdx";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { VFile } from "vfile";
import { describe, expect, test } from "vitest";
import remarkCitations, { citationAnchor, citationsOf } from "./remark-citations.ts";

const keys: ReadonlySet<string> = new Set(["pierson-2000", "kingdon-1984"]);

/** MDX → HTML with GFM (footnotes), as astro.config.mjs sets it up. */
function compileChapter(mdx: string, base = "/"): VFile {
  return unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkGfm)
    .use(remarkCitations, { keys, base })
    .use(remarkRehype)
    .use(rehypeStringify)
    .processSync(new VFile({ value: mdx, data: { astro: { frontmatter: { title: "Capitolo" } } } }));
}
const toHtml = (mdx: string, base = "/") => String(compileChapter(mdx, base));
/** What Astro's render(entry).remarkPluginFrontmatter holds after compiling `mdx`. */
const remarkFrontmatter = (mdx: string) => (compileChapter(mdx).data.astro as { frontmatter: Record<string, unknown> }).frontmatter;

/** A chapter citing pierson-2000 three times (once in a footnote) and kingdon-1984 once. */
const CHAPTER = [
  "Come osserva [Pierson 2000](cite:pierson-2000), e prima [Kingdon 1984](cite:kingdon-1984).[^1]",
  "",
  "```md",
  "[Esempio](cite:pierson-2000) nel codice non conta.",
  "```",
  "",
  "Di nuovo [Pierson](cite:pierson-2000).",
  "",
  "[^1]: Si veda [Pierson 2000](cite:pierson-2000).",
].join("\n");

describe("remarkCitations({ keys, base })", () => {
  test("links to <base>bibliografia/#ref-<key> with an id the bibliography links back to", () => {
    expect(toHtml("Si veda [Pierson 2000](cite:pierson-2000).", "/wecare/")).toMatchInlineSnapshot(
      `"<p>Si veda <a href="/wecare/bibliografia/#ref-pierson-2000" id="cite-pierson-2000-1" class="cite">Pierson 2000</a>.</p>"`,
    );
  });

  test("numbers the ids per key in document order, footnotes included", () => {
    const ids = [...toHtml(CHAPTER).matchAll(/id="(cite-[^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(["cite-pierson-2000-1", "cite-kingdon-1984-1", "cite-pierson-2000-2", "cite-pierson-2000-3"]);
  });

  test("fails on an unknown key with the file's line:column", async () => {
    const path = "__fixtures__/citation-unknown-key.mdx";
    const file = new VFile({ path, value: readFileSync(new URL(path, import.meta.url), "utf8") });
    const error: unknown = await compile(file, { remarkPlugins: [[remarkCitations, { keys, base: "/" }]] }).catch((e: unknown) => e);
    expect(error).toMatchObject({ file: path, line: 4, column: 1, source: "remark-citations", ruleId: "unknown-key" });
    expect(String(error)).toMatchInlineSnapshot(`"__fixtures__/citation-unknown-key.mdx:4:1-4:34: Unknown citation key "kingdon-1948"; expected an id listed in src/content/bibliography.yaml. Hint: add the work to the bibliography, or correct the key."`);
  });
});

describe("citationsOf(remarkPluginFrontmatter)", () => {
  test("lists the keys the plugin numbered, in its order, skipping fenced code", () => {
    expect(citationsOf(remarkFrontmatter(CHAPTER))).toEqual(["pierson-2000", "kingdon-1984", "pierson-2000", "pierson-2000"]);
  });

  test("gives, with citationAnchor, exactly the ids remarkCitations writes", () => {
    const counts = new Map<string, number>();
    const anchors = citationsOf(remarkFrontmatter(CHAPTER)).map((key) => {
      counts.set(key, (counts.get(key) ?? 0) + 1);
      return citationAnchor(key, counts.get(key)!);
    });
    expect(anchors).toEqual([...toHtml(CHAPTER).matchAll(/id="(cite-[^"]+)"/g)].map((m) => m[1]));
  });

  test("keeps the chapter's own frontmatter", () => {
    expect(remarkFrontmatter("Testo.")).toEqual({ title: "Capitolo", citations: [] });
  });

  test("is empty for a page the plugin did not process", () => {
    expect(citationsOf({})).toEqual([]);
  });
});

describe("citationAnchor(key, n)", () => {
  test("is cite-<key>-<n>", () => {
    expect(citationAnchor("pierson-2000", 2)).toBe("cite-pierson-2000-2");
  });
});

test("code spans and blocks cite nothing; a link with a title counts", () => {
  const md = 'Testo `[x](cite:nel-codice)` e [A 2000](cite:pierson-2000 "titolo") e [B](cite:kingdon-1984).\n\n```\n[y](cite:nel-blocco)\n```\n';
  expect(citationsOf(remarkFrontmatter(md))).toEqual(["pierson-2000", "kingdon-1984"]);
});
