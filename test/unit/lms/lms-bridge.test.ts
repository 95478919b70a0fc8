import { afterEach, describe, expect, it, vi } from 'vitest';
import { atom } from 'nanostores';
import { BRIDGE_KEY, connectToLms, displayName, findLmsBridge, syncWithLms, type ConnectOptions, type LaunchWindow, type LmsBridge, type ScormPackage } from '../../../src/lms/lms-bridge.ts';
import { decodeSuspendData, encodeSuspendData } from '../../../src/lms/suspend-data.ts';
import { emptyProgress, type Progress } from '../../../src/progress/progress-schema.ts';
import { fakeApi, type FakeLmsOptions } from './fake-lms.ts';

const MODULES = ['it/a', 'it/b'];
const when = '2026-02-01T10:00:00.000Z';
const PKG: ScormPackage = {
  rules: { trackId: 'it', moduleIds: MODULES, passRule: 'modules' },
  moduleTitles: { 'it/a': 'Accounts', 'it/b': 'Recovery' },
  finalQuestions: {},
};
/** The same track with a final check the certificate needs, and a policy to confirm. */
const WITH_FINAL: ScormPackage = {
  rules: { trackId: 'it', moduleIds: MODULES, passRule: 'both', attestation: { title: 'Social media policy', version: '3' } },
  moduleTitles: PKG.moduleTitles,
  finalQuestions: { q1: { module: 'it/a', prompt: 'First?', choices: ['a', 'b'] }, q2: { module: 'it/b', prompt: 'Second?', choices: ['a', 'b', 'c'] } },
};

const CMI = {
  '1.2': { status: 'cmi.core.lesson_status', entry: 'cmi.core.entry', exit: 'cmi.core.exit', raw: 'cmi.core.score.raw', mode: 'cmi.core.lesson_mode', credit: 'cmi.core.credit', time: 'cmi.core.session_time', id: 'cmi.core.student_id', name: 'cmi.core.student_name' },
  '2004': { status: 'cmi.completion_status', entry: 'cmi.entry', exit: 'cmi.exit', raw: 'cmi.score.raw', mode: 'cmi.mode', credit: 'cmi.credit', time: 'cmi.session_time', id: 'cmi.learner_id', name: 'cmi.learner_name' },
} as const;

function passed(progress: Progress, id: string, correct = 5): Progress {
  const next = structuredClone(progress);
  next.modules[id] = { firstVisited: when, lastVisited: when, completed: when };
  next.quizzes[id] = { attempts: [...(next.quizzes[id]?.attempts ?? []), { correct, total: 5, score: correct / 5, passed: true, date: when }] };
  return next;
}
const bothPassed = () => passed(passed(emptyProgress(), 'it/a'), 'it/b');

/** A final-check attempt at minute `minute`, answering q1 and q2 right or wrong. */
function withFinal(progress: Progress, minute: number, right: [boolean, boolean]): Progress {
  const next = structuredClone(progress);
  const correct = right.filter(Boolean).length;
  const date = new Date(Date.UTC(2026, 1, 2, 9, minute)).toISOString();
  const attempt = { correct, total: 2, score: correct / 2, passed: correct === 2, date, contentVersion: 'v1', answers: [{ question: 'q1', picks: ['a'], right: right[0] }, { question: 'q2', picks: ['b', 'c'], right: right[1] }] };
  next.finalChecks.it = { attempts: [...(next.finalChecks.it?.attempts ?? []), attempt] };
  return next;
}
const confirmed = (progress: Progress, version = '3'): Progress => ({ ...progress, attestations: { it: { date: '2026-02-02T10:00:00.000Z', policy: 'Social media policy', version } } });

/** A launch page inside an LMS frame: the API on the parent, listeners kept to fire. */
function launchWindow(api?: object) {
  const listeners: Record<string, (() => void)[]> = { pagehide: [], visibilitychange: [] };
  const lmsFrame = { API: undefined, API_1484_11: undefined, ...(api ?? {}) };
  (lmsFrame as Record<string, unknown>).parent = lmsFrame;
  const document = { visibilityState: 'visible' };
  const win: LaunchWindow = { parent: lmsFrame, document, addEventListener: (type, listener) => void listeners[type]!.push(listener) };
  return {
    win,
    hide: () => listeners.pagehide!.forEach((listener) => listener()),
    switchAway: () => ((document.visibilityState = 'hidden'), listeners.visibilitychange!.forEach((listener) => listener())),
  };
}

