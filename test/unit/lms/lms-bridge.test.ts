import { afterEach, describe, expect, it, vi } from 'vitest';
import { atom } from 'nanostores';
import { BRIDGE_KEY, connectToLms, findLmsBridge, syncWithLms, type LaunchWindow, type LmsBridge } from '../../../src/lms/lms-bridge.ts';
import { decodeSuspendData, encodeSuspendData } from '../../../src/lms/suspend-data.ts';
import { emptyProgress, type Progress } from '../../../src/progress/progress-schema.ts';
import { fakeApi } from './fake-lms.ts';

const MODULES = ['it/a', 'it/b'];
const when = '2026-02-01T10:00:00.000Z';

function passed(progress: Progress, id: string): Progress {
  const next = structuredClone(progress);
  next.modules[id] = { firstVisited: when, lastVisited: when, completed: when };
  next.quizzes[id] = { attempts: [{ correct: 5, total: 5, score: 1, passed: true, date: when }] };
  return next;
}

/** A launch page inside an LMS frame: the API on the parent, pagehide listeners kept to fire. */
function launchWindow(api?: object) {
  const listeners: (() => void)[] = [];
  const lmsFrame = { API: undefined, API_1484_11: undefined, ...(api ?? {}) };
  (lmsFrame as Record<string, unknown>).parent = lmsFrame;
  const win: LaunchWindow = { parent: lmsFrame, addEventListener: (_type, listener) => void listeners.push(listener) };
  return { win, hide: () => listeners.forEach((listener) => listener()) };
}

afterEach(() => vi.restoreAllMocks());

