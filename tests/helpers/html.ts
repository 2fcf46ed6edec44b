import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { HtmlValidate, StaticConfigLoader, type ConfigData } from "html-validate";

/** The project's html-validate configuration (.htmlvalidate.json; tests/README.md explains each override). */
export const HTML_VALIDATE_CONFIG = JSON.parse(
  readFileSync(resolve(import.meta.dirname, "../../.htmlvalidate.json"), "utf8"),
) as ConfigData;

const validator = new HtmlValidate(new StaticConfigLoader(HTML_VALIDATE_CONFIG));

/** One problem html-validate reports, as `file:line:column rule: message`. */
export type HtmlProblem = string;

/**
 * Validates one page's markup with the project configuration, whatever
 * directory the page lives in (the config is loaded once, not looked up
 * next to each file). Returns one line per error; empty when the page is valid.
 */
export async function validateHtml(html: string, filename: string): Promise<HtmlProblem[]> {
  const report = await validator.validateString(html, filename);
  return report.results.flatMap((r) =>
    r.messages.map((m) => `${filename}:${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? "document"})`),
  );
}
