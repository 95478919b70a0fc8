// The LRS stand-in of the cmi5 e2e test: every rule it enforces refuses a bad statement sequence
// (its failing fixture), a good session passes them all, and its HTTP side (fetch once, State API
// round trip, CORS, credentials) behaves as an LMS and LRS do.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cmi5Referee, RULES, type LaunchedSession, type RuleId } from '../../helpers/lrs-stand-in/cmi5-referee.ts';
import { startLrsStandIn, type LrsStandIn } from '../../helpers/lrs-stand-in/server.ts';

const SESSION = 'session-1';
const REGISTRATION = '0b0e7e5c-6b7c-4d5e-9f00-000000000001';
const AU = 'https://lms.example.com/aus/1';
const GROUPING = 'urn:social-literacy-academy:tracks/it/cmi5-au';
const actor = { objectType: 'Agent', account: { homePage: 'https://lms.example.com', name: 'l-1' } };
const launched = (overrides: Partial<LaunchedSession> = {}): LaunchedSession => ({
  sessionId: SESSION,
  registration: REGISTRATION,
  activityId: AU,
  actor,
  launchMode: 'Normal',
  masteryScore: 0.8,
  contextTemplate: { contextActivities: { grouping: [{ id: GROUPING }] }, extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': SESSION } },
  ...overrides,
});

let n = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const CMI5 = { id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5' };
const MOVEON = { id: 'https://w3id.org/xapi/cmi5/context/categories/moveon' };

/** A statement as a conformant AU sends it; `change` makes it bad. */
function st(verb: string, change: (s: Json) => void = () => {}, sessionId = SESSION): Json {
  const judged = ['completed', 'passed', 'failed'].includes(verb);
  const result: Json | undefined =
    verb === 'completed' ? { completion: true, duration: 'PT1M' }
    : verb === 'passed' ? { success: true, score: { scaled: 0.9 }, duration: 'PT1M' }
    : verb === 'failed' ? { success: false, score: { scaled: 0.5 }, duration: 'PT1M' }
    : verb === 'terminated' ? { duration: 'PT2M' }
    : undefined;
  const statement: Json = {
    id: uuid(),
    actor: structuredClone(actor),
    verb: { id: `http://adlnet.gov/expapi/verbs/${verb}` },
    object: { objectType: 'Activity', id: AU },
    ...(result ? { result } : {}),
    context: {
      registration: REGISTRATION,
      contextActivities: { grouping: [{ id: GROUPING }], category: judged ? [CMI5, MOVEON] : [CMI5] },
      extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': sessionId, ...(verb === 'passed' || verb === 'failed' ? { 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore': 0.8 } : {}) },
    },
    timestamp: '2026-12-01T09:00:00.000Z',
  };
  change(statement);
  return statement;
}
/** An allowed statement: another object, no cmi5 category. */
const allowed = (change: (s: Json) => void = () => {}) =>
  st('answered', (s) => {
    s.object = { objectType: 'Activity', id: 'urn:social-literacy-academy:tracks/it/final-check/q1' };
    s.context.contextActivities.category = [];
    change(s);
  });

/** Feeds a sequence to a fresh referee; returns the rules broken (in order), the launch as given. */
function run(sequence: Json[], launch = launched(), referee = new Cmi5Referee()): RuleId[] {
  referee.launch(launch);
  return sequence.flatMap((statement) => referee.check(launch.sessionId, statement).map((v) => v.rule));
}

const good = () => [st('initialized'), allowed(), st('passed'), st('completed'), st('terminated')];

