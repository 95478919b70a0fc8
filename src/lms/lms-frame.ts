/**
 * What a course page needs to know about the LMS around it, and nothing more, so islands can ask
 * cheaply: the package's launch page (SCORM: lms-bridge.ts, cmi5: cmi5-launch.ts) puts a bridge at
 * `window[BRIDGE_KEY]`, and the course page, in its frame, finds it on `window.parent`. Outside a
 * package, or opened without an LMS, there is none.
 */
import type { Progress } from '../progress/progress-schema.ts';
import type { FrameLike } from './scorm-api.ts';
import type { FinalCheckReport } from './xapi-statements.ts';

/** Where the launch page puts the bridge for its course frame. */
export const BRIDGE_KEY = 'socialLiteracyAcademyLms';

export interface LmsBridge {
  /**
   * The learner's progress as the LMS knows it (a copy); undefined when the LMS holds data this
   * course cannot read, so the browser keeps what it has.
   */
  record(): Progress | undefined;
  /** Saves the learner's progress to the LMS. */
  report(progress: Progress): void;
  /** The learner as the LMS names them, when it does (SCORM's learner name, cmi5's actor name). */
  readonly learnerName?: string;
}

/** The bridge object on the launch page around this course page, or undefined. */
function bridgeAround(win: FrameLike): Partial<LmsBridge & { reportFinalCheck: unknown }> | undefined {
  try {
    const parent = win.parent;
    if (!parent || parent === win) return undefined;
    const bridge = parent[BRIDGE_KEY];
    return typeof bridge === 'object' && bridge !== null ? (bridge as Partial<LmsBridge>) : undefined;
  } catch {
    // A parent of another origin: not our launch page.
    return undefined;
  }
}

/** The bridge of the launch page around this course page, if the page runs inside one. */
export function findLmsBridge(win: FrameLike): LmsBridge | undefined {
  const bridge = bridgeAround(win);
  return bridge && typeof bridge.report === 'function' && typeof bridge.record === 'function' ? (bridge as LmsBridge) : undefined;
}

/** The learner's name as the LMS gives it, when this page runs inside an LMS that gives one. */
export function lmsLearnerName(win: FrameLike): string | undefined {
  const name = findLmsBridge(win)?.learnerName;
  return typeof name === 'string' && name.trim() ? name.trim() : undefined;
}

/** The bridge around a course page of a cmi5 package, if it takes final-check reports (the final check island calls it). */
export function findFinalCheckReporter(win: FrameLike): ((report: FinalCheckReport) => void) | undefined {
  const bridge = bridgeAround(win) as { reportFinalCheck?: (report: FinalCheckReport) => void } | undefined;
  return bridge && typeof bridge.reportFinalCheck === 'function' ? (report) => bridge.reportFinalCheck!(report) : undefined;
}
