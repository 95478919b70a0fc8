import fc from 'fast-check';
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
    finalChecks: {
      foundations: {
        attempts: [
          {
            correct: 1,
            total: 2,
            score: 0.5,
            passed: false,
            date: '2026-01-08T09:00:00.000Z',
            contentVersion: 'pool-v1',
            answers: [
              { question: 'f01', picks: ['a'], right: true },
              { question: 'f07', picks: ['b', 'c'], right: false },
            ],
          },
        ],
      },
    },
    attestations: { foundations: { date: '2026-01-08T09:05:00.000Z', policy: 'Acme Social Media Policy', version: '3.1 (May 2026)' } },
  };
}

/** The sample as version 1 stored it: no final checks, no attestations. */
export function sampleProgressV1(): Record<string, unknown> {
  const { finalChecks: _f, attestations: _a, ...v1 } = sampleProgress();
  return { ...structuredClone(v1), version: 1 };
}

const isoDate = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }).map((d) => d.toISOString());
const slug = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,12}$/);
const moduleId = fc.tuple(slug, slug).map(([track, name]) => `${track}/${name}`);
const anyAttempt = fc
  .tuple(fc.integer({ min: 1, max: 20 }), fc.nat(20), fc.boolean(), isoDate)
  .map(([total, n, passed, date]) => {
    const correct = n % (total + 1);
    return { correct, total, score: correct / total, passed, date };
  });
const snapshot = fc.record({ machineVersion: fc.integer(), quizHash: fc.string({ maxLength: 40 }), state: fc.jsonValue() });
const finalAttempt = fc
  .tuple(fc.array(fc.tuple(fc.stringMatching(/^f[0-9]{2}$/), fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 3 }), fc.boolean()), { minLength: 1, maxLength: 8 }), fc.boolean(), isoDate)
  .map(([asked, passed, date]) => {
    const answers = asked.map(([question, picks, right]) => ({ question, picks, right }));
    const correct = answers.filter((a) => a.right).length;
    return { correct, total: answers.length, score: correct / answers.length, passed, date, contentVersion: 'pool', answers };
  });

/** Any valid progress record (property tests). */
export const validProgress: fc.Arbitrary<Progress> = fc.record(
  {
    version: fc.constant(PROGRESS_VERSION as typeof PROGRESS_VERSION),
    track: slug,
    learnerName: fc.string({ maxLength: 120 }),
    modules: fc.dictionary(moduleId, fc.record({ firstVisited: isoDate, lastVisited: isoDate, completed: isoDate }, { requiredKeys: ['firstVisited', 'lastVisited'] })),
    quizzes: fc.dictionary(moduleId, fc.record({ attempts: fc.array(anyAttempt, { maxLength: 5 }), snapshot }, { requiredKeys: ['attempts'] })),
    worksheets: fc.dictionary(fc.string({ minLength: 1, maxLength: 30 }).filter((id) => id !== '__proto__'), fc.record({ fields: fc.dictionary(fc.string({ maxLength: 20 }).filter((name) => name !== '__proto__'), fc.string()), updated: isoDate })),
    finalChecks: fc.dictionary(slug, fc.record({ attempts: fc.array(finalAttempt, { maxLength: 3 }), snapshot }, { requiredKeys: ['attempts'] })),
    attestations: fc.dictionary(slug, fc.record({ date: isoDate, policy: fc.string({ minLength: 1, maxLength: 60 }), version: fc.string({ maxLength: 20 }) }, { requiredKeys: ['date', 'policy'] })),
  },
  { requiredKeys: ['version', 'modules', 'quizzes', 'worksheets', 'finalChecks', 'attestations'] },
);