describe('the cmi5 referee', () => {
  it('accepts a conformant session', () => {
    expect(run(good())).toEqual([]);
  });

  // One failing fixture per rule: a sequence that breaks it, and only it.
  const fixtures: Record<Exclude<RuleId, 'fetch-once' | 'launch-data-read-only'>, () => RuleId[]> = {
    'first-initialized': () => run([allowed(), st('initialized')]),
    'after-terminated': () => run([st('initialized'), st('terminated'), allowed()]),
    'verb-once-per-session': () => run([st('initialized'), allowed(), st('initialized')]),
    'one-verdict-per-session': () => run([st('initialized'), st('failed'), st('passed')]),
    'completed-once-per-registration': () => {
      const referee = new Cmi5Referee();
      run([st('initialized'), st('completed'), st('terminated')], launched(), referee);
      return run([st('initialized', () => {}, 'session-2'), st('completed', () => {}, 'session-2')], launched({ sessionId: 'session-2', contextTemplate: { ...launched().contextTemplate, extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 'session-2' } } }), referee);
    },
    'passed-once-per-registration': () => {
      const referee = new Cmi5Referee();
      run([st('initialized'), st('passed'), st('terminated')], launched(), referee);
      return run([st('initialized', () => {}, 'session-2'), st('passed', () => {}, 'session-2')], launched({ sessionId: 'session-2', contextTemplate: { ...launched().contextTemplate, extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 'session-2' } } }), referee);
    },
    'no-failed-after-passed': () => {
      const referee = new Cmi5Referee();
      run([st('initialized'), st('passed'), st('terminated')], launched(), referee);
      return run([st('initialized', () => {}, 'session-2'), st('failed', () => {}, 'session-2')], launched({ sessionId: 'session-2', contextTemplate: { ...launched().contextTemplate, extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 'session-2' } } }), referee);
    },
    'session-id': () => run([st('initialized'), allowed((s) => delete s.context.extensions)]),
    'context-template': () => run([st('initialized'), allowed((s) => delete s.context.contextActivities.grouping)]),
    actor: () => run([st('initialized'), allowed((s) => (s.actor = { mbox: 'mailto:someone@example.com' }))]),
    'statement-frame': () => run([st('initialized'), allowed((s) => (s.timestamp = '2026-12-01T10:00:00+01:00'))]),
    'defined-object': () => run([st('initialized'), st('completed', (s) => (s.object.id = 'urn:social-literacy-academy:tracks/it/'))]),
    'moveon-category': () => run([st('initialized'), st('completed', (s) => (s.context.contextActivities.category = [CMI5]))]),
    'result-rules': () => run([st('initialized'), st('terminated', (s) => delete s.result)]),
    'mastery-score': () => run([st('initialized'), st('passed', (s) => (s.result.score.scaled = 0.7))]),
    'launch-mode': () => run([st('initialized'), st('completed')], launched({ launchMode: 'Browse' })),
  };
  for (const [rule, fixture] of Object.entries(fixtures)) {
    it(`refuses a sequence that breaks ${rule} (${RULES[rule as RuleId]})`, () => {
      expect(fixture()).toEqual([rule]);
    });
  }

  it('judges the other result rules and the mastery score extension too', () => {
    expect(run([st('initialized'), st('completed', (s) => (s.result.score = { scaled: 1 }))])).toEqual(['result-rules']);
    expect(run([st('initialized'), st('passed', (s) => delete s.result.duration)])).toEqual(['result-rules']);
    expect(run([st('initialized'), st('failed', (s) => (s.result.success = true))])).toEqual(['result-rules']);
    expect(run([st('initialized'), st('passed', (s) => delete s.context.extensions['https://w3id.org/xapi/cmi5/context/extensions/masteryscore'])])).toEqual(['mastery-score']);
    expect(run([st('initialized'), st('failed', (s) => (s.result.score.scaled = 0.8))])).toEqual(['mastery-score']);
    expect(run([st('initialized'), allowed((s) => s.context.contextActivities.category.push(MOVEON))])).toEqual(['moveon-category']);
    expect(run([st('initialized'), st('passed', (s) => (s.result.score = { scaled: 0.9, raw: 9 }))])).toEqual(['result-rules']);
  });

  it('counts only accepted statements: a refused one does not use up its verb', () => {
    expect(run([st('initialized'), st('completed', (s) => delete s.result.duration), st('completed')])).toEqual(['result-rules']);
  });
});

