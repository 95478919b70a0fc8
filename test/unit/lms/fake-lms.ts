import type { Scorm12Api, Scorm2004Api } from '../../../src/lms/scorm-api.ts';

export interface FakeLmsOptions {
  refuseInitialize?: boolean;
  /** Elements whose GetValue fails, with the error code the LMS then reports. */
  failGet?: Record<string, string>;
  /** Elements whose SetValue fails, with the error code the LMS then reports. */
  failSet?: Record<string, string>;
}

/** The few SCORM error codes the fake reports, as GetErrorString would word them. */
const ERROR_TEXT: Record<string, string> = { '0': 'No error', '101': 'General exception', '301': 'Not initialized', '405': 'Incorrect Data Type' };

/** An LMS API that records every call that changes something, in either version's method names. */
export function fakeApi(version: '1.2' | '2004', initial: Record<string, string> = {}, options: FakeLmsOptions = {}) {
  const values = new Map(Object.entries(initial));
  const calls: string[] = [];
  let state: 'new' | 'running' | 'done' = 'new';
  let lastError = '0';
  const initialize = () => {
    calls.push('initialize');
    if (options.refuseInitialize || state !== 'new') return (lastError = '101'), 'false';
    state = 'running';
    lastError = '0';
    return 'true';
  };
  const terminate = () => {
    calls.push('terminate');
    if (state !== 'running') return (lastError = '301'), 'false';
    state = 'done';
    lastError = '0';
    return 'true';
  };
  const get = (element: string) => {
    const failure = options.failGet?.[element];
    lastError = failure ?? '0';
    return failure ? '' : (values.get(element) ?? '');
  };
  const set = (element: string, value: string) => {
    calls.push(`set ${element}=${value.length > 40 ? `${value.slice(0, 40)}…` : value}`);
    const failure = state !== 'running' ? '301' : options.failSet?.[element];
    lastError = failure ?? '0';
    if (failure) return 'false';
    values.set(element, value);
    return 'true';
  };
  const commit = () => {
    calls.push('commit');
    lastError = state === 'running' ? '0' : '301';
    return state === 'running' ? 'true' : 'false';
  };
  const getLastError = () => lastError;
  const getErrorString = (code: string) => ERROR_TEXT[code] ?? '';
  const api: Scorm12Api | Scorm2004Api =
    version === '1.2'
      ? { LMSInitialize: initialize, LMSFinish: terminate, LMSGetValue: get, LMSSetValue: set, LMSCommit: commit, LMSGetLastError: getLastError, LMSGetErrorString: getErrorString }
      : { Initialize: initialize, Terminate: terminate, GetValue: get, SetValue: set, Commit: commit, GetLastError: getLastError, GetErrorString: getErrorString };
  return { api, values, calls, state: () => state };
}
