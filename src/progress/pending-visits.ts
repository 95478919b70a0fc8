/**
 * Visits noted by reading pages. A module page must not load the progress store (its validation
 * is most of its 12 KB) only to note that the learner opened it, so it adds the visit to a small
 * record of its own under `<namespace>:pending-visits` (note-visit.ts). The store folds that record into the
 * progress when it next loads, before each change it makes and when another tab writes it, then
 * removes it. Pages that only show progress read both (progress-view.ts).
 *
 * Folding only ever adds: a visit can move `firstVisited` earlier and `lastVisited` later, never
 * the other way, and it never touches completion, quizzes, worksheets or anything else.
 */

export interface PendingVisit {
  firstVisited: string;
  lastVisited: string;
}

export interface PendingVisits {
  /** Module id (`<track>/<slug>`) → when it was first and last opened. */
  visits: Record<string, PendingVisit>;
  /** The role track of the latest visit to one of its modules, and when. */
  track?: { id: string; at: string };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
/** A date the store could keep: text that parses as a date. */
const isDate = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));
/** The earlier of two dates, `b` when `a` is missing or not a date. */
export const earlier = (a: string | undefined, b: string) => (a !== undefined && isDate(a) && Date.parse(a) <= Date.parse(b) ? a : b);
/** The later of two dates, `b` when `a` is missing or not a date. */
export const later = (a: string | undefined, b: string) => (a !== undefined && isDate(a) && Date.parse(a) >= Date.parse(b) ? a : b);

/** The pending visits in `text`; anything unreadable reads as none (it only ever holds visits). */
export function parsePendingVisits(text: string | null | undefined): PendingVisits {
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = undefined;
  }
  const pending: PendingVisits = { visits: {} };
  if (!isObject(data)) return pending;
  if (isObject(data.visits)) {
    for (const [id, visit] of Object.entries(data.visits)) {
      if (id !== '__proto__' && isObject(visit) && isDate(visit.firstVisited) && isDate(visit.lastVisited)) {
        pending.visits[id] = { firstVisited: visit.firstVisited, lastVisited: visit.lastVisited };
      }
    }
  }
  if (isObject(data.track) && typeof data.track.id === 'string' && isDate(data.track.at)) pending.track = { id: data.track.id, at: data.track.at };
  return pending;
}

/** What folding needs of a progress record: its visits and role track. */
interface WithVisits {
  track?: string;
  modules: Record<string, { firstVisited: string; lastVisited: string; completed?: string }>;
}

/** The latest visit a record holds, as a time (-Infinity for none). */
const newestVisit = (progress: WithVisits) => Math.max(-Infinity, ...Object.values(progress.modules).map((visit) => Date.parse(visit.lastVisited)).filter((at) => !Number.isNaN(at)));

/**
 * Folds pending visits into a progress record (a copy; `progress` is not changed). Only visits
 * `accept` allows are folded (the store checks ids and dates against its schema). The pending role
 * track replaces the record's only when its visit is at least as recent as every visit the record
 * holds, so a late fold never undoes a choice made since.
 */
export function foldPendingVisits<P extends WithVisits>(progress: P, pending: PendingVisits, accept: (moduleId: string, visit: PendingVisit) => boolean = () => true): P {
  const modules = { ...progress.modules };
  for (const [id, visit] of Object.entries(pending.visits)) {
    if (!accept(id, visit)) continue;
    const known = modules[id];
    modules[id] = known
      ? { ...known, firstVisited: earlier(known.firstVisited, visit.firstVisited), lastVisited: later(known.lastVisited, visit.lastVisited) }
      : { firstVisited: visit.firstVisited, lastVisited: visit.lastVisited };
  }
  const trackWins = pending.track !== undefined && Date.parse(pending.track.at) >= newestVisit(progress);
  return { ...progress, modules, ...(trackWins ? { track: pending.track!.id } : {}) };
}
