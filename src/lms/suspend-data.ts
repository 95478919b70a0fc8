/**
 * The learner's progress as SCORM `suspend_data`: compact, and never longer than SCORM 1.2 allows
 * (4,096 characters; 2004 allows more, but one limit keeps both packages alike).
 *
 * What is kept, most important first, each part only if it still fits:
 *   1. every module the learner passed (first and last visit, completion date, best quiz attempt);
 *   2. the role track and the learner's name;
 *   3. each track's final-check best result (with the edition of its pool) and the policy
 *      confirmations (date, version, title);
 *   4. modules with a finished but not passed quiz, then modules only visited;
 *   5. quizzes left half-way (most recently visited module first);
 *   6. worksheets (most recently saved first), each whole or not at all.
 * Only the best attempt of each quiz and final check is kept (the LMS records the score; a final
 * check's per-question answers go to the LMS as interactions when it is submitted), and dates lose
 * their milliseconds. Whatever is dropped lives on in the browser for the rest of the visit only.
 * The keys `f` and `a` were added without a new encoding version: a package that predates them
 * ignores them, and this one reads data without them.
 */
import { bestAttempt } from '../progress/course-status.ts';
import { parseProgress, type DecodeResult } from '../progress/progress-codec.ts';
import { PROGRESS_VERSION, type Progress, type QuizSnapshot, type Worksheet } from '../progress/progress-schema.ts';

/** SCORM 1.2's CMIString4096. */
export const SUSPEND_DATA_LIMIT = 4096;

/** Version of this encoding (not of the progress record), so a later course can read old data. */
const ENCODING_VERSION = 1;

/** A date as whole seconds since 1970 in base 36 (`2026-01-10T09:00:00Z` → `t8ddk0`, 6 characters). */
const packDate = (iso: string) => Math.floor(Date.parse(iso) / 1000).toString(36);

/** [correct, total, passed (1/0), date]. */
type PackedAttempt = [number, number, 0 | 1, string];
/** [first visit, last visit, completed ('' if not), best attempt (0 if none)]. */
type PackedModule = [string, string, string, PackedAttempt | 0];
/** A final check's best attempt: [correct, total, passed (1/0), date, edition of the pool, first passed date ('' if never)]. */
type PackedFinal = [number, number, 0 | 1, string, string, string];
/** A policy confirmation: [date, version ('' if none), policy title]. */
type PackedAttestation = [string, string, string];

/** The encoded record; short keys because every character counts. */
interface Packed {
  v: typeof ENCODING_VERSION;
  /** Module id → what the learner did. */
  m: Record<string, PackedModule>;
  /** Role track. */
  t?: string;
  /** Learner name. */
  n?: string;
  /** Module id → the quiz attempt in progress. */
  s?: Record<string, QuizSnapshot>;
  /** Worksheet id → fields and when saved. */
  w?: Record<string, Worksheet>;
  /** Track id → the final check's best attempt. */
  f?: Record<string, PackedFinal>;
  /** Track id → the policy confirmation. */
  a?: Record<string, PackedAttestation>;
}

export { bestAttempt };

/**
 * Encodes progress as `suspend_data` of at most `limit` characters (see the file comment for what
 * is kept first). Never throws; the empty record encodes to a few characters.
 */
