import { describe, expect, test } from "vitest";
import { withBase } from "./url.ts";

describe("withBase(base, path)", () => {
  test.each([
    ["/", "glossario/", "/glossario/"],
    ["/", "/glossario/", "/glossario/"],
    ["/", "", "/"],
    ["/wecare/", "glossario/#ente-gestore", "/wecare/glossario/#ente-gestore"],
    ["/wecare/", "/bibliografia/", "/wecare/bibliografia/"],
    ["/wecare/", "//doppio/", "/wecare/doppio/"],
    ["/wecare", "grafici/", "/wecare/grafici/"],
    ["/wecare/", "", "/wecare/"],
  ])("withBase(%j, %j) is %j", (base, path, expected) => {
    expect(withBase(base, path)).toBe(expected);
  });
});
