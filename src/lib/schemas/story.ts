import { z } from "zod";

/** `src/content/story.yaml`: the findings of the home page and the charts of the slide deck. */
export const StorySchema = z.strictObject({
  /** Main findings, in order; each links to the chapter (slug) that argues it. */
  findings: z
    .array(
      z.strictObject({
        title: z.string().trim().min(1),
        text: z.string().trim().min(20).max(320),
        chapter: z.string().regex(/^[a-z0-9-]+$/),
      }),
    )
    .min(1),
  /** Charts of the deck, one slide each, with a one-line takeaway. */
  deck: z
    .array(
      z.strictObject({
        chart: z.string(),
        takeaway: z.string().trim().min(10).max(140),
      }),
    )
    .min(1),
});
export type Story = z.output<typeof StorySchema>;
