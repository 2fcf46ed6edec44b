import { readFileSync } from "node:fs";
import { compile } from "@mdx-js/mdx";
import { parseHTML } from "linkedom";
import rehypeStringify from "rehype-stringify";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { VFile } from "vfile";
import { describe, expect, test } from "vitest";
import remarkGlossary, { type GlossaryTerm } from "./remark-glossary.ts";

const terms: ReadonlyMap<string, GlossaryTerm> = new Map([
  ["ente-gestore", { term: "Ente gestore", short: "L'ente che gestisce i servizi socio-assistenziali." }],
  ["capofila", { term: "Capofila", short: "L'organizzazione che guida una partnership." }],
]);

/** MDX → HTML through remark-mdx, the plugin and remark-rehype, as a chapter goes. */
function toHtml(mdx: string, base = "/"): string {
  return String(
    unified()
      .use(remarkParse)
      .use(remarkMdx)
      .use(remarkGlossary, { terms, base })
      .use(remarkRehype)
      .use(rehypeStringify)
      .processSync(mdx),
  );
}

/** The message a build shows when compiling fixture `name` fails: `path:line:column-line:column: reason`. */
async function compileError(name: string): Promise<string> {
  const path = `__fixtures__/${name}`;
  const file = new VFile({ path, value: readFileSync(new URL(path, import.meta.url), "utf8") });
  try {
    await compile(file, { remarkPlugins: [[remarkGlossary, { terms, base: "/" }]] });
  } catch (error) {
    return String(error);
  }
  throw new Error(`${name} compiled without error`);
}

describe("remarkGlossary({ terms, base })", () => {
  test("turns a glossary mark into a link to <base>glossario/#id followed by its tooltip", () => {
    expect(toHtml("Gli [enti gestori](glossario:ente-gestore) guidano.", "/wecare/")).toMatchInlineSnapshot(
      `"<p>Gli <span class="term"><a href="/wecare/glossario/#ente-gestore" class="term-link" aria-describedby="def-ente-gestore-1">enti gestori</a><span id="def-ente-gestore-1" role="tooltip" class="term-tip" data-pagefind-ignore="">L'ente che gestisce i servizi socio-assistenziali.</span></span> guidano.</p>"`,
    );
  });

  test("links to /glossario/ under the root base", () => {
    expect(toHtml("[capofila](glossario:capofila)")).toContain('href="/glossario/#capofila"');
  });

  test("gives every mark its own tooltip id, which the link's aria-describedby names", () => {
    const html = toHtml("[ente](glossario:ente-gestore), [capofila](glossario:capofila) e [enti](glossario:ente-gestore).");
    const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    const pairs = [...document.querySelectorAll("a.term-link")].map((a) => {
      const tip = document.getElementById(a.getAttribute("aria-describedby") ?? "");
      return [a.textContent, tip?.getAttribute("role"), tip?.textContent];
    });
    expect(pairs).toEqual([
      ["ente", "tooltip", terms.get("ente-gestore")!.short],
      ["capofila", "tooltip", terms.get("capofila")!.short],
      ["enti", "tooltip", terms.get("ente-gestore")!.short],
    ]);
    const ids = [...document.querySelectorAll("[role=tooltip]")].map((t) => t.id);
    expect(ids).toEqual(["def-ente-gestore-1", "def-capofila-2", "def-ente-gestore-3"]);
  });

  test("leaves other links as they are", () => {
    expect(toHtml("[reti](/reti/) e [sito](https://example.org/)")).toMatchInlineSnapshot(
      `"<p><a href="/reti/">reti</a> e <a href="https://example.org/">sito</a></p>"`,
    );
  });

  test("fails on an unknown id with the file's line:column and the known ids", async () => {
    expect(await compileError("glossary-unknown-term.mdx")).toMatchInlineSnapshot(
      `"__fixtures__/glossary-unknown-term.mdx:3:50-3:90: Unknown glossary term "ente-capofila" in [enti capofila](glossario:ente-capofila); expected one of the files in src/content/glossary/ (capofila, ente-gestore). Hint: add src/content/glossary/ente-capofila.md (npm run new:term) or correct the id."`,
    );
  });
});
