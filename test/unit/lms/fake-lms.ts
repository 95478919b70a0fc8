import type { Scorm12Api, Scorm2004Api } from '../../../src/lms/scorm-api.ts';

/** An LMS API that records every call, in either version's method names. */
export function fakeApi(version: '1.2' | '2004', initial: Record<string, string> = {}, options: { refuseInitialize?: boolean } = {}) {
  const values = new Map(Object.entries(initial));
  const calls: string[] = [];
  let state: 'new' | 'running' | 'done' = 'new';
  const initialize = () => {
    calls.push('initialize');
    if (options.refuseInitialize || state !== 'new') return 'false';
    state = 'running';
    return 'true';
  };
  const terminate = () => {
    calls.push('terminate');
    if (state !== 'running') return 'false';
    state = 'done';
    return 'true';
  };
  const get = (element: string) => values.get(element) ?? '';
  const set = (element: string, value: string) => {
    calls.push(`set ${element}=${value.length > 40 ? `${value.slice(0, 40)}…` : value}`);
    if (state !== 'running') return 'false';
    values.set(element, value);
    return 'true';
  };
  const commit = () => {
    calls.push('commit');
    return state === 'running' ? 'true' : 'false';
  };
  const api: Scorm12Api | Scorm2004Api =
    version === '1.2'
      ? { LMSInitialize: initialize, LMSFinish: terminate, LMSGetValue: get, LMSSetValue: set, LMSCommit: commit }
      : { Initialize: initialize, Terminate: terminate, GetValue: get, SetValue: set, Commit: commit };
  return { api, values, calls, state: () => state };
}
