import { SIMULATION_RUNS_KEPT, type Attestation, type ModuleProgress, type Progress, type QuizSnapshot, type SimulationProgress, type SimulationRun, type Worksheet } from './progress-schema.ts';

const time = (iso: string) => Date.parse(iso);
const earliest = (a: string | undefined, b: string | undefined) => (a === undefined ? b : b === undefined ? a : time(b) < time(a) ? b : a);
const latest = (a: string, b: string) => (time(b) > time(a) ? b : a);

function mergeModule(mine: ModuleProgress, theirs: ModuleProgress): ModuleProgress {
  const completed = earliest(mine.completed, theirs.completed);
  return {
    firstVisited: earliest(mine.firstVisited, theirs.firstVisited)!,
    lastVisited: latest(mine.lastVisited, theirs.lastVisited),
    ...(completed === undefined ? {} : { completed }),
  };
}

type AttemptLike = { date: string; correct: number; total: number; passed: boolean };
const attemptKey = (a: AttemptLike) => `${time(a.date)}|${a.correct}|${a.total}|${a.passed}`;

/** A module quiz's or a final check's history. */
function mergeQuiz<A extends AttemptLike>(mine: { attempts: A[]; snapshot?: QuizSnapshot }, theirs: { attempts: A[]; snapshot?: QuizSnapshot }): { attempts: A[]; snapshot?: QuizSnapshot } {
  // Both histories in date order, their attempts that are already here counted once: the best
  // score of either side survives.
  const known = new Set(mine.attempts.map(attemptKey));
  const added = theirs.attempts.filter((attempt) => !known.has(attemptKey(attempt)));
  const attempts = added.length === 0 ? mine.attempts : [...mine.attempts, ...added].sort((a, b) => time(a.date) - time(b.date));
  const snapshot = mine.snapshot ?? theirs.snapshot;
  return { attempts, ...(snapshot ? { snapshot } : {}) };
}

const mergeWorksheet = (mine: Worksheet, theirs: Worksheet) => (time(theirs.updated) > time(mine.updated) ? theirs : mine);
/** The later confirmation wins: it names the policy version the learner read last. */
const mergeAttestation = (mine: Attestation, theirs: Attestation) => (time(theirs.date) > time(mine.date) ? theirs : mine);

const runKey = (run: SimulationRun) => `${time(run.date)}|${run.ending}|${run.mode}`;

/** Runs from both, each counted once, in date order (the most recent kept); this browser's run in progress wins. */
function mergeSimulation(mine: SimulationProgress, theirs: SimulationProgress): SimulationProgress {
  const known = new Set(mine.runs.map(runKey));
  const runs = [...mine.runs, ...theirs.runs.filter((run) => !known.has(runKey(run)))].sort((a, b) => time(a.date) - time(b.date)).slice(-SIMULATION_RUNS_KEPT);
  const snapshot = mine.snapshot ?? theirs.snapshot;
  return { runs, ...(snapshot ? { snapshot } : {}) };
}

function mergeRecords<T>(mine: Record<string, T>, theirs: Record<string, T>, both: (a: T, b: T) => T): Record<string, T> {
  const merged: Record<string, T> = { ...mine };
  for (const [id, value] of Object.entries(theirs)) merged[id] = Object.hasOwn(mine, id) ? both(mine[id]!, value) : value;
  return merged;
}

/**
 * Combines this browser's progress with an imported record, losing nothing: visits span both,
 * attempts from both are kept (so the best score wins), a module completed in either is
 * completed, the newer copy of a worksheet wins, final-check attempts and simulation runs from both
 * are kept, the later policy confirmation wins, and this browser's track, name and quiz or
 * simulation in progress are kept when it has them.
 */
export function mergeProgress(mine: Progress, theirs: Progress): Progress {
  const track = mine.track ?? theirs.track;
  const learnerName = mine.learnerName ?? theirs.learnerName;
  return {
    version: mine.version,
    ...(track === undefined ? {} : { track }),
    ...(learnerName === undefined ? {} : { learnerName }),
    modules: mergeRecords(mine.modules, theirs.modules, mergeModule),
    quizzes: mergeRecords(mine.quizzes, theirs.quizzes, mergeQuiz),
    worksheets: mergeRecords(mine.worksheets, theirs.worksheets, mergeWorksheet),
    finalChecks: mergeRecords(mine.finalChecks, theirs.finalChecks, mergeQuiz),
    attestations: mergeRecords(mine.attestations, theirs.attestations, mergeAttestation),
    ...(mine.simulations || theirs.simulations ? { simulations: mergeRecords(mine.simulations ?? {}, theirs.simulations ?? {}, mergeSimulation) } : {}),
  };
}
