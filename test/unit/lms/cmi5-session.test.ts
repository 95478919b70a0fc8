// The AU session against an in-memory LMS that judges every statement with the e2e stand-in's
// cmi5 referee (written apart from src/lms): resume, module results, verdicts once, the final
// check, exit ordering, a closed page, an LRS that is down.
import { describe, expect, it } from 'vitest';
import { Cmi5Referee } from '../../helpers/lrs-stand-in/cmi5-referee.ts';
import { newSessionReport, type AuCriteria } from '../../../src/lms/cmi5-rules.ts';
import { createCmi5Au } from '../../../src/lms/cmi5-session.ts';
import { XapiError, type XapiTransport } from '../../../src/lms/xapi-transport.ts';
import { decodeCourseState, encodeCourseState, STATE_ID } from '../../../src/lms/cmi5-state.ts';
import { activityIds, definedStatement, SESSION_ID_EXTENSION, type AuSession, type LaunchData, type Statement } from '../../../src/lms/xapi-statements.ts';
import { emptyProgress, type Progress } from '../../../src/progress/progress-schema.ts';

const MODULES = ['it/a', 'it/b'];
const actor = { objectType: 'Agent' as const, account: { homePage: 'https://lms.example.com', name: 'l-1' } };
const REGISTRATION = 'reg-1';
const AU = 'https://lms.example.com/aus/1';

/** An LMS+LRS in memory: sessions judged by the referee, one state store across sessions. */
function fakeLms() {
  const referee = new Cmi5Referee();
  const store = new Map<string, unknown>();
  const log: string[] = [];
  let sessions = 0;
  return {
    referee,
    store,
    log,
    open(launch: Partial<LaunchData> = {}) {
      const sessionId = `s-${++sessions}`;
      const launchData: LaunchData = { launchMode: 'Normal', masteryScore: 0.8, contextTemplate: { contextActivities: { grouping: [{ objectType: 'Activity', id: 'urn:x:tracks/it/cmi5-au' }] }, extensions: { [SESSION_ID_EXTENSION]: sessionId } }, ...launch };
      referee.launch({ sessionId, registration: REGISTRATION, activityId: AU, actor, launchMode: launchData.launchMode, ...(launchData.masteryScore === undefined ? {} : { masteryScore: launchData.masteryScore }), contextTemplate: launchData.contextTemplate as never });
      const session: AuSession = { actor, registration: REGISTRATION, activityId: AU, launchData };
      const violations: string[] = [];
      let down = false;
      let terminated = false;
      const transport: XapiTransport = {
        async sendStatements(statements: Statement[], options) {
          await Promise.resolve();
          if (down) throw new XapiError('no answer', true);
          for (const statement of statements) {
            const found = referee.check(sessionId, statement);
            violations.push(...found.map((v) => v.rule));
            if (found.length > 0) throw new XapiError('refused', false);
            if (statement.verb.id.endsWith('/terminated')) terminated = true;
            log.push(`${sessionId} ${statement.verb.id.split('/').pop()}${statement.object.id === AU ? '' : ` ${statement.object.id}`}${options?.keepalive ? ' (keepalive)' : ''}`);
          }
        },
        async getState(stateId) {
          await Promise.resolve();
          if (down) throw new XapiError('no answer', true);
          if (terminated) violations.push('after-terminated');
          return store.get(stateId);
        },
        async putState(stateId, document) {
          await Promise.resolve();
          if (down) throw new XapiError('no answer', true);
          if (terminated) violations.push('after-terminated');
          store.set(stateId, structuredClone(document));
          log.push(`${sessionId} state`);
        },
      };
      // The library's part: initialized.
      const startedAt = new Date('2026-12-01T09:00:00Z');
      void transport.sendStatements([definedStatement(session, 'initialized', { id: crypto.randomUUID(), now: startedAt, startedAt })]).catch(() => undefined);
      return { session, transport, violations, setDown: (value: boolean) => (down = value), startedAt };
    },
  };
}

const criteria = (passRule: AuCriteria['passRule'] = 'modules'): AuCriteria => ({ trackId: 'it', moduleIds: MODULES, passRule, masteryScore: 0.8 });
const when = (minute: number) => new Date(Date.UTC(2026, 11, 1, 9, minute)).toISOString();

function withQuizzes(scores: Record<string, [number, number, boolean, number][]>): Progress {
  const progress = emptyProgress();
  for (const [id, attempts] of Object.entries(scores)) {
    const passedAt = attempts.find(([, , passed]) => passed)?.[3];
    progress.modules[id] = { firstVisited: when(0), lastVisited: when(0), ...(passedAt === undefined ? {} : { completed: when(passedAt) }) };
    progress.quizzes[id] = { attempts: attempts.map(([correct, total, passed, minute]) => ({ correct, total, score: correct / total, passed, date: when(minute) })) };
  }
  return progress;
}

