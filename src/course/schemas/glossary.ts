import { z } from 'astro/zod';
import { slugSchema, textSchema } from './common.ts';

/** One glossary entry (`content/glossary.yaml` is a list of them). */
export const glossaryEntrySchema = z
  .object({
    /** Used by `<Term id="…">` and as the entry's anchor on /glossary/. */
    id: slugSchema,
    /** The term as a heading shows it. */
    term: textSchema,
    /** One or two plain sentences. */
    definition: textSchema.max(400, 'keep the definition to one or two sentences (at most 400 characters)'),
    /** Other names for it, found by search and listed with the entry. */
    aliases: z.array(textSchema).default([]),
    /** Modules that teach it (`<track>/<slug>`). */
    modules: z.array(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'must be <track>/<slug>')).default([]),
  })
  .strict();
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

export const glossarySchema = z.array(glossaryEntrySchema);
