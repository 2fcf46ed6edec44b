import rehypeStringify from "rehype-stringify";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { describe, expect, test } from "vitest";
import remarkBaseLinks from "./remark-base-links.ts";

function toHtml(markdown: string, base: string): string {
  return String(unified().use(remarkParse).use(remarkBaseLinks, { base }).use(remarkRehype).use(rehypeStringify).processSync(markdown));
}

const LINKS = [
  "[capitolo](/reti/)",
  "[già con base](/wecare/reti/)",
  "[simile](/wecare-old/)",
  "[esterno](https://example.org/)",
  "[protocollo relativo](//cdn.example.org/x)",
  "[ancora](#note)",
  "[relativo](analisi/)",
  "[riferimento][r]",
  "",
  "[r]: /analisi/",
].join("\n");

describe("remarkBaseLinks({ base })", () => {
  test("prefixes site-root links and definitions with a non-root base, leaving every other link", () => {
    expect(toHtml(LINKS, "/wecare/")).toMatchInlineSnapshot(`
      "<p><a href="/wecare/reti/">capitolo</a>
      <a href="/wecare/reti/">già con base</a>
      <a href="/wecare/wecare-old/">simile</a>
      <a href="https://example.org/">esterno</a>
      <a href="//cdn.example.org/x">protocollo relativo</a>
      <a href="#note">ancora</a>
      <a href="analisi/">relativo</a>
      <a href="/wecare/analisi/">riferimento</a></p>"
    `);
  });

  test("reads a base without its trailing slash as the same base", () => {
    expect(toHtml(LINKS, "/wecare")).toBe(toHtml(LINKS, "/wecare/"));
  });

  test("leaves every link as written under the root base", () => {
    expect(toHtml(LINKS, "/")).toMatchInlineSnapshot(`
      "<p><a href="/reti/">capitolo</a>
      <a href="/wecare/reti/">già con base</a>
      <a href="/wecare-old/">simile</a>
      <a href="https://example.org/">esterno</a>
      <a href="//cdn.example.org/x">protocollo relativo</a>
      <a href="#note">ancora</a>
      <a href="analisi/">relativo</a>
      <a href="/analisi/">riferimento</a></p>"
    `);
  });

  test.each(["/", "/wecare/"])("unwraps javascript:, vbscript: and data: links to their text (base %s)", (base) => {
    const markdown = "[uno](javascript:alert(1)) [**due**](VBScript:msgbox) [tre]( data:text/html,x) [quattro](/reti/)";
    expect(toHtml(markdown, base).replace("/wecare/", "/")).toBe(
      '<p>uno <strong>due</strong> tre <a href="/reti/">quattro</a></p>',
    );
  });

  test("unwraps a reference link whose definition is javascript:", () => {
    expect(toHtml("[clicca][x] e [qui][X]\n\n[x]: javascript:alert(1)", "/")).toBe("<p>clicca e qui</p>");
  });
});
