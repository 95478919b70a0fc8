/**
 * When an AU may say what (cmi5 section 9.3), as pure functions over plain records:
 *
 * - the learner's standing on the AU's track (`auOutcome`): completion and what passing needs as
 *   SCORM reports them (track-result.ts: `certificateRequires`, the final check, the policy
 *   confirmation), the verdict at the mastery score in force (the LMS's wins);
 * - which defined statements to send now (`verdictsToSend`): `completed` and `passed` at most once
 *   per registration, at most one of `passed`/`failed` per session, never `failed` after `passed`,
 *   none of the three outside launchMode Normal, nothing after `terminated`.
 *
 * What was already reported in earlier sessions of the registration lives in the LRS state
 * document (cmi5-state.ts); what this session sent, in the session record (sessionStorage).
 */
import type { Progress } from '../progress/progress-schema.ts';
import { trackResult, trackRulesFor, type FinalResult, type PassRule, type TrackRules } from './track-result.ts';
import type { DefinedVerb, LaunchData, Score } from './xapi-statements.ts';
import { score as scoreOf } from './xapi-statements.ts';

export type { PassRule };

/** How a package judges its AU, fixed at build time (cmi5.xml and the launch page): the track's rules and the mastery score. */
export interface AuCriteria extends TrackRules {
  /** The package's mastery score (cmi5.xml); the LMS's launch data may set another. */
  masteryScore: number;
}

/** The best final-check attempt the registration has (kept in the LRS state document). */
export type FinalCheckResult = FinalResult;

export interface AuOutcome {
  completed: boolean;
  success: 'passed' | 'failed' | 'unknown';
  /** The score to report with passed/failed; absent where it would contradict the verb (cmi5 9.5.1.0-1). */
  score?: Score;
  /** What the verdict rests on, so the same failure is not reported again in every session. */
  basis?: string;
}

/**
 * How a track's package judges its AU: by the same rules as its SCORM package and certificate
 * (track-result.ts), with the final check's pass mark as mastery score where the final check is
 * judged, else the site's pass mark (the score is then the weakest module's).
 */
export function auCriteriaFor(
  site: Parameters<typeof trackRulesFor>[0] & { passMark: number; finalCheck: { passMark: number } },
  track: Parameters<typeof trackRulesFor>[1],
): AuCriteria {
  const rules = trackRulesFor(site, track);
  return { ...rules, masteryScore: rules.passRule === 'modules' ? site.passMark : site.finalCheck.passMark };
}

/** The mastery score in force: the LMS's launch data, else the package's own. */
export const masteryScoreOf = (criteria: AuCriteria, launchData: Pick<LaunchData, 'masteryScore'>) => launchData.masteryScore ?? criteria.masteryScore;

/**
 * The learner's standing on the AU: completion and the requirements as SCORM reports them
 * (`trackResult`), the pass or fail judged at the mastery score in force (cmi5 9.5.2), so a
 * passed verdict never carries a score below it and a failed one never a score at or above it.
 */
export function auOutcome(progress: Progress, finalCheck: FinalCheckResult | undefined, criteria: AuCriteria, masteryScore: number): AuOutcome {
  const result = trackResult(progress, criteria, finalCheck);
  const { completed } = result;
  if (result.score === undefined) return { completed, success: 'unknown' };
  const scaled = result.score;
  if (criteria.passRule === 'modules') {
    if (result.success === 'unknown') return { completed, success: 'unknown' };
    const basis = `modules:${criteria.moduleIds.map((id) => progress.quizzes[id]?.attempts.length ?? 0).join(',')}`;
    if (result.success === 'passed' && scaled >= masteryScore) return { completed, success: 'passed', score: scoreOf(scaled), basis };
    // A quiz not passed, or every quiz passed below a higher mastery score the LMS set.
    return { completed, success: 'failed', ...(scaled < masteryScore ? { score: scoreOf(scaled) } : {}), basis };
  }
  const best = result.best!;
  const finalScore = scoreOf(scaled, best.correct, best.total);
  const basis = `final:${best.date}`;
  if (scaled < masteryScore) return { completed, success: 'failed', score: finalScore, basis };
  // The check is passed at the mastery score; the rest of what the certificate needs must be there too.
  if (result.met.modules === false || result.met.attestation === false) return { completed, success: 'unknown' };
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
