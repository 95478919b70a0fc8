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
    const lms = fakeApi('1.2');
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
    expect(decodeSuspendData(lms.values.get('cmi.suspend_data')!)).toEqual(passed(half, 'it/b'));

    hide();
    hide();
    expect(lms.calls.filter((call) => call === 'terminate')).toHaveLength(1);
    lms.calls.length = 0;
    bridge.report(emptyProgress());
    expect(lms.calls).toEqual([]);
  });

  it('SCORM 2004: resumes from the LMS record, which replaces nothing-at-all or anything else', () => {
    const saved = passed(emptyProgress(), 'it/b');
    const lms = fakeApi('2004', { 'cmi.suspend_data': encodeSuspendData(saved) });
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

  it('starts from nothing when the LMS holds suspend data the course cannot read', () => {
    const lms = fakeApi('1.2', { 'cmi.suspend_data': 'written by another course' });
    const bridge = connectToLms(launchWindow({ API: lms.api }).win, '1.2', MODULES)!;
    expect(bridge.record()).toEqual(emptyProgress());
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

  it('takes the LMS record when browser storage is unusable (every page would start empty)', () => {
    const record = passed(emptyProgress(), 'it/b');
    const { bridge, reports } = fakeBridge(record);
    const replaceProgress = vi.fn();
    syncWithLms(bridge, { $progress: atom(emptyProgress()), $storageStatus: atom('memory'), replaceProgress });
    expect(replaceProgress).toHaveBeenCalledWith(record);
    expect(reports).toEqual([]);
  });
});
