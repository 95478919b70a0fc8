import { z } from 'astro/zod';
import { TRACK_IDS, textSchema, trackIdSchema } from './common.ts';

/** Trainer-editable settings (`content/site.yaml`). */
export const siteSchema = z
  .object({
    /** The organisation running the course, shown in the header and on certificates. */
    organisation: textSchema,
    /** Site name shown in the header and page titles. */
    title: textSchema.default('Social Literacy Academy'),
    /** Optional logo: a file in `public/`, e.g. `logo.svg`. */
    logo: z.string().regex(/^[^/:][^:]*\.(svg|png|jpg|jpeg|webp)$/, 'must be a file name in public/, e.g. logo.svg').optional(),
    /** Tracks shown on this site; a disabled track disappears everywhere. */
    enabledTracks: z.array(trackIdSchema).min(1, 'enable at least one track').default([...TRACK_IDS]),
    /** Share of questions right to pass a quiz that sets no pass mark of its own. */
    passMark: z.number().gt(0, 'must be above 0').max(1, 'must be at most 1 (a share, e.g. 0.8)').default(0.8),
    /** Where learners get help. */
    helpContact: z
      .object({ name: textSchema, email: z.email({ error: 'must be an email address' }).optional(), url: z.string().optional() })
      .strict()
      .optional(),
  })
  .strict();
export type SiteSettings = z.infer<typeof siteSchema>;
