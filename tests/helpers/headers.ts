/** One block of a `_headers` file: a path pattern, headers to set, headers to remove ("! Name"). */
export interface HeaderRule {
  pattern: string;
  set: [name: string, value: string][];
  unset: string[];
}

/** Parses a `_headers` file (Cloudflare Pages syntax: unindented pattern lines, indented header lines, # comments). */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trimEnd();
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), set: [], unset: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers:${i + 1}: a header line before any path`);
    const entry = line.trim();
    if (entry.startsWith("!")) {
      rule.unset.push(entry.slice(1).trim().toLowerCase());
      continue;
    }
    const colon = entry.indexOf(":");
    if (colon < 1) throw new Error(`_headers:${i + 1}: expected "Name: value", found "${entry}"`);
    rule.set.push([entry.slice(0, colon).trim().toLowerCase(), entry.slice(colon + 1).trim()]);
  }
  return rules;
}

function matches(pattern: string, path: string): boolean {
  if (/^https?:|:[a-z]/i.test(pattern))
    throw new Error(`_headers: pattern "${pattern}" (hosts, placeholders) is not supported here`);
  const re = new RegExp(
    `^${pattern
      .split("*")
      .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
      .join(".*")}$`,
  );
  return re.test(path);
}

/**
 * The headers a request for `path` gets, the way Cloudflare Pages applies
 * _headers: every matching rule in file order; a rule first removes its
 * "! Name" headers, then sets its own, appending to values set by earlier rules
 * (workers-sdk, asset-server `attachCustomHeaders`). Names are lower-case;
 * repeated values are kept apart, as separate header lines would be.
 */
export function effectiveHeaders(rules: readonly HeaderRule[], path: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const rule of rules) {
    if (!matches(rule.pattern, path)) continue;
    for (const name of rule.unset) out.delete(name);
    for (const [name, value] of rule.set) out.set(name, [...(out.get(name) ?? []), value]);
  }
  return out;
}
