/**
 * The one thing a module page writes without the store: that the learner opened it, as a pending
 * visit the store folds in when it next loads (pending-visits.ts). Apart from the readers, so pages
 * that only read progress do not carry it.
 */
import { EVERYONE_TRACK } from '../course/routes.ts';
import { earlier, later, parsePendingVisits, type PendingVisits } from './pending-visits.ts';
import { PROGRESS_CHANGED_EVENT } from './progress-events.ts';
import { browserWatchEnvironment, type WatchEnvironment } from './progress-watch.ts';
import { keysOf } from './storage-keys.ts';

/** `pending` with a visit to `moduleId` of `track` at `date` added (a copy). */
export function addPendingVisit(pending: PendingVisits, moduleId: string, track: string, date: string): PendingVisits {
  const previous = pending.visits[moduleId];
  const next: PendingVisits = {
    ...pending,
    visits: { ...pending.visits, [moduleId]: { firstVisited: previous ? earlier(previous.firstVisited, date) : date, lastVisited: previous ? later(previous.lastVisited, date) : date } },
  };
  if (track !== EVERYONE_TRACK && (!pending.track || Date.parse(date) >= Date.parse(pending.track.at))) next.track = { id: track, at: date };
  return next;
}

/** Notes that the learner opened `moduleId` of `track`; false when storage refused (blocked or full). */
export function notePendingVisit(moduleId: string, track: string, environment: WatchEnvironment = browserWatchEnvironment()): boolean {
  const key = keysOf(environment.namespace).pendingVisits;
  const date = (environment.now?.() ?? new Date()).toISOString();
  try {
    const storage = environment.storage();
    if (!storage) return false;
    storage.setItem(key, JSON.stringify(addPendingVisit(parsePendingVisits(storage.getItem(key)), moduleId, track, date)));
  } catch {
    return false;
  }
  environment.events.dispatchEvent(new Event(PROGRESS_CHANGED_EVENT));
  return true;
}
