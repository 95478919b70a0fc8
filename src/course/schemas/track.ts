import { z } from 'astro/zod';
import { slugSchema, textSchema, trackIdSchema } from './common.ts';

/** A track (`content/tracks/<track>.yaml`): one audience's path through the course. */
export const trackSchema = z
  .object({
    /** Short title shown in navigation and on the home page. */
    title: textSchema,
    /** Who the track is for, in a phrase. */
    audience: textSchema,
    /** One or two sentences on what the track gives its audience. */
    summary: textSchema,
    /** Highest Flesch–Kincaid grade a module of this track may have; the build fails above it. */
    readingGrade: z.number().min(1, 'must be at least 1').max(20, 'must be at most 20').optional(),
    /** Tracks a learner is expected to finish first (shown on the track page). */
    takeAfter: z.array(trackIdSchema).optional(),
    /** Module slugs in learning order; each is `content/modules/<track>/<slug>.mdx`. */
    modules: z.array(slugSchema).min(1, 'list at least one module'),
  })
  .strict();
export type Track = z.infer<typeof trackSchema>;
