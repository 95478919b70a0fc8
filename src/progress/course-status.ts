// Reading pages pass a view read without the store (progress-view.ts); a full `Progress` fits it too.
import type { ProgressView as Progress } from './progress-view.ts';

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
  /** Estimated minutes of the modules not done yet. */
  minutesLeft: number;
  complete: boolean;
  modules: { module: ModuleOutline; status: ModuleStatus }[];
}

export function trackSummary(progress: Progress, track: TrackOutline): TrackSummary {
  const modules = track.modules.map((module) => ({ module, status: moduleStatus(progress, module.id) }));
  const done = modules.filter((m) => m.status.state === 'done');
  return {
    total: modules.length,
    started: modules.filter((m) => m.status.state !== 'not-started').length,
    done: done.length,
    minutesLeft: modules.filter((m) => m.status.state !== 'done').reduce((sum, m) => sum + m.module.minutes, 0),
    complete: modules.length > 0 && done.length === modules.length,
    modules,
  };
}

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

/** The status of a track in a few words, e.g. "2 of 5 modules done · about 24 minutes left". */
export function describeTrackStatus(summary: TrackSummary): string {
  if (summary.complete) return `Complete: all ${summary.total} modules done`;
  if (summary.started === 0) return 'Not started';
  return `${summary.done} of ${summary.total} modules done · about ${summary.minutesLeft} minutes left`;
}
