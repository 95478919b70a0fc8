import { z } from 'astro/zod';
import { slugSchema, textSchema, trackIdSchema } from './common.ts';

const keySchema = z.string().regex(/^[A-Za-z][A-Za-z0-9_-]*$/, 'must be a short name of letters, digits, - or _ (e.g. firstStep)');
/** A key as an earlier version of a worksheet stored it (may contain dots: `overall.goal`). */
const formerKeySchema = z.string().regex(/^[A-Za-z0-9_.-]+$/, 'must be a stored key such as overall.goal');

/** One box of a worksheet. */
export const worksheetFieldSchema = z
  .object({
    /** Stable name in the stored answers: renaming it loses what learners typed. */
    key: keySchema,
    label: textSchema,
    /** One or two sentences under the label, read with the box by screen readers. */
    help: textSchema.optional(),
    kind: z.enum(['text', 'textarea', 'choice'], { error: 'must be one of text, textarea, choice' }),
    /** Characters allowed; keeps a worksheet on one printed page. Not used by `choice`. */
    maxLength: z.number().int().min(1, 'must be at least 1').max(2000, 'must be at most 2000').optional(),
    /** The options of a `choice`. */
    options: z.array(textSchema).min(2, 'give at least two options').optional(),
    /**
     * Keys an earlier version stored this answer under; their text fills the box until the
     * learner saves it. Several are joined, each after its label when one is given.
     */
    formerKeys: z.array(z.union([formerKeySchema, z.object({ key: formerKeySchema, label: textSchema }).strict()])).optional(),
  })
  .strict()
  .superRefine((field, ctx) => {
    if (field.kind === 'choice' && !field.options) ctx.addIssue({ code: 'custom', path: ['options'], message: 'a choice needs options — list them' });
    if (field.kind !== 'choice' && field.options) ctx.addIssue({ code: 'custom', path: ['options'], message: `a ${field.kind} box has no options — remove them or use kind: choice` });
    if (field.kind !== 'choice' && field.maxLength === undefined) ctx.addIssue({ code: 'custom', path: ['maxLength'], message: 'is missing — give the characters allowed, so the worksheet fits one printed page' });
  });
export type WorksheetField = z.infer<typeof worksheetFieldSchema>;

/** A group of boxes under a heading; `repeat` asks for the same boxes several times (priority 1, 2, 3). */
export const worksheetSectionSchema = z
  .object({
    id: slugSchema,
    title: textSchema,
    intro: textSchema.optional(),
    repeat: z.number().int().min(2, 'must be at least 2 (leave it out for one)').max(10, 'must be at most 10').optional(),
    /** Shown only while one of its boxes has text, e.g. answers carried over from an earlier version. */
    onlyIfFilled: z.boolean().optional(),
    fields: z.array(worksheetFieldSchema).min(1, 'give at least one field'),
  })
  .strict();
export type WorksheetSection = z.infer<typeof worksheetSectionSchema>;

/** A fill-in worksheet that closes a track (`content/worksheets/<track>-<slug>.yaml`). */
export const worksheetSchema = z
  .object({
    track: trackIdSchema,
    /** Its page is /tracks/<track>/<slug>/; no module of the track may take the slug. */
    slug: slugSchema,
    title: textSchema,
    /** The link's text on the track page and after the track's last module. */
    linkText: textSchema,
    /** One sentence under the link. */
    summary: textSchema,
    /** Minutes to fill it in; counted in the track's time. */
    minutes: z.number().int().min(1).max(120),
    /** What the worksheet is for, shown above it. */
    intro: textSchema.optional(),
    sections: z.array(worksheetSectionSchema).min(1, 'give at least one section'),
  })
  .strict();
export type WorksheetDefinition = z.infer<typeof worksheetSchema>;
