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
export const PROGRESS_VERSION = 1;

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

/** One finished run through a module's quiz. */
export const quizAttemptSchema = z
  .object({
    /** Questions answered correctly. */
    correct: z.int().check(z.nonnegative()),
    /** Questions in the quiz. */
    total: z.int().check(z.positive()),
    /** correct / total, a share from 0 to 1. */
    score: z.number().check(z.gte(0), z.lte(1)),
    /** Whether the score reached the quiz's pass mark when it was taken. */
    passed: z.boolean(),
    /** When it was finished. */
    date: isoDateTime,
  })
  .check(z.refine((attempt) => attempt.correct <= attempt.total, 'correct cannot exceed total'));
export type QuizAttempt = z.infer<typeof quizAttemptSchema>;

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

/** A filled-in worksheet: field name → text, as the worksheet island saved it. */
export const worksheetSchema = z.object({
  fields: z.record(z.string().check(z.maxLength(200)), z.string()),
  /** Last saved. */
  updated: isoDateTime,
});
export type Worksheet = z.infer<typeof worksheetSchema>;

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
});
export type Progress = z.infer<typeof progressSchema>;

/** Progress of a learner who has not started. */
export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, modules: {}, quizzes: {}, worksheets: {} };
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
