/**
 * One cmi5 AU session of a package, after `initialized` (which @xapi/cmi5 sends: see
 * cmi5-launch.ts): it resumes from the LRS state document, turns the learner's progress and
 * final-check results into statements, keeps the state document up to date, and ends the session
 * with `terminated`. No DOM, no library: the transport is passed in, so tests drive it with a fake.
 *
 * Statements go out in the order they were made, one request at a time (a request may carry
 * several); the state document is written after the statements before it. When the page is being
 * closed (`exitNow`), whatever is still waiting goes out in one last request with `terminated` at
 * its end, so `terminated` stays the last statement of the session.
 */
import { emptyProgress, type Progress, type QuizAttempt } from '../progress/progress-schema.ts';
import { afterSending, auOutcome, masteryScoreOf, verdictsToSend, type AuCriteria, type RegistrationReport, type SessionReport } from './cmi5-rules.ts';
import { betterFinalCheck, decodeCourseState, encodeCourseState, mergeCourseStates, STATE_ID, type CourseState } from './cmi5-state.ts';
import { XapiError, type XapiTransport } from './xapi-transport.ts';
import {
  answerStatement,
  definedStatement,
  finalCheckResultStatement,
  moduleResultStatement,
  type ActivityIds,
  type AuSession,
  type DefinedVerb,
  type FinalCheckReport,
  type Score,
  type Statement,
} from './xapi-statements.ts';

export interface Cmi5AuOptions {
  session: AuSession;
  /** When `initialized` was sent: durations count from here. */
  startedAt: Date;
  /** What this session already sent (from sessionStorage after a reload); `initialized` is true. */
  report: SessionReport;
  criteria: AuCriteria;
  ids: ActivityIds;
  courseTitle: string;
  /** Module id → title, for module result statements. */
  moduleTitles: Readonly<Record<string, string>>;
  transport: XapiTransport;
  /** Called whenever the session record changes (the launch page keeps it in sessionStorage). */
  onReport?: (report: SessionReport) => void;
  now?: () => Date;
  uuid?: () => string;
  warn?: (message: string) => void;
}

