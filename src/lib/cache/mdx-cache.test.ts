import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unified, type MarkdownProcessor } from "@astrojs/markdown-remark";
import matter from "gray-matter";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { PATHS } from "../content/paths.ts";
import { readBibliographyKeys, readGlossaryTerms } from "../content/read-content.ts";
import remarkCitations from "../remark/remark-citations.ts";
import remarkGlossary from "../remark/remark-glossary.ts";
import { flushCache } from "./json-cache.ts";
import { cacheMdx, changedChapters, fingerprint, prewarmMdx } from "./mdx-cache.ts";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "mdx-cache-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const SHARED = { syntaxHighlight: false as const };
const MDX = { optimize: false, sourcemap: false };

/** A processor whose MDX renderer counts its compilations and echoes what it was given. */
function fakeProcessor(options: Record<string, unknown> = {}) {
  const compile = vi.fn(async (content: string, filePath: string, frontmatter: Record<string, unknown>) => {
    if (content.includes("<Broken")) throw new Error(`${filePath}:1:1: unexpected end of file in <Broken`);
    return { code: `/* ${filePath} ${JSON.stringify(frontmatter)} ${JSON.stringify(options)} */ ${content}`, map: null, astroMetadata: { propagation: "none" } };
  });
  const processor = {
    name: "unified",
    options,
    createRenderer: vi.fn(async () => ({ render: async () => ({ code: "", metadata: {} }) })),
    createMdxRenderer: vi.fn(async () => ({ process: compile })),
  } as unknown as MarkdownProcessor;
  return { processor, compile };
}

/** What one build does: create the MDX renderer, compile a chapter. */
async function build(processor: MarkdownProcessor, content = "# Titolo\n", file = "/r/src/content/chapters/a.mdx", frontmatter: Record<string, unknown> = { title: "A" }) {
  const renderer = await processor.createMdxRenderer!(SHARED as never, MDX);
  const result = await renderer.process(content, file, frontmatter);
  await flushCache(); // the cache writes in the background; the next build runs later
  return result;
}

describe("cacheMdx(processor, { dir, inputs })", () => {
  test("a chapter compiled by one build is read back by the next, the same", async () => {
    const { processor, compile } = fakeProcessor();
    const first = await build(cacheMdx(processor, { dir, inputs: "v1" }));
    const second = await build(cacheMdx(processor, { dir, inputs: "v1" }));
    expect(second).toEqual(first);
    expect(compile).toHaveBeenCalledTimes(1);
    expect(readdirSync(dir).filter((f) => f !== "setup.json")).toHaveLength(1); // one entry per chapter, beside the setup
  });

  test("a build whose chapters are all in the cache never makes the compiler", async () => {
    const { processor } = fakeProcessor();
    await build(cacheMdx(processor, { dir, inputs: "v1" }));
    await build(cacheMdx(processor, { dir, inputs: "v1" }));
    expect(processor.createMdxRenderer).toHaveBeenCalledTimes(1);
  });

  test("compiles again when the text, the path or the frontmatter of the chapter changes", async () => {
    const { processor, compile } = fakeProcessor();
    const cached = cacheMdx(processor, { dir, inputs: "v1" });
    await build(cached);
    await build(cached, "# Titolo corretto\n");
    await build(cached, "# Titolo\n", "/r/src/content/chapters/b.mdx");
    await build(cached, "# Titolo\n", "/r/src/content/chapters/a.mdx", { title: "A", order: 2 });
    expect(compile).toHaveBeenCalledTimes(4);
  });

  test("compiles again when a plugin's options, a function in them, or the other inputs change", async () => {
    const terms = new Map([["welfare", { term: "Welfare" }]]);
    const options = { remarkPlugins: [[remarkGlossary, { terms }]], remarkRehype: { footnoteBackLabel: (i: number) => `Torna ${i}` } };
    const { processor, compile } = fakeProcessor(options);
    await build(cacheMdx(processor, { dir, inputs: "v1" }));
    terms.set("rete", { term: "Rete" }); // a glossary term added
    await build(cacheMdx(processor, { dir, inputs: "v1" }));
    options.remarkRehype.footnoteBackLabel = (i: number) => `Torna al richiamo ${i}`;
    await build(cacheMdx(processor, { dir, inputs: "v1" }));
    await build(cacheMdx(processor, { dir, inputs: "v2" })); // plugin code or packages changed
    expect(compile).toHaveBeenCalledTimes(4);
    await build(cacheMdx(processor, { dir, inputs: "v2" }));
    expect(compile).toHaveBeenCalledTimes(4);
  });

  test("a chapter that fails to compile is not cached: the next build shows the error again", async () => {
    const { processor, compile } = fakeProcessor();
    const cached = cacheMdx(processor, { dir, inputs: "v1" });
    await expect(build(cached, "<Broken\n")).rejects.toThrow("unexpected end of file");
    await expect(build(cached, "<Broken\n")).rejects.toThrow("unexpected end of file");
    expect(compile).toHaveBeenCalledTimes(2);
  });

  test("leaves the processor as it is for everything else: name, options (which integrations extend), .md renderer", async () => {
    const { processor } = fakeProcessor({ remarkPlugins: [] });
    const cached = cacheMdx(processor, { dir, inputs: "v1" });
    expect(cached.name).toBe("unified");
    expect(cached.options).toBe(processor.options);
    await cached.createRenderer(SHARED as never);
    expect(processor.createRenderer).toHaveBeenCalledTimes(1);
  });

  test("with Astro's unified processor and our plugins, a cached chapter is exactly the compiled one", async () => {
    const file = join(process.cwd(), "src/content/chapters/analisi.mdx");
    const { data, content } = matter(readFileSync(file, "utf8"));
    const make = () =>
      unified({
        remarkPlugins: [
          [remarkGlossary, { terms: readGlossaryTerms(PATHS.glossary), base: "/" }],
          [remarkCitations, { keys: readBibliographyKeys(PATHS.bibliography), base: "/" }],
        ],
        smartypants: false,
      });
    const direct = await build(make(), content, file, data);
    const first = await build(cacheMdx(make(), { dir, inputs: "v1" }), content, file, data);
    const again = await build(cacheMdx(make(), { dir, inputs: "v1" }), content, file, data);
    expect(first).toEqual(direct);
    expect(again).toEqual(direct);
    expect(direct.code).toContain("export const frontmatter");
    expect(direct.code).toContain("citations"); // what remarkCitations records travels with the cached module
  });
});