function au(lms: ReturnType<typeof fakeLms>, launch?: Partial<LaunchData>, passRule?: AuCriteria['passRule']) {
  const opened = lms.open(launch);
  const reports: unknown[] = [];
  const instance = createCmi5Au({
    session: opened.session,
    startedAt: opened.startedAt,
    report: { ...newSessionReport(), initialized: true },
    criteria: criteria(passRule),
    ids: activityIds('urn:x:', 'it'),
    courseTitle: 'IT',
    moduleTitles: { 'it/a': 'Module A', 'it/b': 'Module B' },
    transport: opened.transport,
    onReport: (report) => reports.push(report),
    now: () => new Date('2026-12-01T09:30:00Z'),
    warn: () => {},
  });
  return { ...opened, au: instance, reports };
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('a cmi5 AU session', () => {
  it('reports each new quiz attempt, then passed and completed once, saves the state before terminated', async () => {
    const lms = fakeLms();
    const { au: session, violations } = au(lms);
    await session.start(undefined);
    session.report(withQuizzes({ 'it/a': [[5, 5, true, 1]] }));
    session.report(withQuizzes({ 'it/a': [[5, 5, true, 1]], 'it/b': [[4, 5, true, 2]] }));
    session.report(withQuizzes({ 'it/a': [[5, 5, true, 1]], 'it/b': [[4, 5, true, 2]] }));
    await session.exit();
    expect(violations).toEqual([]);
    expect(lms.referee.history('s-1')).toEqual(['initialized', 'allowed:passed', 'allowed:passed', 'passed', 'completed', 'terminated']);
    expect(lms.log.at(-1)).toBe('s-1 terminated');
    expect(lms.log.at(-2)).toBe('s-1 state');
    const state = decodeCourseState(lms.store.get(STATE_ID));
    expect(state.reported).toEqual({ completed: true, passed: true });
    expect(Object.keys(state.progress.quizzes)).toEqual(['it/a', 'it/b']);
    expect(session.sent).toMatchObject({ completed: true, verdict: 'passed', terminated: true });
  });

  it('resumes from the LRS state in a later session without reporting old attempts or verdicts again', async () => {
    const lms = fakeLms();
    const first = au(lms);
    await first.au.start(undefined);
    first.au.report(withQuizzes({ 'it/a': [[5, 5, true, 1]], 'it/b': [[5, 5, true, 2]] }));
    await first.au.exit();

    const second = au(lms);
    const resumed = await second.au.start(undefined);
    expect(Object.keys(resumed.modules).sort()).toEqual(MODULES);
    second.au.report(resumed);
    await second.au.exit();
    expect(second.violations).toEqual([]);
    expect(lms.referee.history('s-2')).toEqual(['initialized', 'terminated']);
  });

  it('never lowers: this browser’s better record and the LRS’s are merged', async () => {
    const lms = fakeLms();
    lms.store.set(STATE_ID, encodeCourseState({ progress: withQuizzes({ 'it/a': [[5, 5, true, 1]] }), reported: {} }));
    const { au: session } = au(lms);
    const merged = await session.start({ progress: withQuizzes({ 'it/a': [[2, 5, false, 5]], 'it/b': [[4, 5, true, 6]] }), reported: {} });
    expect(merged.modules['it/a']?.completed).toBe(when(1));
    expect(merged.quizzes['it/a']?.attempts).toHaveLength(2);
    expect(merged.quizzes['it/b']?.attempts).toHaveLength(1);
    await session.exit();
    // Both modules passed in the merged record: the verdict goes out at once.
    expect(lms.referee.history('s-1')).toEqual(['initialized', 'passed', 'completed', 'terminated']);
  });

  it('fails once, then passes in the next session, never both in one', async () => {
    const lms = fakeLms();
    const first = au(lms);
    await first.au.start(undefined);
    first.au.report(withQuizzes({ 'it/a': [[2, 5, false, 1]], 'it/b': [[2, 5, false, 2]] }));
    await settle();
    first.au.report(withQuizzes({ 'it/a': [[2, 5, false, 1], [5, 5, true, 3]], 'it/b': [[2, 5, false, 2], [5, 5, true, 4]] }));
    await first.au.exit();
    expect(lms.referee.history('s-1').filter((verb) => !verb.startsWith('allowed:'))).toEqual(['initialized', 'failed', 'completed', 'terminated']);

    const second = au(lms);
    await second.au.start(undefined);
    await second.au.exit();
    expect(lms.referee.history('s-2')).toEqual(['initialized', 'passed', 'terminated']);
    expect([...first.violations, ...second.violations]).toEqual([]);
  });

  it('sends no verdict in Browse or Review mode, but still records results', async () => {
    const lms = fakeLms();
    const { au: session, violations } = au(lms, { launchMode: 'Browse' });
    await session.start(undefined);
    session.report(withQuizzes({ 'it/a': [[5, 5, true, 1]], 'it/b': [[5, 5, true, 2]] }));
    await session.exit();
    expect(violations).toEqual([]);
    expect(lms.referee.history('s-1').filter((verb) => !verb.startsWith('allowed:'))).toEqual(['initialized', 'terminated']);
  });

  it('reports the final check’s answers and result, and passes on it under the final-check rule', async () => {
    const lms = fakeLms();
    const { au: session, violations } = au(lms, {}, 'final');
    await session.start(undefined);
    session.reportFinalCheck({
      correct: 1,
      total: 2,
      passed: false,
      date: when(10),
      answers: [
        { questionId: 'f1', prompt: 'One?', choices: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }], response: ['a'], correct: true },
        { questionId: 'f2', prompt: 'Two?', choices: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }], response: ['a'], correct: false },
      ],
    });
    await session.exit();
    expect(violations).toEqual([]);
    // Under the final-check rule, submitting the check completes the AU; failing it is the verdict.
    expect(lms.referee.history('s-1')).toEqual(['initialized', 'allowed:answered', 'allowed:answered', 'allowed:failed', 'failed', 'completed', 'terminated']);
    expect(decodeCourseState(lms.store.get(STATE_ID)).finalCheck).toEqual({ correct: 1, total: 2, passed: false, date: when(10) });

    const next = au(lms, {}, 'final');
    await next.au.start(undefined);
    next.au.reportFinalCheck({ correct: 2, total: 2, passed: true, date: when(40), answers: [] });
    await next.au.exit();
    expect(lms.referee.history('s-2')).toEqual(['initialized', 'allowed:passed', 'passed', 'terminated']);
    expect(next.violations).toEqual([]);
  });

  it('sends what waits and terminated in one keepalive request when the page closes, and nothing after', async () => {
    const lms = fakeLms();
    const { au: session, violations } = au(lms);
    await session.start(undefined);
    session.report(withQuizzes({ 'it/a': [[5, 5, true, 1]], 'it/b': [[5, 5, true, 2]] }));
    session.exitNow();
    session.report(withQuizzes({ 'it/a': [[5, 5, true, 1]], 'it/b': [[5, 5, true, 2]] }));
    session.exitNow();
    await settle();
    await settle();
    expect(lms.log.filter((line) => line.includes('keepalive'))).toEqual(['s-1 terminated (keepalive)']);
    expect(lms.referee.history('s-1').at(-1)).toBe('terminated');
    expect(violations).toEqual([]);
  });

  it('keeps statements while the LRS is down and sends them in order once it answers', async () => {
    const lms = fakeLms();
    const { au: session, violations, setDown } = au(lms);
    await session.start(undefined);
    setDown(true);
    session.report(withQuizzes({ 'it/a': [[5, 5, true, 1]] }));
    await settle();
    setDown(false);
    session.report(withQuizzes({ 'it/a': [[5, 5, true, 1]], 'it/b': [[5, 5, true, 2]] }));
    await session.exit();
    expect(violations).toEqual([]);
    expect(lms.referee.history('s-1')).toEqual(['initialized', 'allowed:passed', 'allowed:passed', 'passed', 'completed', 'terminated']);
  });

  it('leaves state it cannot read untouched and sends no verdict, but still reports results', async () => {
    const lms = fakeLms();
    const newer = { v: 2, somethingElse: true };
    lms.store.set(STATE_ID, newer);
    const { au: session, violations } = au(lms);
    await session.start(undefined);
    session.report(withQuizzes({ 'it/a': [[5, 5, true, 1]], 'it/b': [[5, 5, true, 2]] }));
    await session.exit();
    expect(violations).toEqual([]);
    expect(lms.store.get(STATE_ID)).toEqual(newer);
    expect(lms.referee.history('s-1')).toEqual(['initialized', 'allowed:passed', 'allowed:passed', 'terminated']);
  });

  it('starts from nothing when the LRS state cannot be read', async () => {
    const lms = fakeLms();
    const { au: session, setDown } = au(lms);
    setDown(true);
    const progress = await session.start(undefined);
    expect(progress).toEqual(emptyProgress());
  });
});
