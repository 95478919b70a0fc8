import { z } from 'astro/zod';
import { slugSchema, textSchema } from './common.ts';

/** A track (`content/tracks/<track>.yaml`): one audience's path through the course. */
export const trackSchema = z
  .object({
    /** Short title shown in navigation and on the home page. */
    title: textSchema,
    /** Who the track is for, in a phrase. */
    audience: textSchema,
    /** One or two sentences on what the track gives its audience. */
    summary: textSchema,
    /** Module slugs in learning order; each is `content/modules/<track>/<slug>.mdx`. */
    modules: z.array(slugSchema).min(1, 'list at least one module'),
  })
  .strict();
export type Track = z.infer<typeof trackSchema>;