/** Opens the package in a fake LMS of `version` holding `initial`. */
function open(version: '1.2' | '2004', initial: Record<string, string> = {}, pkg = PKG, options: ConnectOptions & { lms?: FakeLmsOptions } = {}) {
  const lms = fakeApi(version, initial, options.lms);
  const page = launchWindow(version === '1.2' ? { API: lms.api } : { API_1484_11: lms.api });
  const bridge = connectToLms(page.win, version, pkg, { now: () => Date.parse(when), ...options });
  return { lms, bridge: bridge!, ...page, sets: () => lms.calls.filter((call) => call.startsWith('set ')), commits: () => lms.calls.filter((call) => call === 'commit').length };
}
/** The LMS's values as the next launch of the same attempt gets them (what scorm-again's loadFromJSON or Moodle hands back). */
const relaunchValues = (lms: ReturnType<typeof fakeApi>, version: '1.2' | '2004') => ({ ...Object.fromEntries(lms.values), [CMI[version].entry]: 'resume' });
const interactionIds = (lms: ReturnType<typeof fakeApi>) => [...lms.values].filter(([key]) => /^cmi\.interactions\.\d+\.id$/.test(key)).map(([, value]) => value);

afterEach(() => vi.restoreAllMocks());

describe('connectToLms', () => {
  it('does nothing at all outside an LMS', () => {
    const warn = vi.spyOn(console, 'warn');
    const log = vi.spyOn(console, 'log');
    expect(connectToLms(launchWindow().win, '1.2', PKG)).toBeUndefined();
    expect(warn).not.toHaveBeenCalled();
    expect(log).not.toHaveBeenCalled();
  });

  it('SCORM 1.2: starts incomplete and suspended with an objective per module, reports a passed track, and finishes once on pagehide with the session time', () => {
    const { lms, bridge, hide } = open('1.2', { 'cmi.core.entry': 'ab-initio', 'cmi.core.lesson_status': 'not attempted' }, PKG, { now: (() => { let t = Date.parse(when); return () => (t += 61_000); })() });
    expect(bridge.record()).toEqual(emptyProgress());
    expect(lms.calls).toEqual([
      'initialize',
      'set cmi.suspend_data={"v":1,"m":{}}',
      'set cmi.core.lesson_status=incomplete',
      'set cmi.core.exit=suspend',
      'set cmi.objectives.0.id=it/a',
      'set cmi.objectives.0.status=not attempted',
      'set cmi.objectives.1.id=it/b',
      'set cmi.objectives.1.status=not attempted',
      'commit',
    ]);

    const half = passed(emptyProgress(), 'it/a');
    lms.calls.length = 0;
    bridge.report(half);
    // One module of two passed: the weakest module's score is the one not taken, 0.
    expect(Object.fromEntries(lms.values)).toMatchObject({ 'cmi.core.score.raw': '0', 'cmi.core.lesson_status': 'incomplete', 'cmi.objectives.0.status': 'passed', 'cmi.objectives.0.score.raw': '100' });
    expect(lms.calls.at(-1)).toBe('commit');
    // Only what changed is sent again; nothing changed, nothing sent.
    lms.calls.length = 0;
    bridge.report(half);
    expect(lms.calls).toEqual([]);

    bridge.report(passed(half, 'it/b', 4));
    expect(Object.fromEntries(lms.values)).toMatchObject({ 'cmi.core.score.raw': '80', 'cmi.core.lesson_status': 'passed', 'cmi.core.exit': 'suspend', 'cmi.objectives.1.score.raw': '80' });
    expect(decodeSuspendData(lms.values.get('cmi.suspend_data')!)).toEqual({ ok: true, progress: passed(half, 'it/b', 4) });

    lms.calls.length = 0;
    hide();
    hide();
    expect(lms.calls).toEqual(['set cmi.core.session_time=00:01:01.00', 'commit', 'terminate']);
    lms.calls.length = 0;
    bridge.report(emptyProgress());
    expect(lms.calls).toEqual([]);
  });

  it('SCORM 2004: resumes from the LMS record, which replaces nothing-at-all or anything else', () => {
    const saved = passed(emptyProgress(), 'it/b');
    const { lms, bridge } = open('2004', { 'cmi.entry': 'resume', 'cmi.suspend_data': encodeSuspendData(saved) });
    expect(bridge.record()).toEqual(saved);
    expect(Object.fromEntries(lms.values)).toMatchObject({
      'cmi.completion_status': 'incomplete',
      'cmi.success_status': 'unknown',
      'cmi.score.scaled': '0',
      'cmi.exit': 'suspend',
      'cmi.objectives.1.id': 'it/b',
      'cmi.objectives.1.description': 'Recovery',
      'cmi.objectives.1.success_status': 'passed',
      'cmi.objectives.1.completion_status': 'completed',
    });
  });

  describe.each(['1.2', '2004'] as const)('SCORM %s: entry, mode and credit', (version) => {
    const cmi = CMI[version];
    it.each(['review', 'browse'] as const)('%s mode: shows the LMS’s record, writes nothing at all, and says so', (mode) => {
      const saved = bothPassed();
      const { lms, bridge, hide } = open(version, { [cmi.entry]: 'resume', [cmi.mode]: mode, [cmi.credit]: 'no-credit', 'cmi.suspend_data': encodeSuspendData(saved), [cmi.status]: 'incomplete' }, PKG, { browser: { progress: emptyProgress(), learnerId: '' } });
      expect(bridge.record()).toEqual(saved);
      expect(bridge.context).toMatchObject({ mode, credit: false });
      expect(bridge.notice).toMatch(new RegExp(`^${mode === 'review' ? 'Review' : 'Browse'} mode: your learning system shows the course without recording anything`));
      bridge.report(confirmed(saved));
      hide();
      expect(lms.calls).toEqual(['initialize', 'terminate']);
    });

    it('no-credit in normal mode reports as usual (the LMS decides what counts)', () => {
      const { lms, bridge } = open(version, { [cmi.entry]: 'ab-initio', [cmi.credit]: 'no-credit' });
      expect(bridge.context).toMatchObject({ mode: 'normal', credit: false });
      bridge.report(bothPassed());
      expect(lms.values.get(version === '1.2' ? cmi.status : 'cmi.success_status')).toBe('passed');
    });

    it('tells a first launch from a resume by the entry: a new attempt starts from nothing, even with this browser’s record', () => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      const first = open(version, { [cmi.entry]: 'ab-initio', [cmi.id]: 'u1' }, PKG, { browser: { progress: bothPassed(), learnerId: 'u1' } });
      expect(first.bridge.launch).toEqual({ kind: 'first' });
      expect(first.bridge.record()).toEqual(emptyProgress());
      const resumed = open(version, { [cmi.entry]: 'resume', [cmi.id]: 'u1' }, PKG, { browser: { progress: bothPassed(), learnerId: 'u1' } });
      expect(resumed.bridge.launch).toEqual({ kind: 'resume-empty' });
      expect(resumed.bridge.record()).toEqual(bothPassed());
    });

    it('puts the LMS’s learner name on the record, turned from “Last, First”', () => {
      const { bridge } = open(version, { [cmi.name]: 'Example-Learner,  Alexandra ', [cmi.id]: 'u7' });
      expect(bridge.learnerName).toBe('Alexandra Example-Learner');
      expect(bridge.record()?.learnerName).toBe('Alexandra Example-Learner');
      expect(bridge.context.learner).toEqual({ id: 'u7', name: 'Example-Learner,  Alexandra' });
    });
  });

  describe.each(['1.2', '2004'] as const)('SCORM %s: suspend data the course cannot read', (version) => {
    const cmi = CMI[version];
    it.each([
      ['from a newer package', '{"v":2,"m":{"it/a":{"seen":"2026-11-30"}},"x":[1,2,3]}', /encoding version 2/],
      ['from another course', 'viewed=1,2,3|lastviewedslide=31', /is not JSON/],
    ])('%s is kept: nothing is written at launch or later but the exit state and the time, and the course says why', (_, text, reason) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const { lms, bridge, hide } = open(version, { 'cmi.suspend_data': text, [cmi.entry]: 'resume', [cmi.status]: 'incomplete' });
      expect(lms.calls).toEqual(['initialize']);
      expect(bridge.record()).toBeUndefined();
      expect(bridge.launch).toEqual({ kind: 'unreadable', text, reason: expect.stringMatching(reason) });
      expect(bridge.notice).toMatch(/cannot read/);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0]![0])).toMatch(reason);

      bridge.report(bothPassed());
      expect(lms.calls).toEqual(['initialize']);
      hide();
      // The exit state, so the LMS keeps the attempt and its data for the package that wrote it, and the time spent.
      expect(lms.calls).toEqual(['initialize', `set ${cmi.exit}=suspend`, `set ${cmi.time}=${version === '1.2' ? '00:00:00.00' : 'PT0S'}`, 'commit', 'terminate']);
      expect(lms.values.get('cmi.suspend_data')).toBe(text);
      expect(lms.values.get(cmi.status)).toBe('incomplete');
    });

    it('that the LMS fails to hand over is treated the same way, with the LMS’s error', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const { lms, bridge } = open(version, { 'cmi.suspend_data': encodeSuspendData(passed(emptyProgress(), 'it/a')) }, PKG, { lms: { failGet: { 'cmi.suspend_data': '101' } } });
      expect(bridge.record()).toBeUndefined();
      expect(lms.calls).toEqual(['initialize']);
      expect(String(warn.mock.calls[0]![0])).toContain('LMS error 101: General exception');
    });
  });

  describe('never lowers what the LMS holds', () => {
    it.each(['passed', 'completed'])('SCORM 1.2: %s stays, and so does the score, on a resume without suspend data and after any report', (held) => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      const { lms, bridge } = open('1.2', { 'cmi.core.entry': 'resume', 'cmi.core.lesson_status': held, 'cmi.core.score.raw': '100' });
      expect(bridge.launch).toEqual({ kind: 'resume-empty' });
      expect(bridge.record()).toEqual(emptyProgress());
      expect(bridge.notice).toMatch(/records this course as done, but did not hand back the details/);
      bridge.report(passed(emptyProgress(), 'it/a'));
      expect(lms.values.get('cmi.core.lesson_status')).toBe(held);
      expect(lms.values.get('cmi.core.score.raw')).toBe('100');
      expect(lms.calls.filter((call) => call.includes('lesson_status') || call.includes('core.score'))).toEqual([]);
    });

    it('SCORM 2004: a passed attempt reopened without its suspend data (Moodle after exit normal) keeps completed, passed and 100 through new quizzes', () => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      const { lms, bridge } = open('2004', { 'cmi.entry': 'resume', 'cmi.completion_status': 'completed', 'cmi.success_status': 'passed', 'cmi.score.raw': '100', 'cmi.score.scaled': '1' });
      bridge.report(passed(emptyProgress(), 'it/a', 1));
      expect(Object.fromEntries(lms.values)).toMatchObject({ 'cmi.completion_status': 'completed', 'cmi.success_status': 'passed', 'cmi.score.raw': '100', 'cmi.score.scaled': '1' });
    });

    it('SCORM 1.2: a status goes up, never down, within a launch; so do objectives', () => {
      const { lms, bridge } = open('1.2', { 'cmi.core.entry': 'ab-initio' });
      bridge.report(bothPassed());
      expect(lms.values.get('cmi.core.lesson_status')).toBe('passed');
      // The learner resets their progress on the progress page: the LMS keeps the pass.
      bridge.report(emptyProgress());
      expect(Object.fromEntries(lms.values)).toMatchObject({ 'cmi.core.lesson_status': 'passed', 'cmi.objectives.0.status': 'passed', 'cmi.objectives.0.score.raw': '100' });
    });

    it('SCORM 2004: completed and passed stay when a resumed record says less; a failure can still become a pass', () => {
      const saved = passed(emptyProgress(), 'it/b');
      const { lms } = open('2004', { 'cmi.entry': 'resume', 'cmi.suspend_data': encodeSuspendData(saved), 'cmi.completion_status': 'completed', 'cmi.success_status': 'passed' });
      expect(Object.fromEntries(lms.values)).toMatchObject({ 'cmi.completion_status': 'completed', 'cmi.success_status': 'passed' });
      const failedBefore = open('2004', { 'cmi.entry': 'resume', 'cmi.suspend_data': encodeSuspendData(saved), 'cmi.success_status': 'failed' });
      expect(failedBefore.lms.values.get('cmi.success_status')).toBe('failed');
      failedBefore.bridge.report(passed(saved, 'it/a'));
      expect(failedBefore.lms.values.get('cmi.success_status')).toBe('passed');
    });
  });

  describe.each(['1.2', '2004'] as const)('SCORM %s: the final check and the policy confirmation', (version) => {
    it('records the best attempt’s questions as interactions, once; a better attempt adds its own, a worse one nothing', () => {
      const { lms, bridge } = open(version, {}, WITH_FINAL);
      const failedOnce = withFinal(bothPassed(), 1, [true, false]);
      bridge.report(failedOnce);
      expect(interactionIds(lms)).toEqual(['final-check/q1', 'final-check/q2']);
      expect(Object.fromEntries(lms.values)).toMatchObject({
        [version === '1.2' ? 'cmi.interactions.1.student_response' : 'cmi.interactions.1.learner_response']: version === '1.2' ? 'b,c' : 'b[,]c',
        'cmi.interactions.1.result': version === '1.2' ? 'wrong' : 'incorrect',
        'cmi.interactions.0.objectives.0.id': 'it/a',
        [CMI[version].raw]: '50',
        ...(version === '1.2' ? { 'cmi.core.lesson_status': 'failed' } : { 'cmi.success_status': 'failed', 'cmi.completion_status': 'completed' }),
      });
      bridge.report(failedOnce);
      bridge.report(withFinal(failedOnce, 2, [false, false]));
      expect(interactionIds(lms)).toHaveLength(2);
      const passedCheck = withFinal(withFinal(failedOnce, 2, [false, false]), 3, [true, true]);
      bridge.report(passedCheck);
      expect(interactionIds(lms)).toHaveLength(4);
      // Passing the check is not enough: the policy must be confirmed. The score is the check's, 100.
      expect(lms.values.get(version === '1.2' ? 'cmi.core.lesson_status' : 'cmi.success_status')).toBe('failed');
      bridge.report(confirmed(passedCheck));
      expect(interactionIds(lms)).toEqual(['final-check/q1', 'final-check/q2', 'final-check/q1', 'final-check/q2', 'policy-attestation']);
      expect(lms.values.get('cmi.interactions.4.result')).toBe('neutral');
      expect(lms.values.get(version === '1.2' ? 'cmi.interactions.4.student_response' : 'cmi.interactions.4.learner_response')).toBe('Read Social media policy, version 3; confirmed 2026-02-02');
      if (version === '2004') expect(lms.values.get('cmi.interactions.4.timestamp')).toBe('2026-02-02T10:00:00.000Z');
      expect(Object.fromEntries(lms.values)).toMatchObject({ [CMI[version].raw]: '100', ...(version === '1.2' ? { 'cmi.core.lesson_status': 'passed', 'cmi.objectives.3.status': 'passed' } : { 'cmi.success_status': 'passed', 'cmi.objectives.3.success_status': 'passed' }), 'cmi.objectives.3.id': 'policy-attestation', 'cmi.objectives.2.id': 'final-check' });
    });

    it('a relaunch in the same attempt with the LMS’s stored values lowers nothing and sends no interaction or objective twice', () => {
      const done = confirmed(withFinal(bothPassed(), 3, [true, true]));
      const first = open(version, {}, WITH_FINAL);
      first.bridge.report(done);
      first.hide();
      const stored = relaunchValues(first.lms, version);
      // Another browser: only the LMS's record.
      const second = open(version, stored, WITH_FINAL);
      second.bridge.report(second.bridge.record()!);
      second.hide();
      for (const [element, value] of Object.entries(stored)) if (!/session_time|entry/.test(element)) expect(second.lms.values.get(element), element).toBe(value);
      expect(second.sets().filter((call) => /interactions|objectives\.\d+\.id|status|score/.test(call))).toEqual([]);
      // The same browser, with the full record (answers included): still nothing sent twice.
      const third = open(version, relaunchValues(second.lms, version), WITH_FINAL, { browser: { progress: done, learnerId: '' } });
      third.bridge.report(done);
      expect(interactionIds(third.lms)).toHaveLength(3);
    });
  });

  it('SCORM 2004: interactions read back from the LMS are not sent again, even when its suspend data was lost', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const done = withFinal(bothPassed(), 3, [true, true]);
    const first = open('2004', { 'cmi.learner_id': 'u1' }, WITH_FINAL);
    first.bridge.report(done);
    const stored = relaunchValues(first.lms, '2004');
    delete (stored as Record<string, string>)['cmi.suspend_data'];
    const second = open('2004', stored, WITH_FINAL, { browser: { progress: done, learnerId: 'u1' } });
    expect(second.bridge.launch.kind).toBe('resume-empty');
    second.bridge.report(done);
    expect(interactionIds(second.lms)).toHaveLength(2);
  });

  it('keeps to the limits: no interactions past 250, no objectives past 100', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const full = Object.fromEntries(Array.from({ length: 249 }, (_, n) => [`cmi.interactions.${n}.id`, `other-${n}`]));
    const { lms, bridge } = open('2004', full, WITH_FINAL);
    bridge.report(withFinal(bothPassed(), 3, [true, true]));
    expect(interactionIds(lms)).toHaveLength(249);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('would pass the 250 SCORM allows'));
    const objectives = Object.fromEntries(Array.from({ length: 99 }, (_, n) => [`cmi.objectives.${n}.id`, `other-${n}`]));
    const second = open('1.2', objectives);
    expect(second.lms.values.get('cmi.objectives.99.id')).toBe('it/a');
    expect(second.lms.values.has('cmi.objectives.100.id')).toBe(false);
  });

  describe('batched commits', () => {
    it('a quiz’s answers are set at once but committed with its result; a hidden page commits what waits', () => {
      const { lms, bridge, switchAway, commits } = open('2004', { 'cmi.entry': 'ab-initio' });
      const startCommits = commits();
      let progress = emptyProgress();
      progress.modules['it/a'] = { firstVisited: when, lastVisited: when };
      // Ten answers: each changes the quiz left half-way, so the suspend data.
      for (let answer = 0; answer < 10; answer++) {
        progress = { ...progress, quizzes: { 'it/a': { attempts: [], snapshot: { machineVersion: 1, quizHash: 'h', state: { answer } } } } };
        bridge.report(progress);
      }
      expect(decodeSuspendData(lms.values.get('cmi.suspend_data')!)).toMatchObject({ ok: true });
      // Visiting the module made it "incomplete", which counts: that change commits once.
      expect(commits() - startCommits).toBe(1);
      bridge.report(passed(progress, 'it/a'));
      expect(commits() - startCommits).toBe(2);
      progress = passed(progress, 'it/a');
      progress.modules['it/b'] = { firstVisited: when, lastVisited: '2026-02-01T11:00:00.000Z' };
      progress.modules['it/a']!.lastVisited = '2026-02-01T11:30:00.000Z';
      bridge.report(progress);
      const before = commits();
      progress = { ...progress, modules: { ...progress.modules, 'it/a': { ...progress.modules['it/a']!, lastVisited: '2026-02-01T12:00:00.000Z' } } };
      bridge.report(progress);
      expect(commits()).toBe(before);
      switchAway();
      expect(commits()).toBe(before + 1);
      switchAway();
      expect(commits()).toBe(before + 1);
    });

    it('a closed tab loses nothing: pagehide commits what waits, and the next launch takes back what this browser kept for the same learner only', () => {
      const { lms, bridge, hide } = open('1.2', { 'cmi.core.student_id': 'u1' });
      let progress = passed(emptyProgress(), 'it/a');
      bridge.report(progress);
      progress = { ...progress, worksheets: { notes: { fields: { a: 'kept' }, updated: when } } };
      bridge.report(progress);
      lms.calls.length = 0;
      hide();
      expect(lms.calls).toEqual(['set cmi.core.session_time=00:00:00.00', 'commit', 'terminate']);
      expect(decodeSuspendData(lms.values.get('cmi.suspend_data')!)).toMatchObject({ ok: true, progress: { worksheets: { notes: { fields: { a: 'kept' } } } } });

      // The LMS lost the last commit (its server was down): this browser still has the quiz of it/b.
      const browserRecord = passed(progress, 'it/b');
      const stored = relaunchValues(lms, '1.2');
      const same = open('1.2', stored, PKG, { browser: { progress: browserRecord, learnerId: 'u1' } });
      expect(same.bridge.record()?.quizzes['it/b']).toBeDefined();
      expect(same.lms.values.get('cmi.core.lesson_status')).toBe('passed');
      const other = open('1.2', { ...stored, 'cmi.core.student_id': 'u2' }, PKG, { browser: { progress: browserRecord, learnerId: 'u1' } });
      expect(other.bridge.record()?.quizzes['it/b']).toBeUndefined();
      expect(other.lms.values.get('cmi.core.lesson_status')).toBe('incomplete');
    });
  });

  it('names the LMS’s error when it refuses a value', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    open('1.2', {}, PKG, { lms: { failSet: { 'cmi.core.exit': '405' } } });
    expect(warn).toHaveBeenCalledWith('[lms] the LMS refused cmi.core.exit (LMS error 405: Incorrect Data Type)');
  });

  it('says so, once, when the LMS refuses to start, and then stays out of the way', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const lms = fakeApi('1.2', {}, { refuseInitialize: true });
    expect(connectToLms(launchWindow({ API: lms.api }).win, '1.2', PKG)).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(lms.calls).toEqual(['initialize']);
  });
});

