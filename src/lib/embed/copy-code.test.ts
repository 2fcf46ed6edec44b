import { describe, expect, test } from "vitest";
import { parseHTML } from "linkedom";
// The module is served as is from public/ (see its header); it runs only where there is a window.
// (The browser test checks the real clipboard with the real snippet, markup included.)
import { COPY_MESSAGES, enhanceCopyButtons } from "../../scripts/copy-code.ts";

function page() {
  const { document } = parseHTML(`<!doctype html><html><body>
    <textarea id="code" readonly>codice da copiare</textarea>
    <p><button type="button" data-copy="code" hidden>Copia il codice</button><span class="copy-status" role="status"></span></p>
    <button type="button" data-copy="missing" hidden>Copia</button>
  </body></html>`);
  return document as unknown as Document;
}
const flush = () => new Promise((ok) => setTimeout(ok, 0));

describe("enhanceCopyButtons(root, env)", () => {
  test("shows the buttons whose code exists, once, and leaves the others hidden", () => {
    const doc = page();
    expect(enhanceCopyButtons(doc, { writeText: undefined, later: () => {} })).toBe(1);
    expect(enhanceCopyButtons(doc, { writeText: undefined, later: () => {} })).toBe(0);
    const [ok, missing] = doc.querySelectorAll("button");
    expect(ok!.hasAttribute("hidden")).toBe(false);
    expect(missing!.hasAttribute("hidden")).toBe(true);
  });

  test("copies the code and confirms it in the live region, then clears the message", async () => {
    const doc = page();
    const copied: string[] = [];
    const pending: (() => void)[] = [];
    enhanceCopyButtons(doc, { writeText: async (t) => void copied.push(t), later: (fn) => pending.push(fn) });
    doc.querySelector("button")!.click();
    await flush();
    expect(copied).toEqual(["codice da copiare"]);
    const status = doc.querySelector(".copy-status")!;
    expect(status.textContent).toBe(COPY_MESSAGES.done);
    pending.forEach((fn) => fn());
    expect(status.textContent).toBe("");
  });

  test("without clipboard access, says how to copy by hand", async () => {
    const doc = page();
    enhanceCopyButtons(doc, { writeText: () => Promise.reject(new Error("denied")), later: () => {} });
    doc.querySelector("button")!.click();
    await flush();
    expect(doc.querySelector(".copy-status")!.textContent).toBe(COPY_MESSAGES.failed);
  });
});