export function encodeSuspendData(progress: Progress, limit = SUSPEND_DATA_LIMIT): string {
  const packed: Packed = { v: ENCODING_VERSION, m: {} };
  const size = () => JSON.stringify(packed).length;
  /** Applies `add`, and undoes it with `remove` if the result no longer fits. */
  const tryAdd = (add: () => void, remove: () => void): boolean => {
    add();
    if (size() <= limit) return true;
    remove();
    return false;
  };

  const moduleIds = Object.keys(progress.modules);
  const best = (id: string) => bestAttempt(progress.quizzes[id]?.attempts ?? []);
  const packModule = (id: string): PackedModule => {
    const module = progress.modules[id]!;
    const attempt = best(id);
    return [
      packDate(module.firstVisited),
      packDate(module.lastVisited),
      module.completed ? packDate(module.completed) : '',
      attempt ? [attempt.correct, attempt.total, attempt.passed ? 1 : 0, packDate(attempt.date)] : 0,
    ];
  };
  // Once one module no longer fits, none of lower priority is added either (a visited module never
  // takes the place of a passed one).
  let modulesFit = true;
  const addModule = (id: string) => {
    modulesFit &&= tryAdd(() => (packed.m[id] = packModule(id)), () => delete packed.m[id]);
  };

  const passed = moduleIds.filter((id) => progress.modules[id]!.completed);
  const attempted = moduleIds.filter((id) => !progress.modules[id]!.completed && best(id));
  const visited = moduleIds.filter((id) => !progress.modules[id]!.completed && !best(id));

  passed.forEach(addModule);
  if (progress.track) tryAdd(() => (packed.t = progress.track), () => delete packed.t);
  if (progress.learnerName) tryAdd(() => (packed.n = progress.learnerName), () => delete packed.n);
  for (const [track, final] of Object.entries(progress.finalChecks)) {
    const attempt = bestAttempt(final.attempts);
    if (!attempt) continue;
    const firstPass = final.attempts.find((a) => a.passed);
    packed.f ??= {};
    tryAdd(() => (packed.f![track] = [attempt.correct, attempt.total, attempt.passed ? 1 : 0, packDate(attempt.date), attempt.contentVersion, firstPass ? packDate(firstPass.date) : '']), () => delete packed.f![track]);
  }
  if (packed.f && Object.keys(packed.f).length === 0) delete packed.f;
  for (const [track, attestation] of Object.entries(progress.attestations)) {
    packed.a ??= {};
    tryAdd(() => (packed.a![track] = [packDate(attestation.date), attestation.version ?? '', attestation.policy]), () => delete packed.a![track]);
  }
  if (packed.a && Object.keys(packed.a).length === 0) delete packed.a;
  attempted.forEach(addModule);
  visited.forEach(addModule);

  const lastVisit = (id: string) => progress.modules[id]?.lastVisited ?? '';
  const snapshots = Object.entries(progress.quizzes)
    .filter(([id, quiz]) => quiz.snapshot && packed.m[id])
    .sort(([a], [b]) => lastVisit(b).localeCompare(lastVisit(a)));
  for (const [id, quiz] of snapshots) {
    packed.s ??= {};
    tryAdd(() => (packed.s![id] = quiz.snapshot!), () => delete packed.s![id]);
  }
  if (packed.s && Object.keys(packed.s).length === 0) delete packed.s;

  const worksheets = Object.entries(progress.worksheets).sort(([, a], [, b]) => b.updated.localeCompare(a.updated));
  for (const [id, sheet] of worksheets) {
    packed.w ??= {};
    tryAdd(() => (packed.w![id] = sheet), () => delete packed.w![id]);
  }
  if (packed.w && Object.keys(packed.w).length === 0) delete packed.w;

  return JSON.stringify(packed);
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A packed date (base-36 seconds) as ISO 8601, or undefined if it is not one. */
function readDate(packed: unknown): string | undefined {
  if (typeof packed !== 'string' || !/^[0-9a-z]{1,10}$/.test(packed)) return undefined;
  const date = new Date(parseInt(packed, 36) * 1000);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** Unpacks the module map into `progress`; the reason when an entry is not a packed module. */
function unpackModules(modules: Record<string, unknown>, progress: Progress): string | undefined {
  for (const [id, entry] of Object.entries(modules)) {
    const malformed = `has a malformed entry for module "${id}"`;
    if (!Array.isArray(entry) || entry.length !== 4) return malformed;
    const [first, last, completed, attempt] = entry as unknown[];
    const firstVisited = readDate(first);
    const lastVisited = readDate(last);
    const completedOn = completed === '' ? '' : readDate(completed);
    if (!firstVisited || !lastVisited || completedOn === undefined) return malformed;
    progress.modules[id] = { firstVisited, lastVisited, ...(completedOn ? { completed: completedOn } : {}) };
    if (attempt === 0) continue;
    if (!Array.isArray(attempt) || attempt.length !== 4) return malformed;
    const [correct, total, passedFlag, date] = attempt as unknown[];
    const finished = readDate(date);
    if (typeof correct !== 'number' || typeof total !== 'number' || (passedFlag !== 0 && passedFlag !== 1) || !finished) return malformed;
    progress.quizzes[id] = { attempts: [{ correct, total, score: correct / total, passed: passedFlag === 1, date: finished }] };
  }
  return undefined;
}

/** Unpacks final checks and policy confirmations into `progress`; the reason when an entry is malformed. */
function unpackTracks(finals: unknown, attestations: unknown, progress: Progress): string | undefined {
  for (const [track, entry] of Object.entries(isObject(finals) ? finals : {})) {
    if (!Array.isArray(entry) || entry.length !== 6) return `has a malformed final check for "${track}"`;
    const [correct, total, passedFlag, date, contentVersion, firstPass] = entry as unknown[];
    const finished = readDate(date);
    const passedOn = firstPass === '' ? '' : readDate(firstPass);
    if (typeof correct !== 'number' || typeof total !== 'number' || (passedFlag !== 0 && passedFlag !== 1) || !finished || typeof contentVersion !== 'string' || passedOn === undefined) {
      return `has a malformed final check for "${track}"`;
    }
    const best = { correct, total, score: total > 0 ? correct / total : 0, passed: passedFlag === 1, date: finished, contentVersion, answers: [] };
    // The first pass is kept as its own attempt when it was not the best one: the certificate is dated by it.
    const firstPassed = passedOn && passedOn !== finished ? [{ ...best, passed: true, date: passedOn }] : [];
    progress.finalChecks[track] = { attempts: [...firstPassed, best] };
  }
  for (const [track, entry] of Object.entries(isObject(attestations) ? attestations : {})) {
    if (!Array.isArray(entry) || entry.length !== 3) return `has a malformed policy confirmation for "${track}"`;
    const [date, version, policy] = entry as unknown[];
    const confirmed = readDate(date);
    if (!confirmed || typeof version !== 'string' || typeof policy !== 'string') return `has a malformed policy confirmation for "${track}"`;
    progress.attestations[track] = { date: confirmed, policy, ...(version ? { version } : {}) };
  }
  return undefined;
}

/**
 * Reads `suspend_data` back into a validated progress record, or says why it cannot: empty text
 * (nothing saved yet), text this course did not write, a newer encoding, or a record the progress
 * schema refuses. Never throws. The caller decides what an unreadable record means (the launch
 * page keeps it untouched: see lms-bridge.ts).
 */
export function decodeSuspendData(text: string): DecodeResult<Progress> {
  if (!text.trim()) return { ok: false, reason: 'is empty' };
  let packed: unknown;
  try {
    packed = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'is not JSON' };
  }
  if (!isObject(packed)) return { ok: false, reason: 'is not suspend data of this course (expected a JSON object)' };
  if (packed.v === undefined) return { ok: false, reason: 'has no encoding version' };
  if (packed.v !== ENCODING_VERSION) return { ok: false, reason: `uses encoding version ${JSON.stringify(packed.v)}; this course reads version ${ENCODING_VERSION} (a newer package may have written it)` };
  if (!isObject(packed.m)) return { ok: false, reason: 'has no module map' };
  for (const [name, map] of [['modules', packed.m], ['quizzes', packed.s], ['worksheets', packed.w], ['final checks', packed.f], ['policy confirmations', packed.a]] as const) {
    if (isObject(map) && Object.hasOwn(map, '__proto__')) return { ok: false, reason: `uses the reserved name "__proto__" in ${name}` };
  }

  const progress: Record<string, unknown> & Progress = { version: PROGRESS_VERSION, modules: {}, quizzes: {}, worksheets: {}, finalChecks: {}, attestations: {} };
  if (packed.t !== undefined) progress.track = packed.t as string;
  if (packed.n !== undefined) progress.learnerName = packed.n as string;
  const malformed = unpackModules(packed.m, progress) ?? unpackTracks(packed.f, packed.a, progress);
  if (malformed) return { ok: false, reason: malformed };
  if (isObject(packed.s)) {
    for (const [id, snapshot] of Object.entries(packed.s)) {
      progress.quizzes[id] = { attempts: progress.quizzes[id]?.attempts ?? [], snapshot: snapshot as QuizSnapshot };
    }
  }
  if (isObject(packed.w)) progress.worksheets = packed.w as Progress['worksheets'];
  // The same validation as stored and imported progress: anything malformed is refused whole.
  return parseProgress(progress);
}
