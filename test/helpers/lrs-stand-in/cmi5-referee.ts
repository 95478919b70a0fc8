// The cmi5 rules an LMS enforces on what an AU sends (cmi5 "Quartz", the AU's duties; the ids
// are those of ADL's requirement list, as CATAPULT reports them). Written apart from the course's
// own code (src/lms/) so a mistake there is not repeated here. Each rule has a failing fixture in
// test/unit/lms/lrs-stand-in.test.ts.

/** What the LMS set up for one AU session. */
export interface LaunchedSession {
  sessionId: string;
  registration: string;
  /** The LMS's activity id for the AU. */
  activityId: string;
  actor: Record<string, unknown>;
  launchMode: 'Normal' | 'Browse' | 'Review';
  masteryScore?: number;
  contextTemplate: { contextActivities?: Record<string, { id: string }[]>; extensions?: Record<string, unknown> };
}

export const RULES = {
  'first-initialized': '9.3.0.0-4: the first statement of a session is "initialized"',
  'after-terminated': '9.3.0.0-5: nothing after "terminated", no request with the session token either',
  'verb-once-per-session': '9.3.0.0-2: a cmi5 defined verb at most once per session',
  'one-verdict-per-session': '9.3.0.0-3: "passed" or "failed", not both, in a session',
  'completed-once-per-registration': '9.3.0.0-6: "completed" at most once per registration',
  'passed-once-per-registration': '9.3.0.0-7: "passed" at most once per registration',
  'no-failed-after-passed': '9.3.0.0-8: no "failed" after "passed" in a registration',
  'session-id': '9.6.3.1-4: every statement carries the session id extension of its launch',
  'context-template': '10.2.1.0-6: every statement starts from the context template (its context activities and extensions) and the registration',
  'actor': '8.1.3.0-3: the actor is the launch actor',
  'statement-frame': '9.1.0.0-1, 9.7.0.0-1/2: a UUID id and a UTC timestamp',
  'defined-object': '8.1.5.0-6: a cmi5 defined statement is about the launch activityId, with a defined verb',
  'moveon-category': '9.6.2.2-1/2: the moveOn category exactly on completed, passed and failed',
  'result-rules': '9.5: completion on completed only, success on passed (true)/failed (false) only, score on passed/failed only, durations on completed/passed/failed/terminated',
  'mastery-score': '9.3.4.0-2, 9.3.5.0-2, 9.6.3.2-2: passed at or above the mastery score, failed below it, the mastery score as extension',
  'launch-mode': '10.2.2.0-2/3: no completed, passed or failed outside launchMode Normal',
  'fetch-once': '8.2: the fetch URL is used once',
  'launch-data-read-only': '10.2.1.0-5: the AU does not change LMS.LaunchData',
} as const;
export type RuleId = keyof typeof RULES;

export interface Violation {
  rule: RuleId;
  detail: string;
}

const CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const MOVEON = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const SESSION_ID = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const MASTERY = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';
const VERB = (name: string) => `http://adlnet.gov/expapi/verbs/${name}`;
const DEFINED = ['initialized', 'completed', 'passed', 'failed', 'terminated'].map(VERB);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const DURATION = /^P(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?)?$/;

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** JSON with object keys sorted: two agents are the same agent whatever their key order. */
export const canonical = (value: unknown): string => JSON.stringify(value, (_, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v));

/** Keeps the state of every session and registration and judges each statement against RULES. */
export class Cmi5Referee {
  private sessions = new Map<string, { launch: LaunchedSession; verbs: string[]; terminated: boolean }>();
  private registrations = new Map<string, { completed: boolean; passed: boolean }>();

  launch(session: LaunchedSession): void {
    this.sessions.set(session.sessionId, { launch: session, verbs: [], terminated: false });
    if (!this.registrations.has(session.registration)) this.registrations.set(session.registration, { completed: false, passed: false });
  }

  /** A request other than a statement made with the session's token (state, profile): refused after terminated. */
  checkRequest(sessionId: string): Violation[] {
    const session = this.sessions.get(sessionId);
    return session?.terminated ? [{ rule: 'after-terminated', detail: 'request after terminated' }] : [];
  }