describe('connectToLms', () => {
  it('does nothing at all outside an LMS', () => {
    const warn = vi.spyOn(console, 'warn');
    const log = vi.spyOn(console, 'log');
    const { win } = launchWindow();
    expect(connectToLms(win, '1.2', MODULES)).toBeUndefined();
    expect(warn).not.toHaveBeenCalled();
    expect(log).not.toHaveBeenCalled();
  });

  it('SCORM 1.2: starts incomplete and suspended, reports a passed track, commits, and finishes once on pagehide', () => {
    const lms = fakeApi('1.2', { 'cmi.core.entry': 'ab-initio', 'cmi.core.lesson_status': 'not attempted' });
    const { win, hide } = launchWindow({ API: lms.api });
    const bridge = connectToLms(win, '1.2', MODULES)!;
    expect(bridge.record()).toEqual(emptyProgress());
    expect(lms.calls).toEqual(['initialize', 'set cmi.suspend_data={"v":1,"m":{}}', 'set cmi.core.lesson_status=incomplete', 'set cmi.core.exit=suspend', 'commit']);

    const half = passed(emptyProgress(), 'it/a');
    lms.calls.length = 0;
    bridge.report(half);
    expect(Object.fromEntries(lms.values)).toMatchObject({ 'cmi.core.score.raw': '50', 'cmi.core.lesson_status': 'incomplete', 'cmi.core.exit': 'suspend' });
    expect(lms.calls.at(-1)).toBe('commit');
    // Only what changed is sent again; nothing changed, nothing sent.
    lms.calls.length = 0;
    bridge.report(half);
    expect(lms.calls).toEqual([]);

    bridge.report(passed(half, 'it/b'));
    expect(Object.fromEntries(lms.values)).toMatchObject({ 'cmi.core.score.raw': '100', 'cmi.core.lesson_status': 'passed', 'cmi.core.exit': '' });
    expect(decodeSuspendData(lms.values.get('cmi.suspend_data')!)).toEqual({ ok: true, progress: passed(half, 'it/b') });

    hide();
    hide();
    expect(lms.calls.filter((call) => call === 'terminate')).toHaveLength(1);
    lms.calls.length = 0;
    bridge.report(emptyProgress());
    expect(lms.calls).toEqual([]);
  });

  it('SCORM 2004: resumes from the LMS record, which replaces nothing-at-all or anything else', () => {
    const saved = passed(emptyProgress(), 'it/b');
    const lms = fakeApi('2004', { 'cmi.entry': 'resume', 'cmi.suspend_data': encodeSuspendData(saved) });
    const { win } = launchWindow({ API_1484_11: lms.api });
    const bridge = connectToLms(win, '2004', MODULES)!;
    expect(bridge.record()).toEqual(saved);
    expect(Object.fromEntries(lms.values)).toMatchObject({
      'cmi.completion_status': 'incomplete',
      'cmi.success_status': 'unknown',
      'cmi.score.scaled': '0.5',
      'cmi.score.raw': '50',
      'cmi.exit': 'suspend',
    });
  });

  describe.each(['1.2', '2004'] as const)('SCORM %s: suspend data the course cannot read', (version) => {
    const cmi = version === '1.2' ? { status: 'cmi.core.lesson_status', entry: 'cmi.core.entry', exit: 'cmi.core.exit' } : { status: 'cmi.completion_status', entry: 'cmi.entry', exit: 'cmi.exit' };
    const apiOf = (lms: ReturnType<typeof fakeApi>) => (version === '1.2' ? { API: lms.api } : { API_1484_11: lms.api });

    it.each([
      ['from a newer package', '{"v":2,"m":{"it/a":{"seen":"2026-11-30"}},"x":[1,2,3]}', /encoding version 2/],
      ['from another course', 'viewed=1,2,3|lastviewedslide=31', /is not JSON/],
    ])('%s is kept: nothing is written at launch or later, the course says why and keeps it resumable', (_, text, reason) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const lms = fakeApi(version, { 'cmi.suspend_data': text, [cmi.entry]: 'resume', [cmi.status]: 'incomplete' });
      const { win, hide } = launchWindow(apiOf(lms));
      const bridge = connectToLms(win, version, MODULES)!;
      expect(lms.calls).toEqual(['initialize']);
      expect(bridge.record()).toBeUndefined();
      expect(bridge.launch).toEqual({ kind: 'unreadable', text, reason: expect.stringMatching(reason) });
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0]![0])).toMatch(reason);

      bridge.report(passed(passed(emptyProgress(), 'it/a'), 'it/b'));
      expect(lms.calls).toEqual(['initialize']);
      hide();
      // Only the exit state, so the LMS keeps the attempt and its data for the package that wrote it.
      expect(lms.calls).toEqual(['initialize', `set ${cmi.exit}=suspend`, 'commit', 'terminate']);
      expect(lms.values.get('cmi.suspend_data')).toBe(text);
      expect(lms.values.get(cmi.status)).toBe('incomplete');
    });

    it('that the LMS fails to hand over is treated the same way, with the LMS’s error', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const lms = fakeApi(version, { 'cmi.suspend_data': encodeSuspendData(passed(emptyProgress(), 'it/a')) }, { failGet: { 'cmi.suspend_data': '101' } });
      const bridge = connectToLms(launchWindow(apiOf(lms)).win, version, MODULES)!;
      expect(bridge.record()).toBeUndefined();
      expect(lms.calls).toEqual(['initialize']);
      expect(String(warn.mock.calls[0]![0])).toContain('LMS error 101: General exception');
    });
  });

  describe('never lowers a status the LMS holds', () => {
    it.each(['passed', 'completed'])('SCORM 1.2: %s stays, on a resume without suspend data and after any report', (held) => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      const lms = fakeApi('1.2', { 'cmi.core.entry': 'resume', 'cmi.core.lesson_status': held });
      const bridge = connectToLms(launchWindow({ API: lms.api }).win, '1.2', MODULES)!;
      expect(bridge.launch).toEqual({ kind: 'resume-empty' });
      expect(bridge.record()).toEqual(emptyProgress());
      expect(lms.values.get('cmi.core.lesson_status')).toBe(held);
      bridge.report(passed(emptyProgress(), 'it/a'));
      expect(lms.values.get('cmi.core.lesson_status')).toBe(held);
      expect(lms.values.get('cmi.core.score.raw')).toBe('50');
      expect(lms.calls.filter((call) => call.includes('lesson_status'))).toEqual([]);
    });

    it('SCORM 1.2: a status goes up, never down, within a launch', () => {
      const lms = fakeApi('1.2', { 'cmi.core.entry': 'ab-initio' });
      const bridge = connectToLms(launchWindow({ API: lms.api }).win, '1.2', MODULES)!;
      bridge.report(passed(passed(emptyProgress(), 'it/a'), 'it/b'));
      expect(lms.values.get('cmi.core.lesson_status')).toBe('passed');
      // The learner resets their progress on the progress page: the LMS keeps the pass.
      bridge.report(emptyProgress());
      expect(lms.values.get('cmi.core.lesson_status')).toBe('passed');
    });

    it('SCORM 2004: completed and passed stay when a resumed record says less; a failure can still become a pass', () => {
      const saved = passed(emptyProgress(), 'it/b');
      const lms = fakeApi('2004', { 'cmi.entry': 'resume', 'cmi.suspend_data': encodeSuspendData(saved), 'cmi.completion_status': 'completed', 'cmi.success_status': 'passed' });
      connectToLms(launchWindow({ API_1484_11: lms.api }).win, '2004', MODULES);
      expect(Object.fromEntries(lms.values)).toMatchObject({ 'cmi.completion_status': 'completed', 'cmi.success_status': 'passed', 'cmi.score.raw': '50' });

      const failedBefore = fakeApi('2004', { 'cmi.entry': 'resume', 'cmi.suspend_data': encodeSuspendData(saved), 'cmi.success_status': 'failed' });
      const bridge = connectToLms(launchWindow({ API_1484_11: failedBefore.api }).win, '2004', MODULES)!;
      expect(failedBefore.values.get('cmi.success_status')).toBe('failed');
      bridge.report(passed(saved, 'it/a'));
      expect(failedBefore.values.get('cmi.success_status')).toBe('passed');
    });
  });

  it('tells a first launch from a resume by cmi.entry: a resume without suspend data says so', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const first = fakeApi('2004', { 'cmi.entry': 'ab-initio' });
    expect(connectToLms(launchWindow({ API_1484_11: first.api }).win, '2004', MODULES)!.launch).toEqual({ kind: 'first' });
    expect(warn).not.toHaveBeenCalled();
    // SCORM 2004 LMSs answer GetValue of suspend data never written with error 403: nothing saved yet.
    const notSet = fakeApi('2004', { 'cmi.entry': 'ab-initio' }, { failGet: { 'cmi.suspend_data': '403' } });
    expect(connectToLms(launchWindow({ API_1484_11: notSet.api }).win, '2004', MODULES)!.launch).toEqual({ kind: 'first' });
    expect(notSet.values.get('cmi.completion_status')).toBe('incomplete');
    expect(warn).not.toHaveBeenCalled();
    const resumed = fakeApi('2004', { 'cmi.entry': 'resume' });
    expect(connectToLms(launchWindow({ API_1484_11: resumed.api }).win, '2004', MODULES)!.launch).toEqual({ kind: 'resume-empty' });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('resumed the course without suspend data'));
  });

  it('names the LMS’s error when it refuses a value', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const lms = fakeApi('1.2', {}, { failSet: { 'cmi.core.exit': '405' } });
    connectToLms(launchWindow({ API: lms.api }).win, '1.2', MODULES);
    expect(warn).toHaveBeenCalledWith('[lms] the LMS refused cmi.core.exit (LMS error 405: Incorrect Data Type)');
  });

  it('says so, once, when the LMS refuses to start, and then stays out of the way', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const lms = fakeApi('1.2', {}, { refuseInitialize: true });
    expect(connectToLms(launchWindow({ API: lms.api }).win, '1.2', MODULES)).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(lms.calls).toEqual(['initialize']);
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
