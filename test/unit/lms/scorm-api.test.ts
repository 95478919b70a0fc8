import { describe, expect, it } from 'vitest';
import { createScormSession, describeScormError, findScormApi, MAX_FRAME_DEPTH, type FrameLike } from '../../../src/lms/scorm-api.ts';
import { fakeApi } from './fake-lms.ts';

/** A chain of windows, innermost first; the last is the top (its parent is itself). */
function frames(depth: number, extra: Record<number, Record<string, unknown>> = {}): FrameLike[] {
  const chain: FrameLike[] = Array.from({ length: depth + 1 }, (_, i) => ({ ...extra[i] }));
  chain.forEach((frame, i) => (frame.parent = chain[i + 1] ?? frame));
  return chain;
}

describe('findScormApi', () => {
  it('finds API (1.2) and API_1484_11 (2004) in a parent frame', () => {
    const api12 = fakeApi('1.2').api;
    const api2004 = fakeApi('2004').api;
    const chain = frames(3, { 2: { API: api12, API_1484_11: api2004 } });
    expect(findScormApi(chain[0]!, '1.2')).toBe(api12);
    expect(findScormApi(chain[0]!, '2004')).toBe(api2004);
  });

  it('looks in the opener and its parents when the course runs in a pop-up', () => {
    const api = fakeApi('2004').api;
    const lms = frames(2, { 1: { API_1484_11: api } });
    const popup = frames(1);
    popup[0]!.opener = lms[0];
    expect(findScormApi(popup[0]!, '2004')).toBe(api);
  });

  it('gives up beyond the depth limit, and ignores objects that are not an API', () => {
    const api = fakeApi('1.2').api;
    expect(findScormApi(frames(MAX_FRAME_DEPTH + 2, { [MAX_FRAME_DEPTH + 2]: { API: api } })[0]!, '1.2')).toBeUndefined();
    expect(findScormApi(frames(MAX_FRAME_DEPTH, { [MAX_FRAME_DEPTH]: { API: api } })[0]!, '1.2')).toBe(api);
    expect(findScormApi(frames(1, { 1: { API: { version: 'not an api' } } })[0]!, '1.2')).toBeUndefined();
  });

  it('finds nothing, without throwing, outside an LMS or behind a frame of another origin', () => {
    expect(findScormApi(frames(0)[0]!, '1.2')).toBeUndefined();
    const foreign = new Proxy({}, { get: () => { throw new DOMException('Blocked a frame', 'SecurityError'); } });
    expect(findScormApi({ parent: foreign as FrameLike, opener: foreign as FrameLike }, '2004')).toBeUndefined();
  });
});

describe('createScormSession', () => {
  it.each(['1.2', '2004'] as const)('SCORM %s: maps calls to the version’s methods and reads "true" as success', (version) => {
    const lms = fakeApi(version, { 'cmi.suspend_data': 'saved' });
    const session = createScormSession(lms.api, version);
    expect(session.initialize()).toBe(true);
    expect(session.getValue('cmi.suspend_data')).toBe('saved');
    expect(session.setValue('cmi.suspend_data', 'new')).toBe(true);
    expect(session.commit()).toBe(true);
    expect(session.terminate()).toBe(true);
    expect(session.setValue('cmi.suspend_data', 'late')).toBe(false);
    expect(lms.values.get('cmi.suspend_data')).toBe('new');
  });

  it.each(['1.2', '2004'] as const)('SCORM %s: asks GetLastError why a call failed, and says so', (version) => {
    const lms = fakeApi(version, { 'cmi.suspend_data': 'saved' }, { failSet: { 'cmi.core.exit': '405', 'cmi.exit': '405' }, failGet: { 'cmi.entry': '301', 'cmi.core.entry': '301' } });
    const session = createScormSession(lms.api, version);
    expect(session.initialize()).toBe(true);
    expect(session.lastError()).toBeUndefined();
    const exit = version === '1.2' ? 'cmi.core.exit' : 'cmi.exit';
    expect(session.setValue(exit, 'later')).toBe(false);
    expect(session.lastError()).toEqual({ code: '405', message: 'Incorrect Data Type' });
    // A value read as '' is an error only when the LMS says so.
    expect(session.getValue(version === '1.2' ? 'cmi.core.entry' : 'cmi.entry')).toBe('');
    expect(session.lastError()).toEqual({ code: '301', message: 'Not initialized' });
    expect(session.getValue('cmi.suspend_data')).toBe('saved');
    expect(session.lastError()).toBeUndefined();
    expect(session.getValue('cmi.comments')).toBe('');
    expect(session.lastError()).toBeUndefined();
    expect(describeScormError(undefined)).toBe('');
    expect(describeScormError({ code: '405', message: 'Incorrect Data Type' })).toBe(' (LMS error 405: Incorrect Data Type)');
  });

  it('SCORM 2004: reads a value never set (error 403) as empty, not as a failure', () => {
    const lms = fakeApi('2004', {}, { failGet: { 'cmi.suspend_data': '403', 'cmi.location': '301' } });
    const session = createScormSession(lms.api, '2004');
    session.initialize();
    expect(session.getValue('cmi.suspend_data')).toBe('');
    expect(session.lastError()).toBeUndefined();
    expect(session.getValue('cmi.location')).toBe('');
    expect(session.lastError()?.code).toBe('301');
  });

  it('reports a failure even from an LMS that cannot say why', () => {
    const session = createScormSession({ LMSInitialize: () => 'false' } as never, '1.2');
    expect(session.initialize()).toBe(false);
    expect(session.lastError()).toEqual({ code: '', message: 'the LMS did not say why' });
  });

  it('turns a throwing API into failures', () => {
    const broken = { LMSInitialize: () => { throw new Error('boom'); }, LMSGetValue: () => { throw new Error('boom'); } };
    const session = createScormSession(broken as never, '1.2');
    expect(session.initialize()).toBe(false);
    expect(session.getValue('cmi.suspend_data')).toBe('');
    expect(session.lastError()).toEqual({ code: '', message: 'the LMS did not answer' });
    expect(session.commit()).toBe(false);
  });
});