  /**
   * The rules `statement` breaks in its session (empty: accepted). An accepted statement counts
   * towards the session's and registration's history; a refused one does not, as in an LMS.
   */
  check(sessionId: string, statement: Json): Violation[] {
    const session = this.sessions.get(sessionId);
    if (!session) throw new Error(`no session ${sessionId}`);
    const { launch } = session;
    const registration = this.registrations.get(launch.registration)!;
    const violations: Violation[] = [];
    const fail = (rule: RuleId, detail: string) => violations.push({ rule, detail });
    const verb: string = statement.verb?.id ?? '';
    const name = verb.split('/').pop()!;
    const context: Json = statement.context ?? {};
    const activities: Json = context.contextActivities ?? {};
    const categories: string[] = (activities.category ?? []).map((a: Json) => a.id);
    const result: Json | undefined = statement.result;
    const isDefined = categories.includes(CMI5);

    if (session.terminated) fail('after-terminated', `${name} after terminated`);
    if (session.verbs.length === 0 && !(isDefined && verb === VERB('initialized'))) fail('first-initialized', `${name} before initialized`);
    if (!UUID.test(statement.id ?? '')) fail('statement-frame', `id "${statement.id}" is not a UUID`);
    if (typeof statement.timestamp !== 'string' || !/(?:Z|[+]00:?(?:00)?)$/.test(statement.timestamp) || Number.isNaN(Date.parse(statement.timestamp))) fail('statement-frame', `timestamp "${statement.timestamp}" is not UTC`);
    if (canonical(statement.actor) !== canonical(launch.actor)) fail('actor', 'actor differs from the launch actor');
    if (context.extensions?.[SESSION_ID] !== launch.sessionId) fail('session-id', `session id ${JSON.stringify(context.extensions?.[SESSION_ID])} instead of ${launch.sessionId}`);
    if (context.registration !== launch.registration) fail('context-template', `registration ${JSON.stringify(context.registration)}`);
    for (const [list, expected] of Object.entries(launch.contextTemplate.contextActivities ?? {})) {
      expected.forEach((activity, i) => {
        if (activities[list]?.[i]?.id !== activity.id) fail('context-template', `contextActivities.${list}[${i}] is not ${activity.id}`);
      });
    }
    for (const [key, value] of Object.entries(launch.contextTemplate.extensions ?? {})) {
      if (key === SESSION_ID) continue; // the session-id rule's
      if (canonical(context.extensions?.[key]) !== canonical(value)) fail('context-template', `extension ${key} differs from the template`);
    }

    const hasMoveOn = categories.includes(MOVEON);
    const judged = verb === VERB('completed') || verb === VERB('passed') || verb === VERB('failed');
    if (isDefined) {
      if (!DEFINED.includes(verb)) fail('defined-object', `${verb} is not a cmi5 defined verb`);
      if (statement.object?.id !== launch.activityId) fail('defined-object', `object ${statement.object?.id} is not the AU ${launch.activityId}`);
      if (hasMoveOn !== judged) fail('moveon-category', `${name} ${hasMoveOn ? 'has' : 'lacks'} the moveOn category`);
      if ((result?.completion !== undefined) !== (verb === VERB('completed')) || (verb === VERB('completed') && result?.completion !== true)) fail('result-rules', `${name}: result.completion ${JSON.stringify(result?.completion)}`);
      const success = verb === VERB('passed') ? true : verb === VERB('failed') ? false : undefined;
      if (result?.success !== success) fail('result-rules', `${name}: result.success ${JSON.stringify(result?.success)}`);
      if (result?.score !== undefined && success === undefined) fail('result-rules', `${name} carries a score`);
      if (result?.score?.raw !== undefined && (result.score.min === undefined || result.score.max === undefined)) fail('result-rules', 'score.raw without min and max');
      const needsDuration = judged || verb === VERB('terminated');
      if (needsDuration && !DURATION.test(result?.duration ?? '')) fail('result-rules', `${name}: duration ${JSON.stringify(result?.duration)}`);
      if (judged && launch.launchMode !== 'Normal') fail('launch-mode', `${name} in ${launch.launchMode} mode`);
      const scaled: number | undefined = result?.score?.scaled;
      if (launch.masteryScore !== undefined && success !== undefined) {
        if (scaled !== undefined && context.extensions?.[MASTERY] !== launch.masteryScore) fail('mastery-score', `masteryScore extension ${JSON.stringify(context.extensions?.[MASTERY])}`);
        if (scaled !== undefined && success && scaled < launch.masteryScore) fail('mastery-score', `passed with ${scaled} below ${launch.masteryScore}`);
        if (scaled !== undefined && !success && scaled >= launch.masteryScore) fail('mastery-score', `failed with ${scaled} at or above ${launch.masteryScore}`);
      }
      if (DEFINED.includes(verb) && session.verbs.includes(verb)) fail('verb-once-per-session', `second ${name}`);
      if ((verb === VERB('passed') && session.verbs.includes(VERB('failed'))) || (verb === VERB('failed') && session.verbs.includes(VERB('passed')))) fail('one-verdict-per-session', `${name} after ${verb === VERB('passed') ? 'failed' : 'passed'}`);
      if (verb === VERB('completed') && registration.completed) fail('completed-once-per-registration', 'completed again in the registration');
      if (verb === VERB('passed') && registration.passed) fail('passed-once-per-registration', 'passed again in the registration');
      if (verb === VERB('failed') && registration.passed) fail('no-failed-after-passed', 'failed after passed in the registration');
    } else if (hasMoveOn) {
      fail('moveon-category', `the allowed statement ${name} has the moveOn category`);
    }

    if (violations.length > 0) return violations;
    session.verbs.push(isDefined ? verb : `allowed:${verb}`);
    if (isDefined && verb === VERB('terminated')) session.terminated = true;
    if (isDefined && verb === VERB('completed')) registration.completed = true;
    if (isDefined && verb === VERB('passed')) registration.passed = true;
    return [];
  }

  /** The verbs each session accepted, in order (allowed statements as `allowed:<verb>`). */
  history(sessionId: string): string[] {
    return (this.sessions.get(sessionId)?.verbs ?? []).map((verb) => verb.replace('http://adlnet.gov/expapi/verbs/', ''));
  }
}
