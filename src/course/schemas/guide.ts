import { z } from 'astro/zod';
import { reviewedSchema, sourcesSchema, textSchema } from './common.ts';

/** A page of the trainer's guide (`content/trainer/<slug>.mdx`), listed on /trainer/. */
export const guideSchema = z
  .object({
    title: textSchema,
    /** One or two sentences for the guide's contents. */
    summary: textSchema,
    reviewed: reviewedSchema,
    /** Position in the guide's list (lower first). */
    order: z.number().int().min(0).max(1000).default(100),
    sources: sourcesSchema.optional(),
  })
  .strict();
export type Guide = z.infer<typeof guideSchema>;
