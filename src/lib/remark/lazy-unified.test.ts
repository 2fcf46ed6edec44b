import { readFileSync } from "node:fs";
import { join } from "node:path";
import { unified } from "@astrojs/markdown-remark";
import matter from "gray-matter";
import { describe, expect, test } from "vitest";
import { fingerprint } from "../cache/mdx-cache.ts";
import { PATHS } from "../content/paths.ts";
import { readGlossaryTerms } from "../content/read-content.ts";
import { lazyUnified } from "./lazy-unified.ts";
import remarkGlossary from "./remark-glossary.ts";
import rehypeTables from "./rehype-tables.ts";

const OPTIONS = {
  remarkPlugins: [[remarkGlossary, { terms: readGlossaryTerms(PATHS.glossary), base: "/" }]] as never,
  rehypePlugins: [rehypeTables],
  remarkRehype: { footnoteLabel: "Note" },
  gfm: true,
  smartypants: false,
};

describe("lazyUnified(options)", () => {
  test("looks like unified(options) to Astro, @astrojs/mdx and the MDX cache", () => {
    const lazy = lazyUnified(OPTIONS);
    const real = unified(OPTIONS);
    expect(lazy.name).toBe(real.name);
    expect(lazy.options).toEqual(real.options);
    expect(fingerprint(lazy.options)).toBe(fingerprint(real.options));
  });

  test("compiles a chapter and renders Markdown exactly as unified(options) does", async () => {
    const file = join(process.cwd(), "src/content/chapters/analisi.mdx");
    const { data, content } = matter(readFileSync(file, "utf8"));
    const shared = { syntaxHighlight: false as const };
    const mdx = { optimize: false, sourcemap: false };
    const compile = async (p: ReturnType<typeof unified>) => (await p.createMdxRenderer!(shared as never, mdx)).process(content, file, data);
    const render = async (p: ReturnType<typeof unified>) =>
      (await p.createRenderer(shared as never)).render("Il *welfare* locale.\n\n| a | b |\n| ---: | --- |\n| 1 | 2 |\n", { frontmatter: {} });
    expect(await compile(lazyUnified(OPTIONS))).toEqual(await compile(unified(OPTIONS)));
    expect(await render(lazyUnified(OPTIONS))).toEqual(await render(unified(OPTIONS)));
  });

  test("takes the options as they are at the first compilation, after integrations changed them", async () => {
    const lazy = lazyUnified({ ...OPTIONS, remarkPlugins: [] });
    lazy.options.remarkPlugins.push(() => (tree: { children: unknown[] }) => {
      tree.children = [{ type: "paragraph", children: [{ type: "text", value: "aggiunto" }] }];
    });
    const { code } = await (await lazy.createRenderer({ syntaxHighlight: false } as never)).render("testo", { frontmatter: {} });
    expect(code).toBe("<p>aggiunto</p>");
  });
});
