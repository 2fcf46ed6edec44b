/** An oEmbed 1.0 response of type "rich" (https://oembed.com/#section2.3.4). */
export interface OEmbedRich {
  version: "1.0";
  type: "rich";
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url?: string;
  thumbnail_width?: number;
  thumbnail_height?: number;
}

export interface OEmbedInput {
  title: string;
  providerName: string;
  providerUrl: string;
  /** The embed snippet (an iframe). */
  html: string;
  width: number;
  height: number;
  thumbnail?: { url: string; width: number; height: number } | undefined;
}

/** The oEmbed response of a chart, fields in the order the spec lists them. */
export function oembedResponse(input: OEmbedInput): OEmbedRich {
  return {
    version: "1.0",
    type: "rich",
    title: input.title,
    provider_name: input.providerName,
    provider_url: input.providerUrl,
    html: input.html,
    width: Math.round(input.width),
    height: Math.round(input.height),
    ...(input.thumbnail
      ? { thumbnail_url: input.thumbnail.url, thumbnail_width: input.thumbnail.width, thumbnail_height: input.thumbnail.height }
      : {}),
  };
}
