import { describe, expect, test } from "vitest";
import { formatIssue } from "../csv/issue.ts";
import { GlossarySchema } from "../schemas/chapter.ts";
import { parseFrontmatter } from "./frontmatter.ts";

const report = (text: string) => parseFrontmatter(text, "t.md", GlossarySchema).issues.map(formatIssue);

describe("parseFrontmatter(text, file, schema)", () => {
  test("returns the data, the body and the body's first line", () => {
    const r = parseFrontmatter('---\nterm: "Ente"\nshort: "Una definizione breve."\n---\nCorpo.\n', "t.md", GlossarySchema);
    expect(r).toEqual({ data: { term: "Ente", short: "Una definizione breve." }, body: "Corpo.\n", bodyLine: 5, issues: [] });
  });

  test("puts a YAML error on the file's line and column, also with CRLF line ends", () => {
    const lines = ["---", 'term: "Ente"', "short: Definizione: breve", "---", ""];
    expect(report(lines.join("\n"))).toEqual(report(lines.join("\r\n")));
    expect(report(lines.join("\n"))).toMatchInlineSnapshot(`
      [
        "t.md:3:19 frontmatter is not valid YAML: incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line.
          hint: check the quotes and the "key: value" shape of each line; a value with a colon must be quoted",
      ]
    `);
  });

  test("puts a YAML error in the first field on line 2, right after the opening ---", () => {
    // Column 11 is the second colon of `term: Ente: gestore`.
    expect(report("---\nterm: Ente: gestore\n---\n")[0]).toMatch(/^t\.md:2:11 /);
    // An unclosed quote is found where the text ends: the closing ---.
    expect(report('---\nterm: "Ente\n---\n')[0]).toMatch(/^t\.md:3:1 /);
  });

  test("puts a schema problem on the line of its field", () => {
    expect(report('---\nterm: "Ente"\nshort: "Breve"\n---\n')).toMatchInlineSnapshot(`
      [
        "t.md:3 short: short definition shorter than 10 characters (found "Breve").",
      ]
    `);
  });

  test("names every unknown field, on the line of the first, with the fields allowed", () => {
    expect(report('---\nterm: "Ente"\nshort: "Una definizione breve."\nalias: x\nnota: y\n---\n')).toMatchInlineSnapshot(`
      [
        "t.md:4 alias, nota: unknown fields; expected only the fields term, short, aliases.",
      ]
    `);
  });
});
