import type { Link, Root } from "mdast";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";

export interface GlossaryTerm {
  term: string;
  short: string;
}

export interface RemarkGlossaryOptions {
  /** Known terms by id (file name of the glossary entry). */
  terms: ReadonlyMap<string, GlossaryTerm>;
  /** Site base path ending in "/", e.g. "/" or "/wecare/". */
  base: string;
}

const PREFIX = "glossario:";

/**
 * Turns `[enti gestori](glossario:ente-gestore)` into a link to the glossary with
 * the short definition as a tooltip, shown on hover and on keyboard focus by CSS
 * alone (on touch screens, on a first tap: src/scripts/glossary-tips.ts). An
 * unknown id stops the build at the link's line and column.
 */
export default function remarkGlossary(options: RemarkGlossaryOptions) {
  return (tree: Root, file: VFile) => {
    let n = 0;
    visit(tree, "link", (node: Link, index, parent) => {
      if (!node.url.startsWith(PREFIX) || !parent || index === undefined) return;
      const id = node.url.slice(PREFIX.length);
      const entry = options.terms.get(id);
      if (!entry) {
        const known = [...options.terms.keys()].sort();
        file.fail(
          `Unknown glossary term "${id}" in [${toText(node)}](${node.url}); expected one of the files in src/content/glossary/ (${known.slice(0, 8).join(", ")}${known.length > 8 ? ", …" : ""}). Hint: add src/content/glossary/${id}.md (npm run new:term) or correct the id.`,
          node,
          "remark-glossary:unknown-term",
        );
      }
      n += 1;
      const tipId = `def-${id}-${n}`;
      node.url = `${options.base}glossario/#${id}`;
      node.data = {
        ...node.data,
        hProperties: { className: ["term-link"], "aria-describedby": tipId },
      };
      parent.children[index] = {
        type: "emphasis",
        children: [
          node,
          {
            type: "text",
            value: entry!.short,
            data: {
              hName: "span",
              hProperties: { id: tipId, role: "tooltip", className: ["term-tip"], dataPagefindIgnore: "" },
            },
          },
        ],
        data: { hName: "span", hProperties: { className: ["term"] } },
      };
    });
  };
}

function toText(node: Link): string {
  return node.children.map((c) => ("value" in c ? c.value : "")).join("");
}
