import { z } from 'astro/zod';

/** The tracks of the course, in the order the site lists them; their ids are stable because trainers link to them. */
export const TRACK_IDS = ['foundations', 'managers', 'executive', 'legal', 'it', 'support', 'marketing'] as const;
export const trackIdSchema = z.enum(TRACK_IDS, {
  error: `must be one of ${TRACK_IDS.join(', ')}`,
});
export type TrackId = z.infer<typeof trackIdSchema>;

/**
 * The themes case studies are tagged with: the five failure reasons of the seed posts, then the
 * risks that dominate the roles today.
 */
export const THEMES = [
  'own-products-only',
  'listen-no-act',
  'tech-not-calibrated',
  'risk-misframed',
  'culture-misaligned',
  'impersonation-and-fakes',
  'account-security',
  'ai-in-service',
  'rules-and-records',
  'backlash-and-activism',
] as const;
export const themeSchema = z.enum(THEMES, { error: `must be one of ${THEMES.join(', ')}` });
export type Theme = z.infer<typeof themeSchema>;

/** A lowercase-kebab-case slug, as used in file names and URLs. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase-kebab-case (letters, digits and single hyphens)');

/** Non-empty text with surrounding whitespace removed. */
export const textSchema = z.string().trim().min(1, 'must not be empty');

/** A month, `YYYY-MM`, as text: when content was last checked or a statement was true. */
export const yearMonthSchema = z
  .string({ error: (issue) => (issue.input === undefined ? 'is missing — add the month, in quotes, e.g. "2026-12"' : 'must be a month in quotes, e.g. "2026-12"') })
  .regex(/^(19|20)\d\d-(0[1-9]|1[0-2])$/, 'must be a month written YYYY-MM in quotes, e.g. "2026-12"');

/** When content was last checked against its sources (`reviewed: "2026-12"`). */
export const reviewedSchema = yearMonthSchema;

/** A publication date: `YYYY-MM-DD` or `YYYY-MM`, as text. */
export const publicationDateSchema = z
  .string({ error: (issue) => (issue.input instanceof Date ? 'is read as a date — put it in double quotes, e.g. "2024-05-16"' : 'must be a date in quotes, e.g. "2024-05-16" or "2024-05"') })
  .regex(/^(19|20)\d\d-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'must be a date written YYYY-MM-DD or YYYY-MM in quotes, e.g. "2024-05-16"');

/** Where a fact or figure comes from: a title plus either a URL or a publication and a date or year. */
export const sourceSchema = z
  .object({
    /** The real headline or title of the article, report or document. */
    title: textSchema,
    /** Link to it, when the author knows it. */
    url: z.url({ error: 'must be a full http(s) URL' }).optional(),
    /** Who published it (newspaper, regulator, firm). */
    publication: textSchema.optional(),
    /** Publication date, `YYYY-MM-DD` or `YYYY-MM`. */
    date: publicationDateSchema.optional(),
    /** Year of publication, when no exact date is known. */
    year: z.number().int().min(1900).max(2100).optional(),
  })
  .strict()
  .refine(
    (source) => source.url !== undefined || (source.publication !== undefined && (source.year !== undefined || source.date !== undefined)),
    { error: 'needs a url, or a publication and a date (or year)' },
  );
export type Source = z.infer<typeof sourceSchema>;

export const sourcesSchema = z.array(sourceSchema).min(1, 'list at least one source');
