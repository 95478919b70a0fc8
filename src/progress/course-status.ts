import { certificateNeeds, closingStep, type NextStep } from './next-step.ts';
import type { FinalAttempt, Progress } from './progress-schema.ts';

export { attestationStatus, certificateNeeds, stepAfterModule, type NextStep } from './next-step.ts';

/**
 * The course as the progress views need it: what pages pass to islands as JSON, with links already
 * carrying the base path.
 */
export interface ModuleOutline {
  /** `<track>/<slug>` */
  id: string;
  title: string;
  /** Link to the module page. */
  href: string;
  minutes: number;
}
export interface TrackOutline {
  id: string;
  title: string;
  href: string;
  /** Link to the track's certificate page. */
  certificateHref: string;
  modules: ModuleOutline[];
  /** The worksheet that closes the track, if any (`id` is its key in the progress record). */
  worksheet?: { id: string; title: string; href: string; minutes: number };
  /** The track's final check, if it has one. */
  finalCheck?: { href: string; minutes: number; passMark: number; retakeAfterMinutes: number; contentVersion: string };
  /** What the certificate needs (site.yaml `certificateRequires`); `modules` when absent. */
  certificateRequires?: 'modules' | 'final' | 'both';
  /** The policy learners of this track confirm they have read (site.yaml `attestation`), if any. */
  attestation?: { title: string; version?: string; url?: string };
}

/** The best attempt: highest score, the earlier one on a tie (when the learner first got there). */
export function bestAttempt<A extends { score: number }>(attempts: readonly A[]): A | undefined {
  return attempts.reduce<A | undefined>((best, attempt) => (!best || attempt.score > best.score ? attempt : best), undefined);
}

export interface FinalCheckStatus {
  attempts: number;
  best?: FinalAttempt;
  /** The first passed attempt. */
  passed?: FinalAttempt;
  last?: FinalAttempt;
  inProgress: boolean;
}

export function finalCheckStatus(progress: Progress, trackId: string): FinalCheckStatus {
  const entry = progress.finalChecks[trackId];
  const attempts = entry?.attempts ?? [];
  const best = bestAttempt(attempts);
  const passed = attempts.find((a) => a.passed);
  const last = attempts.at(-1);
  return { attempts: attempts.length, ...(best ? { best } : {}), ...(passed ? { passed } : {}), ...(last ? { last } : {}), inProgress: entry?.snapshot !== undefined };
}


export interface ModuleStatus {
  /** not-started: never opened · in-progress: opened or tried, quiz not passed · done: quiz passed */
  state: 'not-started' | 'in-progress' | 'done';
  /** Best quiz score so far, 0–1. */
  bestScore?: number;
  attempts: number;
  /** When the quiz was first passed. */
  completed?: string;
  /** A quiz was left half-way. */
  quizInProgress: boolean;
}

export function moduleStatus(progress: Progress, moduleId: string): ModuleStatus {
  const visit = progress.modules[moduleId];
  const quiz = progress.quizzes[moduleId];
  const attempts = quiz?.attempts ?? [];
  const passed = attempts.some((a) => a.passed);
  const completed = visit?.completed ?? attempts.find((a) => a.passed)?.date;
  return {
    state: passed || completed ? 'done' : visit || attempts.length > 0 || quiz?.snapshot ? 'in-progress' : 'not-started',
    ...(attempts.length > 0 ? { bestScore: Math.max(...attempts.map((a) => a.score)) } : {}),
    attempts: attempts.length,
    ...(completed ? { completed } : {}),
    quizInProgress: quiz?.snapshot !== undefined,
  };
}

export interface TrackSummary {
  total: number;
  /** Modules opened at least once (done ones included). */
  started: number;
  /** Modules whose quiz is passed. */
  done: number;
  /** Estimated minutes of what is not done yet: modules, the worksheet (until saved) and the final check (until passed). */
  minutesLeft: number;
  /** Every module's quiz is passed. */
  complete: boolean;
  /** The worksheet has been saved (true when the track has none). */
  worksheetDone: boolean;
  /** The final check is passed (true when the track has none, or its certificate does not need it). */
  finalPassed: boolean;
  modules: { module: ModuleOutline; status: ModuleStatus }[];
}

export function trackSummary(progress: Progress, track: TrackOutline): TrackSummary {
  const modules = track.modules.map((module) => ({ module, status: moduleStatus(progress, module.id) }));
  const done = modules.filter((m) => m.status.state === 'done');
  const worksheetDone = !track.worksheet || progress.worksheets[track.worksheet.id] !== undefined;
  // A final check the certificate does not need is not counted as left to do.
  const finalPassed = !track.finalCheck || !certificateNeeds(track).final || finalCheckStatus(progress, track.id).passed !== undefined;
  return {
    total: modules.length,
    started: modules.filter((m) => m.status.state !== 'not-started').length,
    done: done.length,
    minutesLeft:
      modules.filter((m) => m.status.state !== 'done').reduce((sum, m) => sum + m.module.minutes, 0) +
      (worksheetDone ? 0 : track.worksheet!.minutes) +
      (finalPassed ? 0 : track.finalCheck!.minutes),
    complete: modules.length > 0 && done.length === modules.length,
    worksheetDone,
    finalPassed,
    modules,
  };
}

