import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { expect, test } from "vitest";
import rehypeTableAlign from "./rehype-table-align.ts";

test("rehypeTableAlign turns aligned Markdown table cells into classes, with no inline style", async () => {
  const html = String(
    await unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkRehype)
      .use(rehypeTableAlign)
      .use(rehypeStringify)
      .process("| a | b | c |\n| :--- | ---: | :---: |\n| 1 | 2 | 3 |\n"),
  );
  expect(html).not.toContain("style=");
  expect(html).toContain('<th class="align-left">a</th>');
  expect(html).toContain('<td class="align-right">2</td>');
  expect(html).toContain('<td class="align-center">3</td>');
});
