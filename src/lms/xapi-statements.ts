/**
 * xAPI statements the course sends: the cmi5 "defined" statements of an AU session (initialized,
 * completed, passed, failed, terminated) and the "allowed" ones that carry the course's own detail
 * (a module quiz passed or failed, a final-check answer, the final check's result). Pure: every
 * builder takes the clock and the id it should use, so tests see exactly what an LRS would.
 *
 * cmi5 (the AICC/ADL xAPI profile, "Quartz"): a defined statement has the AU's launch `activityId`
 * as object and the cmi5 category; allowed statements have other objects and no cmi5 category.
 * Every statement of a session starts from the LMS's `contextTemplate` (session id, the AU's
 * publisher id in `grouping`) plus the launch's registration.
 */

/** The parts of xAPI the course uses (xAPI 1.0.3). */
export interface Agent {
  objectType?: 'Agent';
  name?: string;
  mbox?: string;
  mbox_sha1sum?: string;
  openid?: string;
  account?: { homePage: string; name: string };
}
export type LanguageMap = Record<string, string>;
export interface Activity {
  objectType: 'Activity';
  id: string;
  definition?: {
    type?: string;
    name?: LanguageMap;
    description?: LanguageMap;
    interactionType?: 'choice';
    correctResponsesPattern?: string[];
    choices?: { id: string; description: LanguageMap }[];
  };
}
export interface Score {
  scaled: number;
  raw?: number;
  min?: number;
  max?: number;
}
export interface Result {
  score?: Score;
  success?: boolean;
  completion?: boolean;
  response?: string;
  duration?: string;
}
export interface ContextActivities {
  parent?: Activity[];
  grouping?: Activity[];
  category?: Activity[];
  other?: Activity[];
}
export interface Context {
  registration?: string;
  contextActivities?: ContextActivities;
  extensions?: Record<string, unknown>;
  [key: string]: unknown;
}
export interface Statement {
  id: string;
  actor: Agent;
  verb: { id: string; display: LanguageMap };
  object: Activity;
  result?: Result;
  context: Context;
  timestamp: string;
}

export const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
export const MOVEON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
export const SESSION_ID_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
export const MASTERY_SCORE_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';

const adl = (verb: string) => ({ id: `http://adlnet.gov/expapi/verbs/${verb}`, display: { 'en-US': verb } });
export const VERBS = {
  initialized: adl('initialized'),
  completed: adl('completed'),
  passed: adl('passed'),
  failed: adl('failed'),
  terminated: adl('terminated'),
  answered: adl('answered'),
} as const;
export type DefinedVerb = 'initialized' | 'completed' | 'passed' | 'failed' | 'terminated';

const ACTIVITY_TYPES = {
  course: 'https://w3id.org/xapi/cmi5/activitytype/course',
  module: 'http://adlnet.gov/expapi/activities/module',
  assessment: 'http://adlnet.gov/expapi/activities/assessment',
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
};

/** What the LMS's `LMS.LaunchData` state document says (cmi5 section 10). */
export interface LaunchData {
  contextTemplate: Context;
  launchMode: 'Normal' | 'Browse' | 'Review';
  moveOn?: string;
  masteryScore?: number;
  returnURL?: string;
}

/** One AU session: the launch parameters and launch data. */
export interface AuSession {
  actor: Agent;
  /** The launch's registration ('' in plain xAPI mode, which has none). */
  registration: string;
  /** The LMS's id for the AU: the object of every defined statement. */
  activityId: string;
  launchData: LaunchData;
}

/**
 * The course's own activity ids, under the base set in site.yaml (`xapi.activityIdBase`). They
 * follow the site's paths, so with the course's web address as base each id is a page's address.
 */
