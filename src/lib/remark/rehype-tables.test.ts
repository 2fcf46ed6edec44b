import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { expect, test } from "vitest";
import rehypeTables from "./rehype-tables.ts";

test("rehypeTables turns aligned Markdown table cells into classes, with no inline style", async () => {
  const html = String(
    await unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkRehype)
      .use(rehypeTables)
      .use(rehypeStringify)
      .process("| a | b | c |\n| :--- | ---: | :---: |\n| 1 | 2 | 3 |\n"),
  );
  expect(html).not.toContain("style=");
  expect(html).toContain('<th class="align-left">a</th>');
  expect(html).toContain('<td class="align-right">2</td>');
  expect(html).toContain('<td class="align-center">3</td>');
});

test("rehypeTables wraps every table in a focusable scroll region", async () => {
  const html = String(
    await unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeTables).use(rehypeStringify).process("| a |\n| - |\n| 1 |\n"),
  );
  expect(html).toMatch(/^<section class="table-scroll" tabindex="0" aria-label="Tabella \(scorre in orizzontale\)"><table>/);
});
