/**
 * The course inside an LMS. A SCORM package launches `scorm-launch/index.html`, a thin page that
 * holds the one LMS session of the launch (Initialize once, Terminate when the LMS closes it) and
 * shows the course pages in a frame. Course pages come and go as the learner moves around; each
 * reports its progress to the launch page through the bridge, which turns it into SCORM data.
 *
 *   LMS window (API / API_1484_11)
 *     └ launch page: connectToLms() → window[BRIDGE_KEY]
 *         └ course page: findLmsBridge(window) → syncWithLms(bridge, progress store)
 *
 * Outside an LMS no API is found and nothing happens.
 */
import { emptyProgress, type Progress } from '../progress/progress-schema.ts';
import { createScormSession, describeScormError, findScormApi, type FrameLike, type ScormSession } from './scorm-api.ts';
import { CMI_ELEMENTS, STATUS_ORDER, cmiValues, lowersStatus, trackResult, type ScormVersion } from './scorm-report.ts';
import { decodeSuspendData, encodeSuspendData } from './suspend-data.ts';

/** Where the launch page puts the bridge for its course frame. */
export const BRIDGE_KEY = 'socialLiteracyAcademyLms';

export interface LmsBridge {
  /**
   * The learner's progress as the LMS knows it (a copy); undefined when the LMS holds suspend
   * data this course cannot read, so the browser keeps what it has.
   */
  record(): Progress | undefined;
  /** Saves the learner's progress to the LMS (status, score, suspend data) and commits. */
  report(progress: Progress): void;
}

/**
 * What the LMS handed over at launch:
 * - first: a new attempt (`cmi.entry` is `ab-initio` or empty) with no suspend data;
 * - resume: suspend data this course wrote;
 * - resume-empty: the LMS resumes the attempt (`cmi.entry` = `resume`) but holds no suspend data;
 * - unreadable: suspend data this course cannot read (another course, a newer package, a failed
 *   read), kept as it is: the launch writes nothing to the LMS.
 */
export type Launch =
  | { kind: 'first' }
  | { kind: 'resume'; record: Progress }
  | { kind: 'resume-empty' }
  | { kind: 'unreadable'; text: string; reason: string };

/** The bridge the launch page holds, with what the LMS handed over. */
export interface LaunchBridge extends LmsBridge {
  readonly launch: Launch;
}

export interface LaunchWindow extends FrameLike {
  addEventListener(type: 'pagehide', listener: () => void): void;
}

const warn = (message: string) => console.warn(`[lms] ${message}`);

/** Reads what the LMS holds for the learner at launch (`cmi.entry` and `cmi.suspend_data`). */
export function readLaunch(session: ScormSession): Launch {
  const elements = CMI_ELEMENTS[session.version];
  const entry = session.getValue(elements.entry);
  const text = session.getValue(elements.suspendData);
  const readError = session.lastError();
  if (readError) return { kind: 'unreadable', text, reason: `could not be read${describeScormError(readError)}` };
  if (!text.trim()) return entry === 'resume' ? { kind: 'resume-empty' } : { kind: 'first' };
  const decoded = decodeSuspendData(text);
  return decoded.ok ? { kind: 'resume', record: decoded.progress } : { kind: 'unreadable', text, reason: decoded.reason };
}

/**
 * Starts the LMS session of a launch: finds the API, initializes it, reads the LMS's record of the
 * learner and writes the starting status. Undefined when there is no LMS (or it refuses to start).
 * Suspend data the course cannot read is never overwritten (see `Launch`), and no status the LMS
 * holds is ever lowered. The session ends on `pagehide` of the launch page, that is when the LMS
 * closes the course.
 */
export function connectToLms(win: LaunchWindow, version: ScormVersion, moduleIds: readonly string[]): LaunchBridge | undefined {
  const api = findScormApi(win, version);
  if (!api) return undefined;
  const session = createScormSession(api, version);
  if (!session.initialize()) {
    warn(`the LMS did not start a SCORM ${version} session${describeScormError(session.lastError())}; progress is kept in this browser only`);
    return undefined;
  }
  const launch = readLaunch(session);
  if (launch.kind === 'unreadable') {
    warn(`the LMS's suspend data ${launch.reason}. It is kept as it is: this launch writes nothing to the LMS, and progress is kept in this browser only`);
  } else if (launch.kind === 'resume-empty') {
    warn('the LMS resumed the course without suspend data; starting from nothing (statuses the LMS holds are kept)');
  }
  const readOnly = launch.kind === 'unreadable';
  // The LMS's record is the truth: a first launch starts from nothing.
  let record = launch.kind === 'resume' ? launch.record : emptyProgress();
  // The statuses the LMS holds: a report may raise them, never lower them.
  const held = new Map(Object.keys(STATUS_ORDER[version]).map((element) => [element, session.getValue(element)]));
  const written = new Map<string, string>();
  let finished = false;

  const write = (progress: Progress) => {
    let changed = false;
    for (const [element, value] of cmiValues(version, trackResult(progress, moduleIds), encodeSuspendData(progress))) {
      if (written.get(element) === value || lowersStatus(version, element, value, held.get(element))) continue;
      changed = true;
      if (!session.setValue(element, value)) {
        warn(`the LMS refused ${element}${describeScormError(session.lastError())}`);
        continue;
      }
      written.set(element, value);
      if (held.has(element)) held.set(element, value);
    }
    if (changed && !session.commit()) warn(`the LMS did not commit${describeScormError(session.lastError())}`);
  };

  if (!readOnly) write(record);
  win.addEventListener('pagehide', () => {
    if (finished) return;
    finished = true;
    // Keep the attempt open, so the LMS keeps the data this course could not read.
    if (readOnly && session.setValue(CMI_ELEMENTS[version].exit, 'suspend')) session.commit();
    session.terminate();
  });

  return {
    launch,
    record: () => (readOnly ? undefined : structuredClone(record)),
    report(progress) {
      if (finished || readOnly) return;
      record = structuredClone(progress);
      write(record);
    },
  };
}

/** The bridge of the launch page around this course page, if the page runs inside one. */
export function findLmsBridge(win: FrameLike): LmsBridge | undefined {
  try {
    const parent = win.parent;
    if (!parent || parent === win) return undefined;
    const bridge = parent[BRIDGE_KEY] as LmsBridge | undefined;
    return bridge && typeof bridge.report === 'function' && typeof bridge.record === 'function' ? bridge : undefined;
  } catch {
    // A parent of another origin: not our launch page.
    return undefined;
  }
}

/** The part of the progress store the bridge needs. */
export interface SyncedStore {
  $progress: { get(): Progress; listen(listener: (progress: Progress) => void): () => void };
  $storageStatus: { get(): string };
  replaceProgress(progress: Progress): unknown;
}

/**
 * Keeps the LMS up to date with a course page's progress. The launch page put the LMS's record
 * into browser storage before the first page loaded, so a page reports what it holds; only when
 * storage is unusable (each page then starts empty) does the page take the record from the bridge.
 */
export function syncWithLms(bridge: LmsBridge, store: SyncedStore): () => void {
  const record = store.$storageStatus.get() === 'memory' ? bridge.record() : undefined;
  if (record) store.replaceProgress(record);
  else bridge.report(store.$progress.get());
  return store.$progress.listen((progress) => bridge.report(progress));
}