describe("changedChapters(dir, chapters) and prewarmMdx(processor, chapters)", () => {
  const chapter = (name: string, content = `# ${name}\n`) => ({ path: `/r/src/content/chapters/${name}.mdx`, frontmatter: { title: name }, content });
  const MDX_WITH_DIR = { ...MDX, srcDir: new URL("file:///r/src/") };

  /** One build as Astro runs it: the renderer made with Astro's arguments, every chapter compiled or read back. */
  async function astroBuild(processor: MarkdownProcessor, chapters: ReturnType<typeof chapter>[]) {
    const renderer = await processor.createMdxRenderer!(SHARED as never, MDX_WITH_DIR as never);
    for (const c of chapters) await renderer.process(c.content, c.path, c.frontmatter);
    await flushCache();
  }

  test("compiles, with the last build's setup, the chapters an edit changed: the next build compiles nothing", async () => {
    const { processor, compile } = fakeProcessor({ remarkPlugins: [] });
    const cached = cacheMdx(processor, { dir, inputs: "v1" });
    const chapters = ["a", "b", "c"].map((n) => chapter(n));
    await astroBuild(cached, chapters);
    expect(compile).toHaveBeenCalledTimes(3);

    expect(changedChapters(dir, chapters)).toEqual([]);
    chapters[1] = chapter("b", "# b, corretto\n");
    expect(changedChapters(dir, chapters)).toEqual([chapters[1]]);
    expect(await prewarmMdx(cached, chapters)).toEqual(["/r/src/content/chapters/b.mdx"]);
    expect(compile).toHaveBeenCalledTimes(4);
    expect(compile.mock.lastCall?.[1]).toBe("/r/src/content/chapters/b.mdx");
    // The renderer was made with what Astro passed, the source folder still a URL.
    expect(vi.mocked(processor.createMdxRenderer!).mock.lastCall).toEqual([SHARED, MDX_WITH_DIR]);

    await astroBuild(cacheMdx(processor, { dir, inputs: "v1" }), chapters);
    expect(compile).toHaveBeenCalledTimes(4);
  });

  test("does nothing when nothing changed, before any build, or when the plugins changed since", async () => {
    const { processor, compile } = fakeProcessor({ remarkPlugins: [] });
    const chapters = [chapter("a")];
    expect(changedChapters(dir, chapters)).toEqual([]); // no build yet
    expect(await prewarmMdx(cacheMdx(processor, { dir, inputs: "v1" }), chapters)).toEqual([]);
    await astroBuild(cacheMdx(processor, { dir, inputs: "v1" }), chapters);
    expect(await prewarmMdx(cacheMdx(processor, { dir, inputs: "v1" }), chapters)).toEqual([]); // nothing changed
    const edited = [chapter("a", "# a, corretto\n")];
    expect(await prewarmMdx(cacheMdx(processor, { dir, inputs: "v2" }), edited)).toEqual([]); // plugin code changed
    expect(await prewarmMdx(cacheMdx(fakeProcessor({ remarkPlugins: [["x"]] }).processor, { dir, inputs: "v1" }), edited)).toEqual([]);
    expect(compile).toHaveBeenCalledTimes(1);
  });

  test("leaves a cold cache to Astro: more than `limit` chapters missing is no edit", async () => {
    const { processor } = fakeProcessor();
    await astroBuild(cacheMdx(processor, { dir, inputs: "v1" }), [chapter("a")]);
    expect(changedChapters(dir, ["b", "c", "d", "e"].map((n) => chapter(n)), 3)).toEqual([]);
    expect(changedChapters(dir, ["b", "c", "d"].map((n) => chapter(n)), 3)).toHaveLength(3);
  });

  test("a processor that is not cacheMdx's is left alone", async () => {
    const { processor, compile } = fakeProcessor();
    expect(await prewarmMdx(processor, [chapter("a")])).toEqual([]);
    expect(compile).not.toHaveBeenCalled();
  });
});

describe("fingerprint(value)", () => {
  test("tells apart Maps, Sets, regular expressions and functions by their content", () => {
    expect(fingerprint(new Map([["a", 1]]))).not.toBe(fingerprint(new Map([["a", 2]])));
    expect(fingerprint(new Set(["a"]))).not.toBe(fingerprint(new Set(["b"])));
    expect(fingerprint(/a/g)).not.toBe(fingerprint(/a/));
    expect(fingerprint({ f: (i: number) => i + 1 })).not.toBe(fingerprint({ f: (i: number) => i + 2 }));
    expect(fingerprint({ u: new URL("file:///a/") })).toBe('{"u":"file:///a/"}');
  });
});
