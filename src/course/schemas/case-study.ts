import { z } from 'astro/zod';
import { reviewedSchema, sourcesSchema, textSchema, themeSchema, trackIdSchema } from './common.ts';

/** Frontmatter of a case study (`content/case-studies/<slug>.mdx`). */
export const caseStudySchema = z
  .object({
    /** Page title: the story in a phrase. */
    title: textSchema,
    /** The organisation the story is about. */
    company: textSchema,
    /** The year the story starts. */
    year: z.number().int().min(1990).max(2100),
    /** When every fact in the case was last checked, `YYYY-MM`. */
    reviewed: reviewedSchema,
    /** The tracks whose learners it teaches. */
    roles: z.array(trackIdSchema).min(1, 'name at least one role (track id)'),
    /** The lesson in one sentence. */
    lesson: textSchema,
    /** Failure reasons or success factors it shows. */
    themes: z.array(themeSchema).min(1, 'tag at least one theme'),
    /** How it turned out for the organisation, for the library's filters. */
    outcome: z.enum(['failure', 'success', 'mixed'], { error: 'must be one of failure, success, mixed' }).optional(),
    /** What changed after the story, with its own review date. */
    sinceThen: z
      .object({
        /** When this update was last checked, `YYYY-MM`. */
        reviewed: reviewedSchema,
        /** One or two short paragraphs of plain text (a blank line between paragraphs). */
        text: textSchema,
      })
      .strict()
      .optional(),
    /** Sources for every fact and figure. */
    sources: sourcesSchema,
  })
  .strict();

/** Cases from this year on are "current"; earlier ones are "classic" and read as history. */
export const CURRENT_ERA_FROM = 2017;
export type CaseEra = 'classic' | 'current';
export const caseEra = (year: number): CaseEra => (year >= CURRENT_ERA_FROM ? 'current' : 'classic');
export type CaseStudy = z.infer<typeof caseStudySchema>;
