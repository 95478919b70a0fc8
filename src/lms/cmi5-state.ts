/**
 * The course's own document in the LRS State API (per learner, AU and registration): the same
 * suspend data as SCORM (suspend-data.ts), the best final-check result, and what earlier sessions
 * reported, so `completed` and `passed` are sent once per registration.
 *
 * Merging never lowers anything: progress is merged as an import is (best attempts of both sides,
 * a module completed on either side stays completed), the better final check wins, and a verdict
 * once reported stays reported.
 */
import { mergeProgress } from '../progress/merge.ts';
import { emptyProgress, type Progress } from '../progress/progress-schema.ts';
import type { FinalCheckResult, RegistrationReport } from './cmi5-rules.ts';
import { decodeSuspendData, encodeSuspendData } from './suspend-data.ts';

/** The State API `stateId` of the course's document. */
export const STATE_ID = 'social-literacy-academy.progress';

export interface CourseState {
  progress: Progress;
  finalCheck?: FinalCheckResult;
  reported: RegistrationReport;
  /**
   * Why the stored document could not be read (another layout version, suspend data of a newer
   * package): the session then keeps it untouched and sends no verdict, since it cannot tell what
   * was already reported.
   */
  unreadable?: string;
}

/** The document as stored: `v` is the version of this layout. */
interface StoredState {
  v: 1;
  suspendData: string;
  finalCheck?: FinalCheckResult;
  reported: RegistrationReport;
}

export const emptyCourseState = (): CourseState => ({ progress: emptyProgress(), reported: {} });

export function encodeCourseState(state: CourseState): StoredState {
  return { v: 1, suspendData: encodeSuspendData(state.progress), ...(state.finalCheck ? { finalCheck: state.finalCheck } : {}), reported: state.reported };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function readFinalCheck(value: unknown): FinalCheckResult | undefined {
  if (!isObject(value)) return undefined;
  const { correct, total, passed, date } = value;
  if (!Number.isInteger(correct) || !Number.isInteger(total) || (total as number) <= 0 || (correct as number) < 0 || (correct as number) > (total as number)) return undefined;
  if (typeof passed !== 'boolean' || typeof date !== 'string' || Number.isNaN(Date.parse(date))) return undefined;
  return { correct: correct as number, total: total as number, passed, date };
}

/**
 * The document read back. No document (a first launch) is the empty state; a document this course
 * cannot read is the empty state marked `unreadable` (see CourseState), never an error.
 */
export function decodeCourseState(document: unknown): CourseState {
  if (document === undefined || document === null) return emptyCourseState();
  if (!isObject(document) || document.v !== 1) return { ...emptyCourseState(), unreadable: 'the course state document is not one this course wrote' };
  const reported: RegistrationReport = {};
  if (isObject(document.reported)) {
    if (document.reported.completed === true) reported.completed = true;
    if (document.reported.passed === true) reported.passed = true;
    if (typeof document.reported.failedBasis === 'string') reported.failedBasis = document.reported.failedBasis;
  }
  const finalCheck = readFinalCheck(document.finalCheck);
  const text = typeof document.suspendData === 'string' ? document.suspendData : '';
  const decoded = text.trim() ? decodeSuspendData(text) : undefined;
  if (decoded && !decoded.ok) return { progress: emptyProgress(), ...(finalCheck ? { finalCheck } : {}), reported, unreadable: `its suspend data ${decoded.reason}` };
  return { progress: decoded?.ok ? decoded.progress : emptyProgress(), ...(finalCheck ? { finalCheck } : {}), reported };
}

/** The better of two final-check results: the higher share right, the earlier on a tie. */
export function betterFinalCheck(a: FinalCheckResult | undefined, b: FinalCheckResult | undefined): FinalCheckResult | undefined {
  if (!a || !b) return a ?? b;
  const diff = b.correct / b.total - a.correct / a.total;
  if (diff !== 0) return diff > 0 ? b : a;
  return Date.parse(b.date) < Date.parse(a.date) ? b : a;
}

/** Both states in one, nothing lowered (see the file comment); `mine`'s track, name and quiz in progress win. */
export function mergeCourseStates(mine: CourseState, theirs: CourseState): CourseState {
  const finalCheck = betterFinalCheck(mine.finalCheck, theirs.finalCheck);
  const reported: RegistrationReport = {
    ...(mine.reported.completed || theirs.reported.completed ? { completed: true } : {}),
    ...(mine.reported.passed || theirs.reported.passed ? { passed: true } : {}),
  };
  const failedBasis = mine.reported.failedBasis ?? theirs.reported.failedBasis;
  if (failedBasis !== undefined) reported.failedBasis = failedBasis;
  return { progress: mergeProgress(mine.progress, theirs.progress), ...(finalCheck ? { finalCheck } : {}), reported };
}
