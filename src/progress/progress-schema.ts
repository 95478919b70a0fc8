import * as z from 'zod/mini';

/**
 * The learner's progress as it is stored in the browser and exported to files. One schema, one
 * version number: every read goes through `migrate` (migrations.ts) and then this schema.
 *
 * `zod/mini` rather than `astro/zod`: this runs in the browser on every page that shows progress,
 * and the mini build tree-shakes to a fraction of the full one.
 *
 * Changing the shape? Bump `PROGRESS_VERSION`, add a migration from the previous version in
 * migrations.ts and a fixture test for it. See src/progress/README.md.
 */
export const PROGRESS_VERSION = 2;

/** An ISO 8601 date-time as written by `Date.prototype.toISOString` (UTC, with or without ms). */
const isoDateTime = z.iso.datetime();

/** `<track>/<slug>`, as module ids appear everywhere in the course. */
export const moduleIdSchema = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/, 'must be <track>/<slug>'));

/** A free-form id chosen by the code that owns the record (worksheets); `__proto__` cannot be a key. */
export const ownerIdSchema = z.string().check(z.minLength(1), z.maxLength(200), z.refine((id) => id !== '__proto__', 'is a reserved name'));

/** A role track id, as the learner picked it. */
export const trackIdSchema = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a track id (lowercase letters, digits and -)'), z.maxLength(50));

/** The longest name a certificate prints. */
export const LEARNER_NAME_MAX_LENGTH = 120;
/** The name printed on certificates. */
export const learnerNameSchema = z.string().check(z.maxLength(LEARNER_NAME_MAX_LENGTH));

/** What every finished attempt states, a module quiz's or a final check's. */
const scoredAttempt = {
  /** Questions answered correctly. */
  correct: z.int().check(z.nonnegative()),
  /** Questions asked. */
  total: z.int().check(z.positive()),
  /** correct / total, a share from 0 to 1. */
  score: z.number().check(z.gte(0), z.lte(1)),
  /** Whether the score reached the pass mark in force when it was taken. */
  passed: z.boolean(),
  /** When it was finished. */
  date: isoDateTime,
};
const withinTotal = z.refine<{ correct: number; total: number }>((attempt) => attempt.correct <= attempt.total, 'correct cannot exceed total');

/** One finished run through a module's quiz. */
export const quizAttemptSchema = z
  .object({
    ...scoredAttempt,
    /** The edition of the quiz it was taken on (its fingerprint, quiz-hash.ts); absent in records before version 2. */
    contentVersion: z.optional(z.string().check(z.maxLength(200))),
  })
  .check(withinTotal);
export type QuizAttempt = z.infer<typeof quizAttemptSchema>;

/** One question of a finished final-check attempt: what the learner picked and whether it was right. */
export const finalAnswerSchema = z.object({
  /** Question id in the track's pool (`quizzes/<track>/final.yaml`). */
  question: z.string().check(z.minLength(1), z.maxLength(200)),
  /** Choice ids picked. */
  picks: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(10)),
  right: z.boolean(),
});
export type FinalAnswer = z.infer<typeof finalAnswerSchema>;

/** One finished attempt at a track's final check. */
export const finalAttemptSchema = z
  .object({
    ...scoredAttempt,
    /** The edition of the pool it was drawn from (the pool's fingerprint), so a trainer knows which was passed. */
    contentVersion: z.string().check(z.minLength(1), z.maxLength(200)),
    /** The questions asked, in order, with the learner's picks (for the LMS's question report). */
    answers: z.array(finalAnswerSchema).check(z.maxLength(50)),
  })
  .check(
    withinTotal,
    z.refine((attempt) => attempt.answers.length === 0 || attempt.answers.length === attempt.total, 'answers must list every question asked'),
  );
export type FinalAttempt = z.infer<typeof finalAttemptSchema>;

/** A quiz left half-way; the quiz owns `state` and drops it when `machineVersion` or `quizHash` differ. */
export const quizSnapshotSchema = z.object({
  /** Version of the quiz machine that wrote `state`. */
  machineVersion: z.int(),
  /** Fingerprint of the quiz content the state refers to. */
  quizHash: z.string().check(z.maxLength(200)),
  /** JSON-safe state owned by the quiz. */
  state: z.unknown(),
});
export type QuizSnapshot = z.infer<typeof quizSnapshotSchema>;

/** What the learner did with one module. */
export const moduleProgressSchema = z.object({
  /** First time the module page was opened. */
  firstVisited: isoDateTime,
  /** Latest time the module page was opened: "continue where you left off" starts here. */
  lastVisited: isoDateTime,
  /** When its quiz was first passed. */
  completed: z.optional(isoDateTime),
});
export type ModuleProgress = z.infer<typeof moduleProgressSchema>;

/** A module's quiz history. */
export const quizProgressSchema = z.object({
  /** Every finished attempt, oldest first. */
  attempts: z.array(quizAttemptSchema),
  /** The attempt in progress, if any. */
  snapshot: z.optional(quizSnapshotSchema),
});
export type QuizProgress = z.infer<typeof quizProgressSchema>;

/** A track's final-check history. */
export const finalCheckProgressSchema = z.object({
  /** Every finished attempt, oldest first. */
  attempts: z.array(finalAttemptSchema),
  /** The attempt in progress, if any (owned by the quiz engine, like a module quiz's). */
  snapshot: z.optional(quizSnapshotSchema),
});
export type FinalCheckProgress = z.infer<typeof finalCheckProgressSchema>;

