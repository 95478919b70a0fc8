import { z } from 'astro/zod';
import { CHANNELS } from '../../simulation/simulation-types.ts';
import { reviewedSchema, slugSchema, sourcesSchema, textSchema, trackIdSchema, yearMonthSchema } from './common.ts';

/** A flag a choice sets and later nodes test: lowercase-kebab-case. */
const flagSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a flag name in lowercase-kebab-case, e.g. attacker-back');
/** A flag test: the flag, or `!flag` for "not set". */
const flagTestSchema = z.string().regex(/^!?[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a flag name, or ! and a flag name for "not set", e.g. "!warning-pinned"');
/** One test, or a list that holds when every test does. */
const conditionSchema = z.union([flagTestSchema, z.array(flagTestSchema).min(1, 'list at least one flag')], { error: 'must be a flag, "!flag", or a list of them' });

/** A clock time, "09:12". */
const timeSchema = z.string({ error: 'must be a time in quotes, e.g. "09:12"' }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time written HH:MM in quotes, e.g. "09:12"');

const branchSchema = z.object({ if: conditionSchema.optional(), to: slugSchema }).strict();

/** Where a node leads: a node id, or branches tried in order; every branch but the last needs an `if`, the last none. */
const nextSchema = z.union([slugSchema, z.array(branchSchema).min(1, 'list at least one branch')], { error: 'must be a node id, or a list of { if, to } branches' }).superRefine((next, ctx) => {
  if (typeof next === 'string') return;
  next.forEach((branch, i) => {
    const last = i === next.length - 1;
    if (!last && branch.if === undefined) ctx.addIssue({ code: 'custom', path: [i, 'if'], message: 'is missing — every branch but the last needs an if, or the branches after it are never tried' });
    if (last && branch.if !== undefined) ctx.addIssue({ code: 'custom', path: [i, 'if'], message: 'the last branch must have no if, so a play always goes on — add a branch without if at the end' });
  });
});

const variantSchema = z.object({ if: conditionSchema, text: textSchema }).strict();

export const simulationRoleSchema = z
  .object({
    /** The track whose people play it. */
    track: trackIdSchema,
    /** The job the player takes on, e.g. "Head of customer care". */
    name: textSchema,
    /** What they own and what they know at the start, in two or three sentences. */
    brief: textSchema,
  })
  .strict();

const injectSchema = z
  .object({
    id: slugSchema,
    type: z.literal('inject'),
    at: timeSchema,
    /** Whose desk it lands on: a track, a list of tracks, or all. */
    for: z.union([z.literal('all'), trackIdSchema, z.array(trackIdSchema).min(1)], { error: 'must be a track id, a list of them, or all' }),
    channel: z.enum(CHANNELS, { error: `must be one of ${CHANNELS.join(', ')}` }),
    from: textSchema,
    headline: textSchema,
    text: textSchema,
    variants: z.array(variantSchema).min(1).optional(),
    next: nextSchema,
  })
  .strict();

const choiceSchema = z
  .object({
    id: slugSchema,
    text: textSchema,
    outcome: textSchema,
    /** best: what good practice does; silo: what a department acting alone plausibly does. */
    path: z.enum(['best', 'silo'], { error: 'must be best or silo (or left out)' }).optional(),
    sets: z.array(flagSchema).min(1).optional(),
    next: nextSchema,
  })
  .strict();

const decisionSchema = z
  .object({
    id: slugSchema,
    type: z.literal('decision'),
    at: timeSchema,
    /** The role that decides. */
    role: trackIdSchema,
    /** What is being decided, in a few words; the other roles see this line. */
    headline: textSchema,
    situation: textSchema.optional(),
    variants: z.array(variantSchema).min(1).optional(),
    prompt: textSchema,
    choices: z.array(choiceSchema).min(2, 'give two to four choices').max(4, 'give two to four choices'),
  })
  .strict()
  .superRefine((decision, ctx) => {
    for (const path of ['best', 'silo'] as const) {
      const count = decision.choices.filter((choice) => choice.path === path).length;
      if (count !== 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['choices'],
          message: `${count === 0 ? 'has no choice' : `has ${count} choices`} with path: ${path} — mark exactly one choice best (what good practice does) and one silo (what a department acting alone would plausibly do); the course plays them for roles nobody plays`,
        });
      }
    }
  });

/** A module section, as linked from a debrief. */
export const SECTION_LINK = /^\/tracks\/([a-z0-9-]+)\/([a-z0-9-]+)\/#([a-z0-9-]+)$/;

const endingSchema = z
  .object({
    id: slugSchema,
    type: z.literal('ending'),
    at: timeSchema.optional(),
    title: textSchema,
    rating: z.enum(['good', 'mixed', 'poor'], { error: 'must be good, mixed or poor' }),
    happened: textSchema,
    cases: z.array(z.object({ id: slugSchema, says: textSchema }).strict()).min(1, 'link at least one case study'),
    sections: z.array(z.object({ link: z.string().regex(SECTION_LINK, 'must be /tracks/<track>/<module>/#<heading-anchor>'), why: textSchema }).strict()).min(1, 'link at least one module section'),
    roles: z.partialRecord(trackIdSchema, textSchema),
    asOf: z.array(z.object({ date: yearMonthSchema, text: textSchema }).strict()).min(1).optional(),
  })
  .strict();

const nodeSchema = z.discriminatedUnion('type', [injectSchema, decisionSchema, endingSchema], { error: 'needs a type: inject, decision or ending' });

/** A cross-role crisis simulation (`simulations/<id>.yaml`). */
export const simulationSchema = z
  .object({
    title: textSchema,
    /** One or two sentences for the list of simulations and search. */
    summary: textSchema,
    reviewed: reviewedSchema,
    /** When the incident happens, e.g. "A Tuesday in December, New York time". */
    when: textSchema,
    /** The opening briefing everyone reads. */
    setting: textSchema,
    /** Minutes a solo run takes (the build checks it against the text). */
    minutes: z.number().int().min(1).max(90),
    roles: z.array(simulationRoleSchema).min(2, 'give at least two roles: the point is that they meet'),
    start: slugSchema.optional(),
    nodes: z.array(nodeSchema).min(3),
    /** Questions for the debrief, printed with it. */
    discussion: z.array(textSchema).min(1),
    sources: sourcesSchema,
  })
  .strict();
export type Simulation = z.infer<typeof simulationSchema>;
