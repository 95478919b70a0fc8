import type { Scorm12Api, Scorm2004Api } from '../../../src/lms/scorm-api.ts';

export interface FakeLmsOptions {
  refuseInitialize?: boolean;
  /** Elements whose GetValue fails, with the error code the LMS then reports. */
  failGet?: Record<string, string>;
  /** Elements whose SetValue fails, with the error code the LMS then reports. */
  failSet?: Record<string, string>;
}

/** The few SCORM error codes the fake reports, as GetErrorString would word them. */
const ERROR_TEXT: Record<string, string> = { '0': 'No error', '101': 'General exception', '201': 'Invalid argument error', '301': 'Not initialized', '351': 'General Set Failure', '404': 'Element is write only', '405': 'Incorrect Data Type' };

/** The collections whose `_count` the fake keeps, as an LMS does. */
const COLLECTION = /^cmi\.(objectives|interactions)\.(\d+)\./;
const countOf = (values: Map<string, string>, collection: string) => new Set([...values.keys()].flatMap((key) => (COLLECTION.exec(key)?.[1] === collection ? [COLLECTION.exec(key)![2]] : []))).size;

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
    const counted = /^cmi\.(objectives|interactions)\._count$/.exec(element)?.[1];
    if (counted) return (lastError = '0'), String(countOf(values, counted));
    // SCORM 1.2's interactions are write-only.
    if (version === '1.2' && element.startsWith('cmi.interactions.')) return (lastError = '404'), '';
    const failure = options.failGet?.[element];
    lastError = failure ?? '0';
    return failure ? '' : (values.get(element) ?? '');
  };
  const set = (element: string, value: string) => {
    calls.push(`set ${element}=${value.length > 40 ? `${value.slice(0, 40)}…` : value}`);
    const at = COLLECTION.exec(element);
    // A new member only right after the last one; an objective's id never changes (SCORM 2004 RTE 4.2.17).
    const outOfOrder = at && Number(at[2]) > countOf(values, at[1]!);
    const idChanged = version === '2004' && at && element.endsWith('.id') && values.has(element) && values.get(element) !== value;
    const failure = state !== 'running' ? '301' : outOfOrder ? '201' : idChanged ? '351' : options.failSet?.[element];
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