/** The learner confirmed they have read the organization's policy at the end of a track. */
export const attestationSchema = z.object({
  /** When they confirmed. */
  date: isoDateTime,
  /** The policy's title as the course named it then. */
  policy: z.string().check(z.minLength(1), z.maxLength(300)),
  /** Its version then, if site.yaml gave one. */
  version: z.optional(z.string().check(z.maxLength(100))),
});
export type Attestation = z.infer<typeof attestationSchema>;

/** A filled-in worksheet: field name → text, as the worksheet island saved it. */
export const worksheetSchema = z.object({
  fields: z.record(z.string().check(z.maxLength(200)), z.string()),
  /** Last saved. */
  updated: isoDateTime,
});
export type Worksheet = z.infer<typeof worksheetSchema>;

/** How the room or the learner played one simulation to its end (src/simulation). */
export const simulationRunSchema = z.object({
  /** Id of the ending reached. */
  ending: z.string().check(z.minLength(1), z.maxLength(100)),
  rating: z.enum(['good', 'mixed', 'poor']),
  mode: z.enum(['solo', 'facilitated']),
  /** Solo: the role the learner played, and how the course played the others. */
  role: z.optional(trackIdSchema),
  colleagues: z.optional(z.record(trackIdSchema, z.enum(['best', 'silo']))),
  /** Every inject that landed and every decision made, in order. */
  path: z
    .array(
      z.object({
        node: z.string().check(z.minLength(1), z.maxLength(100)),
        choice: z.optional(z.string().check(z.maxLength(100))),
        by: z.optional(z.enum(['you', 'colleague', 'room'])),
      }),
    )
    .check(z.maxLength(500)),
  /** When the ending was reached. */
  date: isoDateTime,
});
export type SimulationRun = z.infer<typeof simulationRunSchema>;

/** A simulation left half-way; the simulation owns `state` and drops it when the version or fingerprint differ. */
export const simulationSnapshotSchema = z.object({
  machineVersion: z.int(),
  simulationHash: z.string().check(z.maxLength(200)),
  state: z.unknown(),
});
export type SimulationSnapshot = z.infer<typeof simulationSnapshotSchema>;

/** The most recent runs kept per simulation (a trainer may run one every week). */
export const SIMULATION_RUNS_KEPT = 20;

/** A simulation's finished runs and the run in progress. */
export const simulationProgressSchema = z.object({
  /** Finished runs, oldest first. */
  runs: z.array(simulationRunSchema).check(z.maxLength(SIMULATION_RUNS_KEPT)),
  snapshot: z.optional(simulationSnapshotSchema),
});
export type SimulationProgress = z.infer<typeof simulationProgressSchema>;

export const progressSchema = z.object({
  /** Schema version; always `PROGRESS_VERSION` once loaded. */
  version: z.literal(PROGRESS_VERSION),
  /** The learner's role track, when they have picked one. */
  track: z.optional(trackIdSchema),
  /** Name printed on certificates. */
  learnerName: z.optional(learnerNameSchema),
  /** Module id → visits and completion. */
  modules: z.record(moduleIdSchema, moduleProgressSchema),
  /** Module id → quiz attempts and the attempt in progress. */
  quizzes: z.record(moduleIdSchema, quizProgressSchema),
  /** Worksheet id → saved fields. */
  worksheets: z.record(ownerIdSchema, worksheetSchema),
  /** Track id → final-check attempts and the attempt in progress (version 2). */
  finalChecks: z.record(trackIdSchema, finalCheckProgressSchema),
  /** Track id → the learner's confirmation that they read the policy (version 2). */
  attestations: z.record(trackIdSchema, attestationSchema),
  /**
   * Simulation id → runs and the run in progress. Optional, so records written before simulations
   * existed read unchanged (no version bump is needed for an added optional field).
   */
  simulations: z.optional(z.record(ownerIdSchema, simulationProgressSchema)),
});
export type Progress = z.infer<typeof progressSchema>;

/** Progress of a learner who has not started. */
export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, modules: {}, quizzes: {}, worksheets: {}, finalChecks: {}, attestations: {} };
}

/**
 * zod/mini ships no messages ("Invalid input"), so the few issue kinds progress can have are
 * worded here: enough for a learner or trainer to see what is wrong with an imported file.
 */
function issueText(issue: z.core.$ZodIssue): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}`;
    case 'too_small':
      return `must be at least ${String(issue.minimum)}`;
    case 'invalid_format':
      return issue.format === 'datetime' ? 'expected an ISO 8601 date and time' : `not a valid ${issue.format}`;
    case 'invalid_value':
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
    case 'invalid_key':
      return 'is not a valid key';
    default:
      return 'is not valid';
  }
}

/** A short, human-readable account of why data does not fit the schema (first few problems). */
export function describeIssues(error: z.core.$ZodError, limit = 3): string {
  const lines = error.issues.slice(0, limit).map((issue) => {
    const path = issue.path.map(String).join('.');
    return path ? `${path}: ${issueText(issue)}` : issueText(issue);
  });
  const more = error.issues.length - limit;
  return more > 0 ? `${lines.join('; ')}; and ${more} more` : lines.join('; ');
}
