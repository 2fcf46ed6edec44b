import { describe, expect, test } from "vitest";
import { oembedResponse } from "./oembed.ts";

describe("oembedResponse(input)", () => {
  test("is an oEmbed 1.0 rich response with whole-pixel sizes", () => {
    const r = oembedResponse({
      title: "Titolo",
      providerName: "We.Ca.Re.",
      providerUrl: "https://example.org/",
      html: "<iframe></iframe>",
      width: 720,
      height: 512.6,
      thumbnail: { url: "https://example.org/t.png", width: 1200, height: 675 },
    });
    expect(r).toEqual({
      version: "1.0",
      type: "rich",
      title: "Titolo",
      provider_name: "We.Ca.Re.",
      provider_url: "https://example.org/",
      html: "<iframe></iframe>",
      width: 720,
      height: 513,
      thumbnail_url: "https://example.org/t.png",
      thumbnail_width: 1200,
      thumbnail_height: 675,
    });
  });

  test("leaves the thumbnail fields out when there is none", () => {
    const r = oembedResponse({ title: "T", providerName: "P", providerUrl: "u", html: "h", width: 1, height: 1 });
    expect(Object.keys(r)).not.toContain("thumbnail_url");
  });
});
