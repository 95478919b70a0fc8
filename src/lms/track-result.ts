/**
 * The learner's standing on a package's track, by the course's own rules: what the track's
 * certificate needs (site.yaml `certificateRequires`: every module quiz, the final check, or both;
 * and the policy confirmation where site.yaml asks for one). SCORM (scorm-report.ts) and cmi5
 * (cmi5-rules.ts) both report from it, so an LMS hears the same verdict in either package, and
 * "passed" means exactly what a complete certificate means (certificate.ts; a unit test holds the
 * two together).
 */
import { bestAttempt, moduleStatus } from '../progress/course-status.ts';
import type { Progress } from '../progress/progress-schema.ts';

/** What passing takes: every module quiz, the final check, or both (site.yaml `certificateRequires`). */
export type PassRule = 'modules' | 'final' | 'both';

/** How a package judges its track, fixed when it is built (the launch page's data). */
export interface TrackRules {
  trackId: string;
  moduleIds: readonly string[];
  /** `modules` for a track without a final check, whatever site.yaml says. */
  passRule: PassRule;
  /** The policy the learner confirms having read, when the track asks for it: passing needs this version confirmed. */
  attestation?: { title: string; version?: string };
}

/** The rules of a track's package, from site.yaml (as `trackOutline` reads them for the certificate). */
export function trackRulesFor(
  site: { certificateRequires: PassRule; policy?: { title: string; version?: string }; attestation?: { track: string } },
  track: { id: string; moduleIds: readonly string[]; hasFinalCheck: boolean },
): TrackRules {
  const policy = site.attestation?.track === track.id ? site.policy : undefined;
  return {
    trackId: track.id,
    moduleIds: [...track.moduleIds],
    passRule: track.hasFinalCheck ? site.certificateRequires : 'modules',
    ...(policy ? { attestation: { title: policy.title, ...(policy.version ? { version: policy.version } : {}) } } : {}),
  };
}

/** A finished final-check attempt, as far as the result needs it. */
export interface FinalResult {
  correct: number;
  total: number;
  passed: boolean;
  date: string;
}

export interface TrackResult {
  /** Everything the rules ask for was done at least once: each module quiz finished, the final check submitted (or all passed). */
  completed: boolean;
  /**
   * passed: everything the certificate needs is met · failed: the graded part is done and not passed
   * (the final check, where the rules include it; else a module quiz) · unknown: neither yet.
   */
  success: 'passed' | 'failed' | 'unknown';
  /**
   * 0–1, absent until there is one: the final check's best score where the rules include the final
   * check, else the lowest of the modules' best quiz scores (a quiz not taken counts 0). Either way
   * it reaches the pass mark only when that part is passed, so a failed learner never shows the
   * pass mark (an average would: four quizzes at 100% and one at 0% make 80).
   */
  score?: number;
  /** What `score` is. */
  scoreOf?: 'final' | 'modules';
  /** The final check's best attempt, when the score is its. */
  best?: FinalResult;
  /** Each requirement of the rules and whether it is met; absent when not required. */
  met: { modules?: boolean; final?: boolean; attestation?: boolean };
}

/**
 * The learner's result on a track. `extra` is a final-check attempt known outside the progress
 * record (cmi5 keeps the best one in the LRS state document).
 */
export function trackResult(progress: Progress, rules: TrackRules, extra?: FinalResult): TrackResult {
  const needsModules = rules.passRule !== 'final';
  const needsFinal = rules.passRule !== 'modules';
  const modules = rules.moduleIds.map((id) => moduleStatus(progress, id));
  const modulesTaken = modules.length > 0 && modules.every((m) => m.attempts > 0 || m.state === 'done');
  const modulesPassed = modules.length > 0 && modules.every((m) => m.state === 'done');
  const attempts = [...(progress.finalChecks[rules.trackId]?.attempts ?? []), ...(extra ? [extra] : [])].map((a) => ({ ...a, score: a.total > 0 ? a.correct / a.total : 0 }));
  const best = bestAttempt(attempts);
  const finalPassed = attempts.some((a) => a.passed);
  const given = progress.attestations[rules.trackId];
  const met = {
    ...(needsModules ? { modules: modulesPassed } : {}),
    ...(needsFinal ? { final: finalPassed } : {}),
    ...(rules.attestation ? { attestation: given !== undefined && (given.version ?? '') === (rules.attestation.version ?? '') } : {}),
  };
  const passed = Object.values(met).every(Boolean);
  const completed = passed || ((!needsModules || modulesTaken) && (!needsFinal || best !== undefined));
  const failed = !passed && (needsFinal ? best !== undefined && !finalPassed : modulesTaken && !modulesPassed);

  const moduleScores = modules.map((m) => m.bestScore ?? (m.state === 'done' ? undefined : 0)).filter((s) => s !== undefined);
  const anyQuiz = modules.some((m) => m.attempts > 0);
  const score = needsFinal ? best?.score : anyQuiz ? Math.min(...moduleScores) : undefined;
  return {
    completed,
    success: passed ? 'passed' : failed ? 'failed' : 'unknown',
    ...(score === undefined ? {} : { score, scoreOf: needsFinal ? ('final' as const) : ('modules' as const) }),
    ...(needsFinal && best ? { best: { correct: best.correct, total: best.total, passed: best.passed, date: best.date } } : {}),
    met,
  };
}
