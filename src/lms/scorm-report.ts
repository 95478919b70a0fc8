/**
 * What a package tells the LMS about the track as a whole, in SCORM 1.2 and SCORM 2004 4th
 * Edition: status, score, exit state and session time, and the rule that no report lowers what the
 * LMS holds. (The result itself: track-result.ts; objectives and interactions: scorm-records.ts.)
 */
import type { TrackResult } from './track-result.ts';
import { isoDuration } from './xapi-statements.ts';

export type ScormVersion = '1.2' | '2004';
export const SCORM_VERSIONS: readonly ScormVersion[] = ['1.2', '2004'];

/** The data model elements the launch page reads or writes besides the result, per version. */
export const CMI_ELEMENTS: Record<
  ScormVersion,
  { entry: string; mode: string; credit: string; exit: string; suspendData: string; sessionTime: string; learnerId: string; learnerName: string; scoreRaw: string }
> = {
  '1.2': {
    entry: 'cmi.core.entry',
    mode: 'cmi.core.lesson_mode',
    credit: 'cmi.core.credit',
    exit: 'cmi.core.exit',
    suspendData: 'cmi.suspend_data',
    sessionTime: 'cmi.core.session_time',
    learnerId: 'cmi.core.student_id',
    learnerName: 'cmi.core.student_name',
    scoreRaw: 'cmi.core.score.raw',
  },
  '2004': {
    entry: 'cmi.entry',
    mode: 'cmi.mode',
    credit: 'cmi.credit',
    exit: 'cmi.exit',
    suspendData: 'cmi.suspend_data',
    sessionTime: 'cmi.session_time',
    learnerId: 'cmi.learner_id',
    learnerName: 'cmi.learner_name',
    scoreRaw: 'cmi.score.raw',
  },
};

/**
 * The status elements, each with its values from lowest to highest. A report never moves an
 * element below what the LMS holds: a learner who passed stays passed, whatever the browser's
 * record says (another browser, a reset, a lost record). Objectives' statuses follow the same order.
 */
export const STATUS_ORDER: Record<ScormVersion, Readonly<Record<string, readonly string[]>>> = {
  '1.2': { 'cmi.core.lesson_status': ['not attempted', 'browsed', 'incomplete', 'failed', 'completed', 'passed'] },
  '2004': { 'cmi.completion_status': ['unknown', 'not attempted', 'incomplete', 'completed'], 'cmi.success_status': ['unknown', 'failed', 'passed'] },
};

/** The order of a status element, an objective's included (`cmi.objectives.3.status` follows `cmi.core.lesson_status`). */
function orderOf(version: ScormVersion, element: string): readonly string[] | undefined {
  const objective = /^cmi\.objectives\.\d+\.(status|completion_status|success_status)$/.exec(element)?.[1];
  if (!objective) return STATUS_ORDER[version][element];
  return STATUS_ORDER[version][objective === 'status' ? 'cmi.core.lesson_status' : `cmi.${objective}`];
}

/** Whether setting `element` to `value` would lower the status the LMS holds (`held`); false for other elements. */
export function lowersStatus(version: ScormVersion, element: string, value: string, held: string | undefined): boolean {
  const order = orderOf(version, element);
  return order !== undefined && held !== undefined && order.indexOf(value) < order.indexOf(held);
}

/** Whether an element is one whose held value a report must not lower: a status, or a score's raw value. */
export const isGuarded = (version: ScormVersion, element: string) => orderOf(version, element) !== undefined || element.endsWith('.score.raw');

/**
 * The values to set, without any that would lower what the LMS holds: a lower status is left out,
 * and so is a whole score (raw, min, max, scaled) whose raw value is below the one held, since the
 * score is the best the learner reached (a record lost in another browser must not lower it).
 */
export function keepRaising(version: ScormVersion, values: [string, string][], held: ReadonlyMap<string, string>): [string, string][] {
  const lowered = new Set<string>();
  for (const [element, value] of values) {
    const before = held.get(element);
    if (element.endsWith('.score.raw') && before !== undefined && before !== '' && Number(value) < Number(before)) lowered.add(element.slice(0, -'.raw'.length));
  }
  return values.filter(([element, value]) => !lowersStatus(version, element, value, held.get(element)) && !lowered.has(element.slice(0, element.lastIndexOf('.'))));
}

/**
 * A share 0–1 as whole points 0–100, rounded down: a score below the pass mark never shows as the
 * pass mark (79.9 stays 79), and a share that reaches it does (the small epsilon absorbs
 * floating-point error, such as 0.57 × 100 = 56.99999999999999).
 */
export const scorePoints = (share: number) => Math.max(0, Math.min(100, Math.floor(share * 100 + 1e-9)));

/** A score's elements at `prefix` (`cmi.core.score`, `cmi.score`, `cmi.objectives.2.score`), in the order to set them. */
export function scoreValues(version: ScormVersion, prefix: string, share: number | undefined): [string, string][] {
  if (share === undefined) return [];
  const points = scorePoints(share);
  const values: [string, string][] = [[`${prefix}.min`, '0'], [`${prefix}.max`, '100'], [`${prefix}.raw`, String(points)]];
  return version === '1.2' ? values : [...values, [`${prefix}.scaled`, String(points / 100)]];
}

/** How a package reports. */
export interface ReportOptions {
  /**
   * SCORM 1.2's one status for a passed track: `passed` (the default), or `completed` for an LMS
   * that counts only "completed" as done (`npm run package:scorm -- --scorm12-status completed`).
   */
  doneStatus?: 'passed' | 'completed';
}

/**
 * The data model elements to set for a result, in the order to set them. The exit state is always
 * `suspend`, also once the track is passed: an LMS keeps an attempt's data only when the SCO
 * suspends (SCORM 2004 RTE 4.2.8), and Moodle, after `normal`, reopens a passed 2004 attempt
 * without its suspend data. A failed quiz or check is never final here: learners may retake it.
 */
export function cmiValues(version: ScormVersion, result: TrackResult, suspendData: string, options: ReportOptions = {}): [string, string][] {
  if (version === '1.2') {
    const status = result.success === 'passed' ? (options.doneStatus ?? 'passed') : result.success === 'failed' ? 'failed' : 'incomplete';
    return [['cmi.suspend_data', suspendData], ...scoreValues(version, 'cmi.core.score', result.score), ['cmi.core.lesson_status', status], ['cmi.core.exit', 'suspend']];
  }
  return [
    ['cmi.suspend_data', suspendData],
    ...scoreValues(version, 'cmi.score', result.score),
    ['cmi.completion_status', result.completed ? 'completed' : 'incomplete'],
    ['cmi.success_status', result.success],
    ['cmi.exit', 'suspend'],
  ];
}

/**
 * The time of one session in the version's format: SCORM 1.2's CMITimespan `HHHH:MM:SS.SS` (two to
 * four digits of hours), SCORM 2004's ISO 8601 duration to hundredths (`PT1H2M3.45S`).
 */
export function sessionTime(version: ScormVersion, milliseconds: number): string {
  if (version === '2004') return isoDuration(milliseconds);
  const hundredths = Math.min(Math.max(0, Math.round(milliseconds / 10)), 9999 * 360_000 + 359_999);
  const two = (n: number) => String(n).padStart(2, '0');
  const hours = Math.floor(hundredths / 360_000);
  const minutes = Math.floor((hundredths % 360_000) / 6000);
  const seconds = Math.floor((hundredths % 6000) / 100);
  return `${two(hours)}:${two(minutes)}:${two(seconds)}.${two(hundredths % 100)}`;
}
