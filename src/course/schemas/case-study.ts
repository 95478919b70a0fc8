import { z } from 'astro/zod';
import { sourcesSchema, textSchema, themeSchema, trackIdSchema } from './common.ts';

/** Frontmatter of a case study (`content/case-studies/<slug>.mdx`). */
export const caseStudySchema = z
  .object({
    /** Page title: the story in a phrase. */
    title: textSchema,
    /** The organisation the story is about. */
    company: textSchema,
    /** The year the story starts. */
    year: z.number().int().min(1990).max(2100),
    /** The tracks whose learners it teaches. */
    roles: z.array(trackIdSchema).min(1, 'name at least one role (track id)'),
    /** The lesson in one sentence. */
    lesson: textSchema,
    /** Failure reasons or success factors it shows. */
    themes: z.array(themeSchema).min(1, 'tag at least one theme'),
    /** Sources for every fact and figure. */
    sources: sourcesSchema,
  })
  .strict();
export type CaseStudy = z.infer<typeof caseStudySchema>;
