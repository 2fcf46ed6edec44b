import { describe, expect, test } from "vitest";
import { documentTitle, SITE } from "./site.ts";

describe("documentTitle(title, isHome)", () => {
  test("the home page has the site's title; another page its own, then the site's short name", () => {
    expect(documentTitle("Qualunque", true)).toBe(SITE.title);
    expect(documentTitle("Le reti", false)).toBe("Le reti · We.Ca.Re.");
  });

  test("a title that already names the site does not name it twice", () => {
    expect(documentTitle("La strategia We.Ca.Re.", false)).toBe("La strategia We.Ca.Re.");
  });
});
