/** Attributes whose value a browser follows or loads as a URL (text attributes such as aria-label may say anything). */
const URL_ATTRIBUTES = new Set([
  "href",
  "xlink:href",
  "src",
  "action",
  "formaction",
  "data",
  "poster",
  "background",
  "ping",
]);

/**
 * Markup that the site never renders itself, so that finding it in a page
 * means some text (a CSV label, a frontmatter field) became markup instead of
 * being escaped: inline scripts, event-handler attributes, javascript: URLs,
 * inline frames with their own document, <base>, refresh redirects, <style>.
 * Works on any DOM Document: linkedom for built files, or a browser's
 * serialised DOM (page.content()) parsed the same way.
 */
export function injectedMarkup(document: Document): string[] {
  const found: string[] = [];
  const describe = (el: Element) => {
    const html = el.outerHTML;
    return html.length > 120 ? `${html.slice(0, 117)}…` : html;
  };
  for (const el of document.querySelectorAll("*")) {
    const tag = el.tagName.toLowerCase();
    if (tag === "script" && !el.hasAttribute("src")) found.push(`inline script: ${describe(el)}`);
    if (tag === "style") found.push(`<style> element: ${describe(el)}`);
    if (tag === "base") found.push(`<base>: ${describe(el)}`);
    if (tag === "iframe" && el.hasAttribute("srcdoc")) found.push(`iframe srcdoc: ${describe(el)}`);
    if (tag === "meta" && el.getAttribute("http-equiv")?.toLowerCase() === "refresh")
      found.push(`meta refresh: ${describe(el)}`);
    for (const attr of [...el.attributes]) {
      const name = attr.name.toLowerCase();
      // Browsers strip tabs and newlines inside URLs and ignore leading spaces: "java\tscript:" runs too.
      const value = attr.value
        .replace(/[\t\n\r]/g, "")
        .trim()
        .toLowerCase();
      if (name.startsWith("on")) found.push(`${name} handler: ${describe(el)}`);
      else if (URL_ATTRIBUTES.has(name) && /^(javascript|vbscript|data:text\/html)/.test(value)) {
        found.push(`${name}="${attr.value}": ${describe(el)}`);
      }
    }
  }
  return found;
}
