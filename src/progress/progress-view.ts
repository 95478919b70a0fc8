/**
 * Progress as pages that only show it read it: straight from the stored text, without the store's
 * schema (zod) or migrations, so reading pages stay within their JavaScript budget.
 *
 * The reading is tolerant on purpose. It takes only the fields the views need (course-status.ts),
 * each only when it has the expected type, and ignores everything else, so a record of a later
 * version, or one with extra fields, still shows what it can. It never writes: a record the store
 * would set aside is reported as `readable: false`, and the page then loads the store, which sets
 * it aside and tells the learner (StorageNotice.astro).
 */
import { foldPendingVisits, parsePendingVisits } from './pending-visits.ts';
import type { Progress } from './progress-schema.ts';

export interface ModuleVisitView {
  firstVisited: string;
  lastVisited: string;
  completed?: string;
}
export interface AttemptView {
  /** A share from 0 to 1. */
  score: number;
  passed: boolean;
  date: string;
}
export interface QuizView {
  attempts: AttemptView[];
  /** Present while an attempt is left half-way; its content is the quiz's business. */
  snapshot?: unknown;
}

/** What the progress views read. A full `Progress` record fits it too. */
export interface ProgressView {
  track?: string;
  modules: Record<string, ModuleVisitView>;
  quizzes: Record<string, QuizView>;
  /** Track id → final-check attempts (their scores only) and whether one is left half-way. */
  finalChecks: Record<string, QuizView>;
  /** Worksheet id → anything: the views only ask whether one was saved. */
  worksheets: Record<string, unknown>;
  /** Track id → the policy confirmation, of which the views read the version. */
  attestations: Record<string, { version?: string }>;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
/** The entries of a map-like field, `__proto__` left out (the store refuses it anyway). */
const entries = (value: unknown): [string, unknown][] => (isObject(value) ? Object.entries(value).filter(([key]) => key !== '__proto__') : []);

function visitOf(value: unknown): ModuleVisitView | undefined {
  if (!isObject(value)) return undefined;
  const completed = text(value.completed);
  const lastVisited = text(value.lastVisited) ?? text(value.firstVisited) ?? completed ?? '';
  return { firstVisited: text(value.firstVisited) ?? lastVisited, lastVisited, ...(completed ? { completed } : {}) };
}

function quizOf(value: unknown): QuizView | undefined {
  if (!isObject(value)) return undefined;
  const attempts = (Array.isArray(value.attempts) ? value.attempts : []).flatMap((attempt): AttemptView[] =>
    isObject(attempt) && typeof attempt.score === 'number' && typeof attempt.passed === 'boolean' ? [{ score: attempt.score, passed: attempt.passed, date: text(attempt.date) ?? '' }] : [],
  );
  return value.snapshot === undefined || value.snapshot === null ? { attempts } : { attempts, snapshot: value.snapshot };
}

export const emptyView = (): ProgressView => ({ modules: {}, quizzes: {}, finalChecks: {}, worksheets: {}, attestations: {} });

/**
 * The view as the summaries of course-status.ts and next-step.ts take it (they are written for the
 * full record). They read only what the view holds, each field checked for its type above: visits,
 * the scores, passes and dates of quiz and final-check attempts, whether a quiz, worksheet or
 * confirmation exists, and a confirmation's version. The rest of a record is not there.
 */
export const forSummaries = (view: ProgressView): Progress => view as unknown as Progress;

/**
 * The learner's progress from the stored record's text and the pending visits' text (either may
 * be missing). `readable` is false when a record is stored but is not a JSON object with a
 * version number: the store
 * would set it aside and start afresh, so the view shows only the pending visits, as the store would.
 */
export function readProgressView(recordText: string | null | undefined, pendingText?: string | null): { view: ProgressView; readable: boolean } {
  let data: unknown;
  let readable = true;
  if (recordText) {
    try {
      data = JSON.parse(recordText);
    } catch {
      readable = false;
    }
    // The store sets aside anything that is not an object with a version number.
    if (!isObject(data) || typeof data.version !== 'number') readable = false;
  }
  const view = emptyView();
  if (readable && isObject(data)) {
    if (typeof data.track === 'string') view.track = data.track;
    for (const [id, value] of entries(data.modules)) {
      const visit = visitOf(value);
      if (visit) view.modules[id] = visit;
    }
    for (const [id, value] of entries(data.quizzes)) {
      const quiz = quizOf(value);
      if (quiz) view.quizzes[id] = quiz;
    }
    for (const [id, value] of entries(data.finalChecks)) {
      const final = quizOf(value);
      if (final) view.finalChecks[id] = final;
    }
    for (const [id, value] of entries(data.worksheets)) view.worksheets[id] = value;
    for (const [id, value] of entries(data.attestations)) {
      if (isObject(value)) view.attestations[id] = text(value.version) === undefined ? {} : { version: text(value.version) };
    }
  }
  return { view: foldPendingVisits(view, parsePendingVisits(pendingText)), readable };
}
