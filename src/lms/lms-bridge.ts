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
import { createScormSession, findScormApi, type FrameLike } from './scorm-api.ts';
import { cmiValues, trackResult, type ScormVersion } from './scorm-report.ts';
import { decodeSuspendData, encodeSuspendData } from './suspend-data.ts';

/** Where the launch page puts the bridge for its course frame. */
export const BRIDGE_KEY = 'socialLiteracyAcademyLms';

export interface LmsBridge {
  /** The learner's progress as the LMS knows it (a copy). */
  record(): Progress;
  /** Saves the learner's progress to the LMS (status, score, suspend data) and commits. */
  report(progress: Progress): void;
}

export interface LaunchWindow extends FrameLike {
  addEventListener(type: 'pagehide', listener: () => void): void;
}

const warn = (message: string) => console.warn(`[lms] ${message}`);

/**
 * Starts the LMS session of a launch: finds the API, initializes it, reads the LMS's record of the
 * learner and writes the starting status. Undefined when there is no LMS (or it refuses to start).
 * The session ends on `pagehide` of the launch page, that is when the LMS closes the course.
 */
export function connectToLms(win: LaunchWindow, version: ScormVersion, moduleIds: readonly string[]): LmsBridge | undefined {
  const api = findScormApi(win, version);
  if (!api) return undefined;
  const session = createScormSession(api, version);
  if (!session.initialize()) {
    warn(`the LMS did not start a SCORM ${version} session; progress is kept in this browser only`);
    return undefined;
  }
  // The LMS's record is the truth: a first launch (no suspend data) starts from nothing.
  let record = decodeSuspendData(session.getValue('cmi.suspend_data')) ?? emptyProgress();
  const written = new Map<string, string>();
  let finished = false;

  const write = (progress: Progress) => {
    let changed = false;
    for (const [element, value] of cmiValues(version, trackResult(progress, moduleIds), encodeSuspendData(progress))) {
      if (written.get(element) === value) continue;
      if (session.setValue(element, value)) written.set(element, value);
      else warn(`the LMS refused ${element}`);
      changed = true;
    }
    if (changed && !session.commit()) warn('the LMS did not commit');
  };

  write(record);
  win.addEventListener('pagehide', () => {
    if (finished) return;
    finished = true;
    session.terminate();
  });

  return {
    record: () => structuredClone(record),
    report(progress) {
      if (finished) return;
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
  replaceProgress(progress: Progress): void;
}

/**
 * Keeps the LMS up to date with a course page's progress. The launch page put the LMS's record
 * into browser storage before the first page loaded, so a page reports what it holds; only when
 * storage is unusable (each page then starts empty) does the page take the record from the bridge.
 */
export function syncWithLms(bridge: LmsBridge, store: SyncedStore): () => void {
  if (store.$storageStatus.get() === 'memory') store.replaceProgress(bridge.record());
  else bridge.report(store.$progress.get());
  return store.$progress.listen((progress) => bridge.report(progress));
}
