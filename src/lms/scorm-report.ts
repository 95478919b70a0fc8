/**
 * What a package tells the LMS: the learner's result on its track, and the data model elements
 * that carry it in SCORM 1.2 and SCORM 2004.
 */
import type { Progress } from '../progress/progress-schema.ts';
import { bestAttempt } from './suspend-data.ts';

export type ScormVersion = '1.2' | '2004';
export const SCORM_VERSIONS: readonly ScormVersion[] = ['1.2', '2004'];

/** The data model elements the launch page reads or writes besides the result, per version. */
export const CMI_ELEMENTS: Record<ScormVersion, { entry: string; exit: string; suspendData: string }> = {
  '1.2': { entry: 'cmi.core.entry', exit: 'cmi.core.exit', suspendData: 'cmi.suspend_data' },
  '2004': { entry: 'cmi.entry', exit: 'cmi.exit', suspendData: 'cmi.suspend_data' },
};

/**
 * The status elements, each with its values from lowest to highest. A report never moves an
 * element below what the LMS holds: a learner who passed stays passed, whatever the browser's
 * record says (another browser, a reset, a lost record).
 */
export const STATUS_ORDER: Record<ScormVersion, Readonly<Record<string, readonly string[]>>> = {
  '1.2': { 'cmi.core.lesson_status': ['not attempted', 'browsed', 'incomplete', 'failed', 'completed', 'passed'] },
  '2004': { 'cmi.completion_status': ['unknown', 'not attempted', 'incomplete', 'completed'], 'cmi.success_status': ['unknown', 'failed', 'passed'] },
};

/** Whether setting `element` to `value` would lower the status the LMS holds (`held`); false for other elements. */
export function lowersStatus(version: ScormVersion, element: string, value: string, held: string | undefined): boolean {
  const order = STATUS_ORDER[version][element];
  return order !== undefined && held !== undefined && order.indexOf(value) < order.indexOf(held);
}

/** The learner's standing on the package's track. */
export interface TrackResult {
  /** Every module's quiz was finished at least once. */
  completed: boolean;
  /** passed: every module's quiz passed · failed: all finished, not all passed · unknown: not finished yet. */
  success: 'passed' | 'failed' | 'unknown';
  /** Mean of the best quiz score of every module (a quiz not taken counts 0), 0–1; undefined before any quiz. */
  score?: number;
}

/** The learner's result on a track of these modules. */
export function trackResult(progress: Progress, moduleIds: readonly string[]): TrackResult {
  const best = moduleIds.map((id) => bestAttempt(progress.quizzes[id]?.attempts ?? []));
  const passed = moduleIds.length > 0 && moduleIds.every((id, i) => progress.modules[id]?.completed !== undefined || best[i]?.passed === true);
  const completed = moduleIds.length > 0 && best.every((attempt) => attempt !== undefined);
  const anyScore = best.some((attempt) => attempt !== undefined);
  const score = anyScore ? best.reduce((sum, attempt) => sum + (attempt?.score ?? 0), 0) / moduleIds.length : undefined;
  return { completed: completed || passed, success: passed ? 'passed' : completed ? 'failed' : 'unknown', ...(score === undefined ? {} : { score }) };
}

/**
 * The data model elements to set for a result, in the order to set them. The exit state stays
 * `suspend` until the track is passed, so the LMS keeps the attempt open (and resumable) while the
 * learner can still retake quizzes; a failed quiz is never final here.
 */
export function cmiValues(version: ScormVersion, result: TrackResult, suspendData: string): [string, string][] {
  const raw = result.score === undefined ? undefined : String(Math.round(result.score * 100));
  const done = result.success === 'passed';
  if (version === '1.2') {
    const status = done ? 'passed' : result.success === 'failed' ? 'failed' : 'incomplete';
    return [
      ['cmi.suspend_data', suspendData],
      ...(raw === undefined ? [] : ([['cmi.core.score.min', '0'], ['cmi.core.score.max', '100'], ['cmi.core.score.raw', raw]] as [string, string][])),
      ['cmi.core.lesson_status', status],
      ['cmi.core.exit', done ? '' : 'suspend'],
    ];
  }
  return [
    ['cmi.suspend_data', suspendData],
    ...(raw === undefined
      ? []
      : ([['cmi.score.min', '0'], ['cmi.score.max', '100'], ['cmi.score.raw', raw], ['cmi.score.scaled', String(Number(raw) / 100)]] as [string, string][])),
    ['cmi.completion_status', result.completed ? 'completed' : 'incomplete'],
    ['cmi.success_status', result.success],
    ['cmi.exit', done ? 'normal' : 'suspend'],
  ];
}
