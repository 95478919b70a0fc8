import type { PersistentEvents, PersistentListener } from '@nanostores/persistent';
import { PROGRESS_VERSION, type Progress, type QuizAttempt } from '../../src/progress/progress-schema.ts';
import { memoryStorage, type StorageBackend } from '../../src/progress/safe-storage.ts';

/** `storage` events as another tab would cause them: `deliver` hands one to every listener. */
export function fakeTabEvents() {
  let listeners: PersistentListener[] = [];
  const events: PersistentEvents = {
    addEventListener: (_key, listener) => void listeners.push(listener),
    removeEventListener: (_key, listener) => void (listeners = listeners.filter((l) => l !== listener)),
  };
  return { events, deliver: (key: string, newValue: string) => listeners.forEach((listener) => listener({ key, newValue })) };
}

/** Storage whose writes fail like a full `localStorage` (reads still work) once `full` is set. */
export function fullableStorage(initial: Record<string, string> = {}) {
  const inner = memoryStorage(initial);
  const state = { full: false };
  const backend: StorageBackend = {
    getItem: (key) => inner.getItem(key),
    setItem: (key, value) => {
      if (state.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      inner.setItem(key, value);
    },
    removeItem: (key) => inner.removeItem(key),
    key: (index) => inner.key(index),
    get length() {
      return inner.length;
    },
  };
  return { backend, state, inner };
}

export const attempt = (correct: number, total: number, date: string, passMark = 0.8): QuizAttempt => ({
  correct,
  total,
  score: correct / total,
  passed: correct / total >= passMark,
  date,
});

/** A valid record with a little of everything. */
export function sampleProgress(): Progress {
  return {
    version: PROGRESS_VERSION,
    track: 'legal',
    learnerName: 'Ada Lovelace',
    modules: {
      'foundations/what-social-media-changed': { firstVisited: '2026-01-05T09:00:00.000Z', lastVisited: '2026-01-06T10:00:00.000Z', completed: '2026-01-06T10:20:00.000Z' },
      'legal/policies-that-enable': { firstVisited: '2026-01-07T09:00:00.000Z', lastVisited: '2026-01-07T09:00:00.000Z' },
    },
    quizzes: {
      'foundations/what-social-media-changed': { attempts: [attempt(4, 6, '2026-01-06T10:10:00.000Z'), attempt(6, 6, '2026-01-06T10:20:00.000Z')] },
      'legal/policies-that-enable': { attempts: [], snapshot: { machineVersion: 1, quizHash: 'abc123', state: { question: 2, answers: { q1: ['a'] } } } },
    },
    worksheets: { 'executive/roadmap': { fields: { goal: 'Answer complaints within an hour' }, updated: '2026-01-07T09:30:00.000Z' } },
  };
}