/**
 * The way forward in a track, as its page offers it: Start on a track not begun, Continue at the
 * module opened last that is not done (or the first not done), then the closing step.
 */
export function nextStep(progress: Progress, track: TrackOutline): NextStep {
  const summary = trackSummary(progress, track);
  const first = track.modules[0];
  if (first && summary.started === 0) return { kind: 'module', label: `Start: ${first.title}`, href: first.href };
  const open = summary.modules.filter((m) => m.status.state !== 'done');
  const latest = [...open].sort((a, b) => lastVisit(progress, b.module.id) - lastVisit(progress, a.module.id))[0];
  if (latest) return { kind: 'module', label: `Continue: ${latest.module.title}`, href: latest.module.href };
  return closingStep(progress, track);
}

const lastVisit = (progress: Progress, moduleId: string) => {
  const at = Date.parse(progress.modules[moduleId]?.lastVisited ?? '');
  return Number.isNaN(at) ? -1 : at;
};

/**
 * Where to pick up: the module opened most recently if its quiz is not passed yet, otherwise the
 * next module of that track not done. Undefined before the first visit or once that track is done.
 */
export function continueWhere(progress: Progress, tracks: TrackOutline[]): { track: TrackOutline; module: ModuleOutline; resume: boolean } | undefined {
  let last: { track: TrackOutline; index: number; at: number } | undefined;
  for (const track of tracks) {
    track.modules.forEach((module, index) => {
      const visit = progress.modules[module.id];
      const at = visit ? Date.parse(visit.lastVisited) : NaN;
      if (!Number.isNaN(at) && (!last || at > last.at)) last = { track, index, at };
    });
  }
  if (!last) return undefined;
  const { track, index } = last;
  const lastModule = track.modules[index]!;
  if (moduleStatus(progress, lastModule.id).state !== 'done') return { track, module: lastModule, resume: true };
  const order = [...track.modules.slice(index + 1), ...track.modules.slice(0, index)];
  const next = order.find((module) => moduleStatus(progress, module.id).state !== 'done');
  return next ? { track, module: next, resume: false } : undefined;
}

/** A share 0–1 as a whole percentage, e.g. "83%". */
export const percent = (share: number) => `${Math.round(share * 100)}%`;

/** Where a module stands, in a word or two: "Done", "Quiz in progress", "Not started" … */
export function describeModuleState(status: ModuleStatus): string {
  if (status.state === 'done') return 'Done';
  if (status.quizInProgress) return 'Quiz in progress';
  if (status.state === 'in-progress') return status.attempts > 0 ? 'Quiz not passed yet' : 'Started';
  return 'Not started';
}

/** The status of a module with its best score, e.g. "Done · best score 83%". */
export function describeModuleStatus(status: ModuleStatus): string {
  return status.bestScore === undefined ? describeModuleState(status) : `${describeModuleState(status)} · best score ${percent(status.bestScore)}`;
}

/** Minutes left in words, or nothing when none are left (never "about 0 minutes"). */
export const describeMinutesLeft = (minutes: number) => (minutes > 0 ? `about ${minutes} minute${minutes === 1 ? '' : 's'} left` : '');

/** The status of a track in a few words, e.g. "2 of 5 modules done · about 24 minutes left". */
/** What a progress record holds, in a few words: "3 modules opened and 1 quiz passed". */
export function describeProgressCounts(progress: Progress): string {
  const modules = Object.keys(progress.modules).length;
  const passed = Object.values(progress.quizzes).filter((quiz) => quiz.attempts.some((a) => a.passed)).length;
  return `${modules} ${modules === 1 ? 'module' : 'modules'} opened and ${passed} ${passed === 1 ? 'quiz' : 'quizzes'} passed`;
}

/** A track's final check in a few words, e.g. "final check passed (best 88%)". */
export function describeFinalCheck(status: FinalCheckStatus): string {
  if (status.passed) return `final check passed (best ${percent(status.best!.score)})`;
  if (status.inProgress) return 'final check in progress';
  return status.best ? `final check not passed yet (best ${percent(status.best.score)})` : 'final check not taken';
}

export function describeTrackStatus(summary: TrackSummary): string {
  if (summary.complete) {
    const open = [!summary.worksheetDone && 'the worksheet', !summary.finalPassed && 'the final check'].filter(Boolean);
    if (open.length === 0) return `Complete: all ${summary.total} modules done`;
    return [`All ${summary.total} modules done; ${open.join(' and ')} to go`, describeMinutesLeft(summary.minutesLeft)].filter(Boolean).join(' · ');
  }
  if (summary.started === 0) return 'Not started';
  return [`${summary.done} of ${summary.total} modules done`, describeMinutesLeft(summary.minutesLeft)].filter(Boolean).join(' · ');
}