/** A random UUID v4 (crypto.randomUUID exists only on https and localhost pages). */
export function uuidV4(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** One quiz attempt, recognisable across sessions and browsers. */
export const attemptKey = (moduleId: string, attempt: QuizAttempt) => `${moduleId}|${Date.parse(attempt.date)}|${attempt.correct}|${attempt.total}`;

function attemptKeys(progress: Progress): Set<string> {
  const keys = new Set<string>();
  for (const [moduleId, quiz] of Object.entries(progress.quizzes)) for (const attempt of quiz.attempts) keys.add(attemptKey(moduleId, attempt));
  return keys;
}

export type Cmi5Au = ReturnType<typeof createCmi5Au>;

export function createCmi5Au(options: Cmi5AuOptions) {
  const { session, startedAt, criteria, ids, courseTitle, moduleTitles, transport } = options;
  const now = options.now ?? (() => new Date());
  const uuid = options.uuid ?? uuidV4;
  const warn = options.warn ?? ((message: string) => console.warn(`[cmi5] ${message}`));
  const mastery = masteryScoreOf(criteria, session.launchData);

  let report: SessionReport = { ...options.report };
  let state: CourseState = { progress: emptyProgress(), reported: {} };
  let known = new Set<string>();
  let pending: Statement[] = [];
  let stateDirty = false;
  let running: Promise<void> | undefined;
  /** The LRS holds state this package cannot read: never overwrite it, judge nothing. */
  let readOnly = false;

  const setReport = (next: SessionReport, registration?: RegistrationReport) => {
    report = next;
    if (registration) state = { ...state, reported: registration };
    options.onReport?.(report);
  };

  /**
   * Sends what waits, in order. Stops at the first failure that may pass later and says so
   * (true): the next change tries again, rather than a loop hammering an LRS that is down.
   */
  async function drain(): Promise<boolean> {
    while (pending.length > 0 || stateDirty) {
      if (pending.length > 0) {
        const batch = pending;
        pending = [];
        try {
          await transport.sendStatements(batch);
        } catch (error) {
          const retry = error instanceof XapiError ? error.retry : true;
          warn(`the LRS did not store ${batch.length} statement(s)${retry ? '; will try again' : ''}: ${(error as Error).message}`);
          if (retry) {
            pending = [...batch, ...pending];
            return true;
          }
        }
      } else {
        stateDirty = false;
        try {
          await transport.putState(STATE_ID, encodeCourseState(state));
        } catch (error) {
          stateDirty = true;
          warn(`the LRS did not save the course state; will try again: ${(error as Error).message}`);
          return true;
        }
      }
    }
    return false;
  }
  /** Resolves once nothing is being sent (a drain may start another as it ends). */
  const idle = async () => {
    while (running) await running;
  };
  const pump = (): Promise<void> => {
    running ??= drain().then((stalled) => {
      running = undefined;
      // Something may have come in after the last check.
      if (!stalled && (pending.length > 0 || stateDirty)) void pump();
    });
    return running;
  };

  const defined = (verb: DefinedVerb, basis?: string, scored?: Score) => {
    pending.push(definedStatement(session, verb, { id: uuid(), now: now(), startedAt, ...(scored ? { score: scored } : {}) }));
    const next = afterSending(verb, basis, state.reported, report);
    setReport(next.session, next.registration);
    // The state records every verdict; nothing may reach the LRS after `terminated` (the LMS
    // refuses the session's token then), so the state is written before it, never after.
    if (verb !== 'terminated' && !readOnly) stateDirty = true;
  };

  /** Sends the verdicts the current state calls for and not yet sent. */
  const judge = () => {
    if (readOnly) return;
    const outcome = auOutcome(state.progress, state.finalCheck, criteria, mastery);
    for (const verb of verdictsToSend(outcome, session.launchData.launchMode, state.reported, report)) {
      defined(verb, outcome.basis, verb === 'completed' ? undefined : outcome.score);
    }
  };

  return {
    /** The mastery score in force. */
    masteryScore: mastery,
    get state(): CourseState {
      return structuredClone(state);
    },
    /** What this session has sent so far. */
    get sent(): SessionReport {
      return { ...report };
    },

    /**
     * Reads the LRS state document and merges it with `local` (this browser's record, when it is
     * the same learner's), sends any verdict the merged record calls for, writes the state back and
     * returns the merged progress for the course pages.
     */
    async start(local: CourseState | undefined): Promise<Progress> {
      let stored: CourseState;
      try {
        stored = decodeCourseState(await transport.getState(STATE_ID));
      } catch (error) {
        warn(`could not read the course state from the LRS; starting from this browser's record: ${(error as Error).message}`);
        stored = decodeCourseState(undefined);
      }
      if (stored.unreadable) {
        // A newer package or another course wrote it: leave it as it is, and send no verdict
        // (what was reported is unknown). Results still go out as allowed statements.
        warn(`the LRS holds course state this package cannot read (${stored.unreadable}); it is kept as it is, and this session sends no verdict`);
        readOnly = true;
      }
      state = local ? mergeCourseStates(local, stored) : { ...stored };
      delete state.unreadable;
      known = attemptKeys(state.progress);
      stateDirty = !readOnly;
      judge();
      await pump();
      return structuredClone(state.progress);
    },

    /** A course page's progress: new quiz attempts become module statements, then verdicts. */
    report(progress: Progress): void {
      if (report.terminated) return;
      state = { ...state, progress: structuredClone(progress) };
      for (const [moduleId, quiz] of Object.entries(progress.quizzes)) {
        for (const attempt of quiz.attempts) {
          const key = attemptKey(moduleId, attempt);
          if (known.has(key)) continue;
          known.add(key);
          pending.push(
            moduleResultStatement(session, ids, courseTitle, { moduleId, title: moduleTitles[moduleId] ?? moduleId, correct: attempt.correct, total: attempt.total, passed: attempt.passed }, { id: uuid(), now: now() }),
          );
        }
      }
      stateDirty = !readOnly;
      judge();
      void pump();
    },

    /** A submitted final check: each answer, the check's result, then the verdict it leads to. */
    reportFinalCheck(final: FinalCheckReport): void {
      if (report.terminated) return;
      for (const answer of final.answers) pending.push(answerStatement(session, ids, courseTitle, answer, { id: uuid(), now: now() }));
      pending.push(finalCheckResultStatement(session, ids, courseTitle, final, { id: uuid(), now: now() }));
      state = { ...state, finalCheck: betterFinalCheck(state.finalCheck, { correct: final.correct, total: final.total, passed: final.passed, date: final.date }) };
      stateDirty = !readOnly;
      judge();
      void pump();
    },

    /** Ends the session (the learner chose to exit): sends what waits and the state, then `terminated`. */
    async exit(): Promise<void> {
      if (report.terminated) return;
      stateDirty = !readOnly;
      await idle();
      await pump();
      defined('terminated');
      await pump();
      await idle();
    },

    /**
     * Ends the session while the page goes away: what still waits and `terminated` in one request
     * that outlives the page (keepalive). The state document was written after the last change
     * unless that change came in the last moment; then the LRS misses it until the next launch
     * from this browser, which merges this browser's record (a write after `terminated` would be
     * refused by the LMS).
     */
    exitNow(): void {
      if (report.terminated) return;
      if (running || stateDirty) warn('the page closed while the course state was being saved');
      defined('terminated');
      const batch = pending;
      pending = [];
      stateDirty = false;
      transport.sendStatements(batch, { keepalive: true }).catch((error) => warn(`terminated was not stored: ${(error as Error).message}`));
    },
  };
}