export function activityIds(base: string, trackId: string) {
  const track = `${base}tracks/${trackId}/`;
  return {
    /** The cmi5 course (one per track). */
    course: track,
    /** The AU's publisher id in cmi5.xml (the LMS gives it its own `activityId` at launch). */
    au: `${track}cmi5-au`,
    /** A module, by its id `<track>/<slug>`. */
    module: (moduleId: string) => `${base}tracks/${moduleId}/`,
    finalCheck: `${track}final-check/`,
    question: (questionId: string) => `${track}final-check/${encodeURIComponent(questionId)}`,
  };
}
export type ActivityIds = ReturnType<typeof activityIds>;

/** An ISO 8601 duration of whole hundredths of a second (xAPI's precision), e.g. `PT1H2M3.5S`. */
export function isoDuration(milliseconds: number): string {
  const hundredths = Math.max(0, Math.round(milliseconds / 10));
  const hours = Math.floor(hundredths / 360_000);
  const minutes = Math.floor((hundredths % 360_000) / 6000);
  const seconds = (hundredths % 6000) / 100;
  const parts = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds || (!hours && !minutes) ? `${seconds}S` : ''}`;
  return `PT${parts}`;
}

/** A score 0–1 with, when the count is known, raw/min/max (cmi5 9.5.1.0-3: raw needs both). */
export function score(scaled: number, correct?: number, total?: number): Score {
  const rounded = Math.round(scaled * 10_000) / 10_000;
  return correct === undefined || total === undefined ? { scaled: rounded } : { scaled: rounded, raw: correct, min: 0, max: total };
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** A statement's frame: id, actor, time, and the context template with the registration. */
function base(session: AuSession, id: string, now: Date): Pick<Statement, 'id' | 'actor' | 'timestamp' | 'context'> {
  return {
    id,
    actor: clone(session.actor),
    timestamp: now.toISOString(),
    // Plain xAPI (no LMS) has no registration.
    context: { ...clone(session.launchData.contextTemplate ?? {}), ...(session.registration ? { registration: session.registration } : {}) },
  };
}

const withCategories = (context: Context, ids: string[]): Context => ({
  ...context,
  contextActivities: {
    ...context.contextActivities,
    category: [...(context.contextActivities?.category ?? []), ...ids.map((categoryId) => ({ objectType: 'Activity' as const, id: categoryId }))],
  },
});

export interface DefinedOptions {
  id: string;
  now: Date;
  /** When the session was initialized: `duration` counts from here. */
  startedAt: Date;
  /** passed / failed: the score, if one is reported. */
  score?: Score;
}

/**
 * A cmi5 defined statement about the AU. `completed` carries completion, `passed`/`failed` success
 * (and the LMS's mastery score as an extension), all three the moveOn category and a duration, as
 * does `terminated`. The rules on when each may be sent live in cmi5-rules.ts.
 */
export function definedStatement(session: AuSession, verb: DefinedVerb, { id, now, startedAt, score: scored }: DefinedOptions): Statement {
  const frame = base(session, id, now);
  const moveOn = verb === 'completed' || verb === 'passed' || verb === 'failed';
  let context = withCategories(frame.context, moveOn ? [CMI5_CATEGORY, MOVEON_CATEGORY] : [CMI5_CATEGORY]);
  const duration = isoDuration(now.getTime() - startedAt.getTime());
  let result: Result | undefined;
  if (verb === 'completed') result = { completion: true, duration };
  if (verb === 'passed' || verb === 'failed') {
    result = { ...(scored ? { score: scored } : {}), success: verb === 'passed', duration };
    const mastery = session.launchData.masteryScore;
    if (mastery !== undefined) context = { ...context, extensions: { ...context.extensions, [MASTERY_SCORE_EXTENSION]: mastery } };
  }
  if (verb === 'terminated') result = { duration };
  return { ...frame, verb: VERBS[verb], object: { objectType: 'Activity', id: session.activityId }, ...(result ? { result } : {}), context };
}

/** A cmi5 allowed statement: any verb and object, the context template, never the cmi5 category. */
export function allowedStatement(
  session: AuSession,
  { id, now, verb, object, result, parent }: { id: string; now: Date; verb: Statement['verb']; object: Activity; result?: Result; parent?: Activity[] },
): Statement {
  const frame = base(session, id, now);
  const context: Context = parent
    ? { ...frame.context, contextActivities: { ...frame.context.contextActivities, parent: [...(frame.context.contextActivities?.parent ?? []), ...parent] } }
    : frame.context;
  return { ...frame, verb, object, ...(result ? { result } : {}), context };
}

const en = (text: string): LanguageMap => ({ en: text });

/** The course (track) as the parent of its modules and final check. */
const courseActivity = (ids: ActivityIds, title: string): Activity => ({ objectType: 'Activity', id: ids.course, definition: { type: ACTIVITY_TYPES.course, name: en(title) } });

/** A finished module quiz attempt. */
export interface ModuleAttempt {
  moduleId: string;
  title: string;
  correct: number;
  total: number;
  passed: boolean;
}

/** "Passed/failed <module>": one finished quiz attempt, with its score, under the course. */
export function moduleResultStatement(session: AuSession, ids: ActivityIds, courseTitle: string, attempt: ModuleAttempt, { id, now }: { id: string; now: Date }): Statement {
  return allowedStatement(session, {
    id,
    now,
    verb: attempt.passed ? VERBS.passed : VERBS.failed,
    object: { objectType: 'Activity', id: ids.module(attempt.moduleId), definition: { type: ACTIVITY_TYPES.module, name: en(attempt.title) } },
    result: { score: score(attempt.total ? attempt.correct / attempt.total : 0, attempt.correct, attempt.total), success: attempt.passed, completion: true },
    parent: [courseActivity(ids, courseTitle)],
  });
}

/** One answered final-check question, as the final check reports it once the learner submits. */
export interface FinalCheckAnswer {
  questionId: string;
  prompt: string;
  choices: { id: string; text: string }[];
  /** The choice ids the learner picked. */
  response: string[];
  correct: boolean;
  /** The right choice ids, when the check knows them after grading. */
  correctResponse?: string[];
}

/** A submitted final check. */
export interface FinalCheckReport {
  correct: number;
  total: number;
  passed: boolean;
  /** When it was submitted (ISO 8601). */
  date: string;
  answers: FinalCheckAnswer[];
}

const finalCheckActivity = (ids: ActivityIds, courseTitle: string): Activity => ({
  objectType: 'Activity',
  id: ids.finalCheck,
  definition: { type: ACTIVITY_TYPES.assessment, name: en(`Final check: ${courseTitle}`) },
});

/** "Answered <question>": a cmi.interaction of type choice, under the final check. */
export function answerStatement(session: AuSession, ids: ActivityIds, courseTitle: string, answer: FinalCheckAnswer, { id, now }: { id: string; now: Date }): Statement {
  return allowedStatement(session, {
    id,
    now,
    verb: VERBS.answered,
    object: {
      objectType: 'Activity',
      id: ids.question(answer.questionId),
      definition: {
        type: ACTIVITY_TYPES.interaction,
        name: en(answer.prompt),
        interactionType: 'choice',
        choices: answer.choices.map((choice) => ({ id: choice.id, description: en(choice.text) })),
        ...(answer.correctResponse ? { correctResponsesPattern: [answer.correctResponse.join('[,]')] } : {}),
      },
    },
    result: { response: answer.response.join('[,]'), success: answer.correct },
    parent: [finalCheckActivity(ids, courseTitle), courseActivity(ids, courseTitle)],
  });
}

/** "Passed/failed the final check": the attempt's score, under the course. */
export function finalCheckResultStatement(session: AuSession, ids: ActivityIds, courseTitle: string, report: Pick<FinalCheckReport, 'correct' | 'total' | 'passed'>, { id, now }: { id: string; now: Date }): Statement {
  return allowedStatement(session, {
    id,
    now,
    verb: report.passed ? VERBS.passed : VERBS.failed,
    object: finalCheckActivity(ids, courseTitle),
    result: { score: score(report.total ? report.correct / report.total : 0, report.correct, report.total), success: report.passed, completion: true },
    parent: [courseActivity(ids, courseTitle)],
  });
}
