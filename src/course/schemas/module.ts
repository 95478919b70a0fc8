import { z } from 'astro/zod';
import { reviewedSchema, slugSchema, sourcesSchema, textSchema } from './common.ts';

/** Notes for a trainer running the module live. */
export const facilitatorSchema = z
  .object({
    /** Minutes to allow in a live session. */
    minutes: z.number().int().min(1).max(240),
    /** Discussion prompts for the room. */
    prompts: z.array(textSchema).min(1, 'give at least one prompt'),
    /** What a good answer sounds like. */
    goodAnswers: z.array(textSchema).min(1, 'describe at least one good answer'),
  })
  .strict();

/** Frontmatter of a module (`content/modules/<track>/<slug>.mdx`). */
export const moduleSchema = z
  .object({
    /** Page title. */
    title: textSchema,
    /** One or two sentences for the track page and search results. */
    summary: textSchema,
    /** Estimated minutes for the lesson and its quiz: at least its reading time plus a minute per quiz question. */
    minutes: z.number().int().min(1).max(120),
    /** When every fact in the lesson was last checked, `YYYY-MM`. */
    reviewed: reviewedSchema,
    /** What the learner will be able to do: two to five items. */
    objectives: z.array(textSchema).min(2, 'list 2 to 5 objectives').max(5, 'list 2 to 5 objectives'),
    /** Ids of the case studies the lesson draws on. */
    caseStudies: z.array(slugSchema).default([]),
    /** What the learner will do differently on Monday. */
    takeaway: textSchema,
    /** Sources for every fact and figure in the lesson. */
    sources: sourcesSchema,
    /** Trainer notes for running the module live. */
    facilitator: facilitatorSchema.optional(),
  })
  .strict();
export type CourseModule = z.infer<typeof moduleSchema>;
