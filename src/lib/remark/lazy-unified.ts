import type { MarkdownProcessor, UnifiedProcessorOptions, UnifiedResolvedOptions } from "@astrojs/markdown-remark";

/**
 * Astro's unified Markdown processor (`unified()` from @astrojs/markdown-remark),
 * loaded only when something is compiled. Importing that package loads the whole
 * remark/rehype toolchain, about a tenth of a second on every build; a build whose
 * chapters all come from the MDX cache (src/lib/cache/mdx-cache.ts) and whose
 * glossary entries Astro's content store already holds compiles nothing.
 *
 * The processor has the same name and the same `options` as `unified(options)`
 * (the fields in the same order, so cache keys do not change); the real one is
 * made from `options` as they are at the first compilation, after every
 * integration has had its say.
 */
export function lazyUnified(options: UnifiedProcessorOptions): MarkdownProcessor<UnifiedResolvedOptions> {
  const processorOptions: UnifiedResolvedOptions = {
    remarkPlugins: [...(options.remarkPlugins ?? [])],
    rehypePlugins: [...(options.rehypePlugins ?? [])],
    remarkRehype: { ...options.remarkRehype },
    recmaPlugins: [...(options.recmaPlugins ?? [])],
    ...(options.gfm !== undefined && { gfm: options.gfm }),
    ...(options.smartypants !== undefined && { smartypants: options.smartypants }),
  };
  let real: Promise<MarkdownProcessor<UnifiedResolvedOptions>> | undefined;
  const load = () => (real ??= import("@astrojs/markdown-remark").then((m) => m.unified(processorOptions)));
  return {
    name: "unified",
    options: processorOptions,
    createRenderer: async (shared) => (await load()).createRenderer(shared),
    createMdxRenderer: async (shared, mdx) => {
      const processor = await load();
      if (!processor.createMdxRenderer) throw new Error("@astrojs/markdown-remark's unified processor no longer compiles MDX");
      return processor.createMdxRenderer(shared, mdx);
    },
  };
}