describe('the LRS stand-in over HTTP', () => {
  let lrs: LrsStandIn;
  beforeAll(async () => {
    lrs = await startLrsStandIn();
  });
  afterAll(() => lrs.close());

  const headers = (token: string) => ({ Authorization: `Basic ${token}`, 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' });

  it('hands out the auth token once, keeps the launch data read-only and round-trips a state document', async () => {
    const launch = lrs.launch({ auUrl: 'http://127.0.0.1:1/cmi5-launch/index.html', publisherId: GROUPING, masteryScore: 0.8 });
    const params = new URL(launch.url).searchParams;
    const token = ((await (await fetch(params.get('fetch')!, { method: 'POST' })).json()) as { 'auth-token': string })['auth-token'];
    expect(token).toBeTruthy();
    expect(await (await fetch(params.get('fetch')!, { method: 'POST' })).json()).toMatchObject({ 'error-code': '1' });
    expect(lrs.violations.map((v) => v.rule)).toEqual(['fetch-once']);
    lrs.violations.length = 0;

    const state = (stateId: string) => `${lrs.endpoint}activities/state?${new URLSearchParams({ activityId: launch.activityId, agent: JSON.stringify(launch.actor), registration: launch.registration, stateId })}`;
    const launchData = await (await fetch(state('LMS.LaunchData'), { headers: headers(token) })).json();
    expect(launchData).toMatchObject({ launchMode: 'Normal', masteryScore: 0.8, contextTemplate: { extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': launch.sessionId } } });
    expect((await fetch(state('LMS.LaunchData'), { method: 'PUT', headers: headers(token), body: '{}' })).status).toBe(403);
    expect(lrs.violations.map((v) => v.rule)).toEqual(['launch-data-read-only']);
    lrs.violations.length = 0;

    expect((await fetch(state('course'), { headers: headers(token) })).status).toBe(404);
    expect((await fetch(state('course'), { method: 'PUT', headers: headers(token), body: JSON.stringify({ v: 1, suspendData: '{"v":1,"m":{}}' }) })).status).toBe(204);
    expect(await (await fetch(state('course'), { headers: headers(token) })).json()).toEqual({ v: 1, suspendData: '{"v":1,"m":{}}' });
    expect(lrs.courseState(launch, 'course')).toEqual({ v: 1, suspendData: '{"v":1,"m":{}}' });
  });

  it('refuses unknown credentials and a missing version header, answers CORS preflights, refuses a bad statement with 403', async () => {
    const launch = lrs.launch({ auUrl: 'http://127.0.0.1:1/cmi5-launch/index.html', publisherId: GROUPING });
    const token = ((await (await fetch(new URL(launch.url).searchParams.get('fetch')!, { method: 'POST' })).json()) as { 'auth-token': string })['auth-token'];
    expect((await fetch(`${lrs.endpoint}statements`, { method: 'POST', headers: headers('bm9ib2R5'), body: '[]' })).status).toBe(401);
    expect((await fetch(`${lrs.endpoint}statements`, { method: 'POST', headers: { Authorization: `Basic ${token}` }, body: '[]' })).status).toBe(400);
    const preflight = await fetch(`${lrs.endpoint}statements`, { method: 'OPTIONS' });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('Authorization');

    const statement = (verb: string) => ({
      id: crypto.randomUUID(),
      actor: launch.actor,
      verb: { id: `http://adlnet.gov/expapi/verbs/${verb}` },
      object: { objectType: 'Activity', id: launch.activityId },
      context: { registration: launch.registration, contextActivities: { grouping: [{ id: GROUPING }], category: [CMI5] }, extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': launch.sessionId } },
      timestamp: new Date().toISOString(),
      ...(verb === 'terminated' ? { result: { duration: 'PT1S' } } : {}),
    });
    expect((await fetch(`${lrs.endpoint}statements`, { method: 'POST', headers: headers(token), body: JSON.stringify([statement('terminated')]) })).status).toBe(403);
    expect((await fetch(`${lrs.endpoint}statements`, { method: 'POST', headers: headers(token), body: JSON.stringify([statement('initialized'), statement('terminated')]) })).status).toBe(200);
    expect(lrs.history(launch.sessionId)).toEqual(['initialized', 'terminated']);
    // After terminated, the session's token is refused for anything.
    expect((await fetch(`${lrs.endpoint}agents/profile?profileId=cmi5LearnerPreferences&agent=${encodeURIComponent(JSON.stringify(launch.actor))}`, { headers: headers(token) })).status).toBe(403);
    expect(lrs.violations.map((v) => v.rule)).toEqual(['first-initialized', 'after-terminated']);
  });
});