describe('displayName', () => {
  it('turns “Last, First” around and leaves other names as they are', () => {
    expect(displayName('Doe, Jane')).toBe('Jane Doe');
    expect(displayName('Jane Doe')).toBe('Jane Doe');
    expect(displayName('Doe, Jane, Jr.')).toBe('Doe, Jane, Jr.');
    expect(displayName(', Jane')).toBe(', Jane');
    expect(displayName('x'.repeat(300))).toHaveLength(120);
  });
});

describe('course pages and the bridge', () => {
  const fakeBridge = (record = emptyProgress()) => {
    const reports: Progress[] = [];
    const bridge: LmsBridge = { record: () => structuredClone(record), report: (progress) => void reports.push(progress) };
    return { bridge, reports };
  };

  it('finds the bridge on the launch page around a course page, and nothing elsewhere', () => {
    const { bridge } = fakeBridge();
    expect(findLmsBridge({ parent: { [BRIDGE_KEY]: bridge } })).toBe(bridge);
    const top: Record<string, unknown> = {};
    top.parent = top;
    expect(findLmsBridge(top)).toBeUndefined();
    expect(findLmsBridge({ parent: { [BRIDGE_KEY]: { report: 'not a function' } } })).toBeUndefined();
    const foreign = new Proxy({}, { get: () => { throw new DOMException('Blocked', 'SecurityError'); } });
    expect(findLmsBridge({ parent: foreign })).toBeUndefined();
  });

  it('reports what the page holds, then every change', () => {
    const { bridge, reports } = fakeBridge();
    const $progress = atom(passed(emptyProgress(), 'it/a'));
    const replaceProgress = vi.fn();
    const stop = syncWithLms(bridge, { $progress, $storageStatus: atom('ok'), replaceProgress });
    $progress.set(passed($progress.get(), 'it/b'));
    stop();
    $progress.set(emptyProgress());
    expect(reports.map((r) => Object.keys(r.modules))).toEqual([['it/a'], ['it/a', 'it/b']]);
    expect(replaceProgress).not.toHaveBeenCalled();
  });

  it('keeps the page’s own progress when the LMS holds a record the course cannot read', () => {
    const { bridge, reports } = fakeBridge();
    const unreadable: LmsBridge = { record: () => undefined, report: bridge.report };
    const replaceProgress = vi.fn();
    syncWithLms(unreadable, { $progress: atom(emptyProgress()), $storageStatus: atom('memory'), replaceProgress });
    expect(replaceProgress).not.toHaveBeenCalled();
    expect(reports).toHaveLength(1);
  });

  it('takes the LMS record when browser storage is unusable (every page would start empty)', () => {
    const record = passed(emptyProgress(), 'it/b');
    const { bridge, reports } = fakeBridge(record);
    const replaceProgress = vi.fn();
    syncWithLms(bridge, { $progress: atom(emptyProgress()), $storageStatus: atom('memory'), replaceProgress });
    expect(replaceProgress).toHaveBeenCalledWith(record);
    expect(reports).toEqual([]);
  });
});
