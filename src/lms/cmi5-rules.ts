/**
 * When an AU may say what (cmi5 section 9.3), as pure functions over plain records:
 *
 * - the learner's standing on the AU's track (`auOutcome`): completed once every module quiz was
 *   finished (the same rule as SCORM's completion, scorm-report.ts), passed or failed by the pass
 *   rule the package was built with and the mastery score in force (the LMS's wins);
 * - which defined statements to send now (`verdictsToSend`): `completed` and `passed` at most once
 *   per registration, at most one of `passed`/`failed` per session, never `failed` after `passed`,
 *   none of the three outside launchMode Normal, nothing after `terminated`.
 *
 * What was already reported in earlier sessions of the registration lives in the LRS state
 * document (cmi5-state.ts); what this session sent, in the session record (sessionStorage).
 */
import type { Progress } from '../progress/progress-schema.ts';
import { trackResult } from './scorm-report.ts';
import type { DefinedVerb, LaunchData, Score } from './xapi-statements.ts';
import { score as scoreOf } from './xapi-statements.ts';

/** What passing the AU takes: every module quiz, the final check, or both (site.yaml `certificateRequires`). */
export type PassRule = 'modules' | 'final' | 'both';

/** How a package judges its AU, fixed at build time (cmi5.xml and the launch page). */
export interface AuCriteria {
  moduleIds: readonly string[];
  passRule: PassRule;
  /** The package's mastery score (cmi5.xml); the LMS's launch data may set another. */
  masteryScore: number;
}

/** The best final-check attempt the registration has (kept in the LRS state document). */
export interface FinalCheckResult {
  correct: number;
  total: number;
  passed: boolean;
  date: string;
}

export interface AuOutcome {
  completed: boolean;
  success: 'passed' | 'failed' | 'unknown';
  /** The score to report with passed/failed; absent where it would contradict the verb (cmi5 9.5.1.0-1). */
  score?: Score;
  /** What the verdict rests on, so the same failure is not reported again in every session. */
  basis?: string;
}

/**
 * How a track's package judges its AU. A track with a final-check pool passes as its certificate
 * does (`certificateRequires`), with the final check's pass mark as mastery score; a track without
 * one passes by its module quizzes, with the site's pass mark.
 */
export function auCriteriaFor(
  site: { passMark: number; certificateRequires: PassRule; finalCheck: { passMark: number } },
  track: { moduleIds: readonly string[]; hasFinalCheck: boolean },
): AuCriteria {
  const passRule: PassRule = track.hasFinalCheck ? site.certificateRequires : 'modules';
  return { moduleIds: [...track.moduleIds], passRule, masteryScore: passRule === 'modules' ? site.passMark : site.finalCheck.passMark };
}

/** The mastery score in force: the LMS's launch data, else the package's own. */
export const masteryScoreOf = (criteria: AuCriteria, launchData: Pick<LaunchData, 'masteryScore'>) => launchData.masteryScore ?? criteria.masteryScore;

/** The learner's standing on the AU (see the file comment). */
export function auOutcome(progress: Progress, finalCheck: FinalCheckResult | undefined, criteria: AuCriteria, masteryScore: number): AuOutcome {
  const track = trackResult(progress, criteria.moduleIds);
  const completed = track.completed;
  if (criteria.passRule === 'modules') {
    if (!track.completed || track.score === undefined) return { completed, success: 'unknown' };
    const basis = `modules:${criteria.moduleIds.map((id) => progress.quizzes[id]?.attempts.length ?? 0).join(',')}`;
    const scaled = track.score;
    if (track.success === 'passed' && scaled >= masteryScore) return { completed, success: 'passed', score: scoreOf(scaled), basis };
    // Every quiz taken, not good enough: the mean may still reach the mastery score (one quiz
    // failed, the others perfect), and then a score would contradict "failed".
    return { completed, success: 'failed', ...(scaled < masteryScore ? { score: scoreOf(scaled) } : {}), basis };
  }
  if (!finalCheck || finalCheck.total === 0) return { completed, success: 'unknown' };
  const scaled = finalCheck.correct / finalCheck.total;
  const finalScore = scoreOf(scaled, finalCheck.correct, finalCheck.total);
  const basis = `final:${finalCheck.date}`;
  if (scaled < masteryScore) return { completed, success: 'failed', score: finalScore, basis };
  if (criteria.passRule === 'both' && track.success !== 'passed') return { completed, success: 'unknown' };
  return { completed, success: 'passed', score: finalScore, basis };
}

/** What earlier sessions of this registration reported (from the LRS state document). */
export interface RegistrationReport {
  completed?: boolean;
  passed?: boolean;
  /** The basis of the last `failed` sent, if any. */
  failedBasis?: string;
}

/** What this session has sent. */
export interface SessionReport {
  initialized: boolean;
  completed: boolean;
  /** passed or failed, once either was sent in this session. */
  verdict?: 'passed' | 'failed';
  terminated: boolean;
}

export const newSessionReport = (): SessionReport => ({ initialized: false, completed: false, terminated: false });

/**
 * The defined statements to send now for this outcome, in order (passed/failed, then completed,
 * as @xapi/cmi5's moveOn does). Empty outside launchMode Normal, before initialized and after terminated.
 */
export function verdictsToSend(outcome: AuOutcome, launchMode: LaunchData['launchMode'], registration: RegistrationReport, session: SessionReport): ('passed' | 'failed' | 'completed')[] {
  if (launchMode !== 'Normal' || !session.initialized || session.terminated) return [];
  const verbs: ('passed' | 'failed' | 'completed')[] = [];
  if (!registration.passed && !session.verdict) {
    if (outcome.success === 'passed') verbs.push('passed');
    else if (outcome.success === 'failed' && outcome.basis !== registration.failedBasis) verbs.push('failed');
  }
  if (outcome.completed && !registration.completed && !session.completed) verbs.push('completed');
  return verbs;
}

/** The records after sending `verb` (on `basis`). */
export function afterSending(verb: DefinedVerb, basis: string | undefined, registration: RegistrationReport, session: SessionReport): { registration: RegistrationReport; session: SessionReport } {
  const reg = { ...registration };
  const ses = { ...session };
  if (verb === 'initialized') ses.initialized = true;
  if (verb === 'terminated') ses.terminated = true;
  if (verb === 'completed') {
    ses.completed = true;
    reg.completed = true;
  }
  if (verb === 'passed') {
    ses.verdict = 'passed';
    reg.passed = true;
  }
  if (verb === 'failed') {
    ses.verdict = 'failed';
    if (basis !== undefined) reg.failedBasis = basis;
  }
  return { registration: reg, session: ses };
}
