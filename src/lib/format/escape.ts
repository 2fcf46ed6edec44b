/**
 * Escapes text for use in XML/HTML text content and attribute values.
 * Every string that comes from a CSV or frontmatter goes through this before it
 * is concatenated into SVG or HTML markup.
 */
export function escapeXml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}
