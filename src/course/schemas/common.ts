import { z } from 'astro/zod';

/** The six tracks of the course; their ids are stable because trainers link to them. */
export const TRACK_IDS = ['foundations', 'executive', 'legal', 'it', 'support', 'marketing'] as const;
export const trackIdSchema = z.enum(TRACK_IDS, {
  error: `must be one of ${TRACK_IDS.join(', ')}`,
});
export type TrackId = z.infer<typeof trackIdSchema>;

/** The themes case studies are tagged with: the five failure reasons of the seed posts. */
export const THEMES = [
  'own-products-only',
  'listen-no-act',
  'tech-not-calibrated',
  'risk-misframed',
  'culture-misaligned',
] as const;
export const themeSchema = z.enum(THEMES, { error: `must be one of ${THEMES.join(', ')}` });
export type Theme = z.infer<typeof themeSchema>;

/** A lowercase-kebab-case slug, as used in file names and URLs. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase-kebab-case (letters, digits and single hyphens)');

/** Non-empty text with surrounding whitespace removed. */
export const textSchema = z.string().trim().min(1, 'must not be empty');

/** Where a fact or figure comes from: a title plus either a URL or a publication and year. */
export const sourceSchema = z
  .object({
    /** Title of the article, report or document. */
    title: textSchema,
    /** Link to it, when the author knows it. */
    url: z.url({ error: 'must be a full http(s) URL' }).optional(),
    /** Who published it (newspaper, regulator, firm). */
    publication: textSchema.optional(),
    /** Year of publication. */
    year: z.number().int().min(1900).max(2100).optional(),
  })
  .strict()
  .refine((source) => source.url !== undefined || (source.publication !== undefined && source.year !== undefined), {
    error: 'needs a url, or a publication and a year',
  });
export type Source = z.infer<typeof sourceSchema>;

export const sourcesSchema = z.array(sourceSchema).min(1, 'list at least one source');
