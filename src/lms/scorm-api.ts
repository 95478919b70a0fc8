/**
 * Finding the LMS's SCORM API and talking to it. The API is a plain object the LMS puts on one of
 * the windows above the course: `API` (SCORM 1.2) or `API_1484_11` (SCORM 2004). LMS APIs are
 * other people's code: every call is guarded, and a throwing or missing method counts as failure.
 */
import type { ScormVersion } from './scorm-report.ts';

/** The SCORM 1.2 run-time API (the parts the course uses). */
export interface Scorm12Api {
  LMSInitialize(parameter: ''): string;
  LMSFinish(parameter: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(parameter: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
}

/** The SCORM 2004 run-time API (the parts the course uses). */
export interface Scorm2004Api {
  Initialize(parameter: ''): string;
  Terminate(parameter: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(parameter: ''): string;
  GetLastError(): string;
  GetErrorString(code: string): string;
}

/** The window properties the search looks at; `Window` fits, tests pass plain objects. */
export interface FrameLike {
  parent?: FrameLike | null;
  opener?: FrameLike | null;
  [name: string]: unknown;
}

export const API_NAMES: Record<ScormVersion, 'API' | 'API_1484_11'> = { '1.2': 'API', '2004': 'API_1484_11' };

/** How many parent frames up the search goes (ADL's own search gives up after 500; real LMS nest a few). */
export const MAX_FRAME_DEPTH = 10;

/** The frame's property, or undefined when the frame belongs to another origin (access throws). */
function read(frame: FrameLike, name: string): unknown {
  try {
    return frame[name];
  } catch {
    return undefined;
  }
}

/** Looks for the API in `start` and its parents, up to `maxDepth` levels. */
function searchParents(start: FrameLike, name: string, maxDepth: number): unknown {
  let frame: FrameLike | undefined | null = start;
  for (let depth = 0; frame && depth <= maxDepth; depth++) {
    const api = read(frame, name);
    if (api !== undefined && api !== null) return api;
    const parent = read(frame, 'parent') as FrameLike | undefined | null;
    if (!parent || parent === frame) return undefined;
    frame = parent;
  }
  return undefined;
}

/**
 * The standard search (ADL's `GetAPI`): the window and its parents, then the window that opened
 * it (an LMS that launches courses in a pop-up) and its parents. Undefined outside an LMS.
 */
export function findScormApi(win: FrameLike, version: ScormVersion, maxDepth = MAX_FRAME_DEPTH): Scorm12Api | Scorm2004Api | undefined {
  const name = API_NAMES[version];
  const looksRight = (api: unknown) => typeof api === 'object' && api !== null && typeof (api as Record<string, unknown>)[version === '1.2' ? 'LMSInitialize' : 'Initialize'] === 'function';
  const here = searchParents(win, name, maxDepth);
  if (looksRight(here)) return here as Scorm12Api | Scorm2004Api;
  const opener = read(win, 'opener') as FrameLike | undefined | null;
  const there = opener ? searchParents(opener, name, maxDepth) : undefined;
  return looksRight(there) ? (there as Scorm12Api | Scorm2004Api) : undefined;
}

/** Why the LMS refused a call: its error code (`GetLastError`) and text (`GetErrorString`). */
export interface ScormError {
  /** The CMIErrorCode, e.g. '405'; '' when the LMS could not say. */
  code: string;
  message: string;
}

/** An error for a warning: ` (LMS error 405: Incorrect Data Type)`, or '' for none. */
export const describeScormError = (error: ScormError | undefined): string => (error ? ` (LMS error ${error.code || '?'}: ${error.message})` : '');

/** One SCORM version's calls behind one shape; `'true'` is success in both versions. */
export interface ScormSession {
  readonly version: ScormVersion;
  initialize(): boolean;
  /** The element's value ('' if never set); '' also when reading failed, which `lastError()` then tells. */
  getValue(element: string): string;
  setValue(element: string, value: string): boolean;
  commit(): boolean;
  terminate(): boolean;
  /** Why the latest call failed, asked of the LMS right after it; undefined when it succeeded. */
  lastError(): ScormError | undefined;
}

const METHODS = {
  '1.2': { initialize: 'LMSInitialize', terminate: 'LMSFinish', get: 'LMSGetValue', set: 'LMSSetValue', commit: 'LMSCommit', lastError: 'LMSGetLastError', errorString: 'LMSGetErrorString' },
  '2004': { initialize: 'Initialize', terminate: 'Terminate', get: 'GetValue', set: 'SetValue', commit: 'Commit', lastError: 'GetLastError', errorString: 'GetErrorString' },
} as const;

/** SCORM 2004's error for reading an element that was never set. */
const VALUE_NOT_INITIALIZED = '403';

export function createScormSession(api: Scorm12Api | Scorm2004Api, version: ScormVersion): ScormSession {
  const names = METHODS[version];
  /** The method's result as text, or undefined when it is missing or throws. */
  const invoke = (method: string, ...args: string[]): string | undefined => {
    try {
      const fn = (api as unknown as Record<string, (...a: string[]) => unknown>)[method];
      return typeof fn === 'function' ? String(fn.apply(api, args) ?? '') : undefined;
    } catch {
      return undefined;
    }
  };
  let latest: ScormError | undefined;
  /** What the LMS says about the call just made: undefined for no error (code 0). */
  const askWhy = (): ScormError | undefined => {
    const code = invoke(names.lastError)?.trim();
    if (code === '0') return undefined;
    if (!code) return { code: '', message: 'the LMS did not say why' };
    return { code, message: invoke(names.errorString, code)?.trim() || 'no description' };
  };
  /** Calls a method that answers 'true' or 'false'. */
  const act = (method: string, ...args: string[]): boolean => {
    const ok = invoke(method, ...args) === 'true';
    latest = ok ? undefined : (askWhy() ?? { code: '', message: 'the LMS did not say why' });
    return ok;
  };
  return {
    version,
    initialize: () => act(names.initialize, ''),
    getValue: (element) => {
      const value = invoke(names.get, element);
      // GetValue answers '' both for an empty value and on error: only GetLastError tells them apart.
      const error = value === undefined ? { code: '', message: 'the LMS did not answer' } : value === '' ? askWhy() : undefined;
      // SCORM 2004's 403 "Data Model Element Value Not Initialized": nothing was ever set, which is empty.
      latest = version === '2004' && error?.code === VALUE_NOT_INITIALIZED ? undefined : error;
      return value ?? '';
    },
    setValue: (element, value) => act(names.set, element, value),
    commit: () => act(names.commit, ''),
    terminate: () => act(names.terminate, ''),
    lastError: () => latest,
  };
}
