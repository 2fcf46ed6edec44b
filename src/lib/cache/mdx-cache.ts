import type { MarkdownProcessor } from "@astrojs/markdown-remark";
import { hashParts } from "./content-hash.ts";
import { cachedJsonAsync } from "./json-cache.ts";

type MdxRenderer = Awaited<ReturnType<NonNullable<MarkdownProcessor["createMdxRenderer"]>>>;

export interface MdxCacheOptions {
  /** Folder of the cache entries (one JSON file per compiled chapter). */
  dir: string;
  /**
   * Whatever else the compiled chapters depend on that the processor's options
   * do not show: a hash of the remark/rehype plugins' source folders and of the
   * lockfile (the MDX toolchain's versions). See astro.config.mjs.
   */
  inputs: string;
}

/**
 * Wraps Astro's Markdown processor so that an MDX chapter compiled by an earlier
 * build is read back from disk instead of compiled again: a build after an edit
 * to one chapter compiles that chapter only. The processor stays the same object
 * for everything else (its name, its options, which integrations may extend, and
 * the renderer of .md files).
 *
 * An entry's key is everything its compiled module depends on: the chapter's
 * text, path and frontmatter; the options Astro and @astrojs/mdx pass to the
 * renderer; the processor's options as they are when the renderer is created,
 * including every plugin's options (glossary terms, citation keys, chart ids,
 * base path) and the source of every function in them; and `inputs`. A chapter
 * that fails to compile stores nothing, so its error is shown on every build.
 */
export function cacheMdx<P extends MarkdownProcessor>(processor: P, options: MdxCacheOptions): P {
  const create = processor.createMdxRenderer?.bind(processor);
  if (!create) return processor;
  return {
    ...processor,
    name: processor.name,
    options: processor.options,
    createRenderer: processor.createRenderer.bind(processor),
    async createMdxRenderer(shared, mdx): Promise<MdxRenderer> {
      const setup = hashParts([options.inputs, fingerprint([shared, mdx, processor.options])]);
      // Made on the first chapter that is not in the cache: a build that compiles
      // nothing never loads the compiler.
      let renderer: Promise<MdxRenderer> | undefined;
      return {
        process: (content, filePath, frontmatter) =>
          cachedJsonAsync(options.dir, hashParts([setup, filePath, fingerprint(frontmatter), content]), async () =>
            (await (renderer ??= create(shared, mdx))).process(content, filePath, frontmatter),
          ),
      };
    },
  };
}

/**
 * A stable text for a value of plain data, Maps, Sets, URLs, regular expressions
 * and functions (by their source): two values with the same text configure the
 * compiler the same way.
 */
export function fingerprint(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === "function") return `function ${v.name}: ${String(v)}`;
    if (v instanceof Map) return { Map: [...v.entries()] };
    if (v instanceof Set) return { Set: [...v] };
    if (v instanceof RegExp) return `RegExp ${String(v)}`;
    if (typeof v === "bigint") return `${v}n`;
    return v;
  });
}
