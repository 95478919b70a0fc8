import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addPendingVisit } from '../../../src/progress/note-visit.ts';
import { foldPendingVisits, parsePendingVisits, type PendingVisits } from '../../../src/progress/pending-visits.ts';
import { sampleProgress } from '../../helpers/progress.ts';

const at = (day: number, hour = 9) => new Date(Date.UTC(2026, 0, day, hour)).toISOString();

describe('pending visits', () => {
  it('reads what addPendingVisit wrote, and anything else as no visits', () => {
    let pending = addPendingVisit({ visits: {} }, 'legal/policies-that-enable', 'legal', at(2));
    pending = addPendingVisit(pending, 'legal/policies-that-enable', 'legal', at(3));
    pending = addPendingVisit(pending, 'legal/policies-that-enable', 'legal', at(1));
    expect(parsePendingVisits(JSON.stringify(pending))).toEqual({
      visits: { 'legal/policies-that-enable': { firstVisited: at(1), lastVisited: at(3) } },
      track: { id: 'legal', at: at(3) },
    });
    for (const text of [null, undefined, '', 'not json', '[]', '42', '{"visits":[]}', '{"visits":{"a/b":{"firstVisited":"soon"}}}']) {
      expect(parsePendingVisits(text)).toEqual({ visits: {} });
    }
    expect(parsePendingVisits('{"visits":{"__proto__":{"firstVisited":"2026-01-01T00:00:00.000Z","lastVisited":"2026-01-01T00:00:00.000Z"}}}').visits).toEqual({});
  });

  it('remembers the latest role track, never Foundations', () => {
    let pending = addPendingVisit({ visits: {} }, 'foundations/what-changed', 'foundations', at(1));
    expect(pending.track).toBeUndefined();
    pending = addPendingVisit(pending, 'it/account-takeover-runbook', 'it', at(2));
    pending = addPendingVisit(pending, 'foundations/what-changed', 'foundations', at(3));
    expect(pending.track).toEqual({ id: 'it', at: at(2) });
  });

  it('folds visits in without lowering anything the record holds', () => {
    const progress = sampleProgress();
    const done = 'foundations/what-social-media-changed';
    const before = structuredClone(progress);
    const pending: PendingVisits = {
      visits: {
        // Older than the record on both ends, and newer on both ends.
        [done]: { firstVisited: at(1), lastVisited: at(2) },
        'legal/policies-that-enable': { firstVisited: at(8), lastVisited: at(9) },
        'support/closing-the-loop': { firstVisited: at(4), lastVisited: at(4) },
      },
    };
    const folded = foldPendingVisits(progress, pending);
    expect(progress).toEqual(before);
    expect(folded.modules[done]).toEqual({ firstVisited: at(1), lastVisited: before.modules[done]!.lastVisited, completed: before.modules[done]!.completed });
    expect(folded.modules['legal/policies-that-enable']).toEqual({ firstVisited: before.modules['legal/policies-that-enable']!.firstVisited, lastVisited: at(9) });
    expect(folded.modules['support/closing-the-loop']).toEqual({ firstVisited: at(4), lastVisited: at(4) });
    expect({ ...folded, modules: undefined }).toEqual({ ...before, modules: undefined });
  });

  it('takes the pending role track only when its visit is the newest', () => {
    const progress = sampleProgress();
    const newest = '2026-01-07T09:00:00.000Z';
    expect(foldPendingVisits(progress, { visits: {}, track: { id: 'it', at: '2026-01-07T08:59:00.000Z' } }).track).toBe('legal');
    expect(foldPendingVisits(progress, { visits: {}, track: { id: 'it', at: newest } }).track).toBe('it');
    const fresh: { track?: string; modules: Record<string, never> } = { modules: {} };
    expect(foldPendingVisits(fresh, { visits: {}, track: { id: 'it', at: newest } }).track).toBe('it');
  });

  it('leaves out the visits the caller refuses', () => {
    const folded = foldPendingVisits({ modules: {} }, { visits: { 'a/b': { firstVisited: at(1), lastVisited: at(1) }, bad: { firstVisited: at(1), lastVisited: at(1) } } }, (id) => id.includes('/'));
    expect(Object.keys(folded.modules)).toEqual(['a/b']);
  });

  it('never moves a first visit later, a last visit earlier, or loses a module or completion (any dates)', () => {
    const date = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }).map((ms) => new Date(ms).toISOString());
    const visit = fc.tuple(date, date).map(([a, b]) => (a <= b ? { firstVisited: a, lastVisited: b } : { firstVisited: b, lastVisited: a }));
    const id = fc.constantFrom('it/a', 'it/b', 'legal/c', 'support/d');
    type Visit = { firstVisited: string; lastVisited: string; completed?: string };
    const record = fc.dictionary(id, fc.tuple(visit, fc.option(date, { nil: undefined })).map(([v, completed]): Visit => (completed ? { ...v, completed } : v)));
    fc.assert(
      fc.property(record, fc.dictionary(id, visit), (modules, visits) => {
        const folded = foldPendingVisits({ modules }, { visits });
        for (const [moduleId, known] of Object.entries(modules)) {
          const now = folded.modules[moduleId]!;
          expect(Date.parse(now.firstVisited)).toBeLessThanOrEqual(Date.parse(known.firstVisited));
          expect(Date.parse(now.lastVisited)).toBeGreaterThanOrEqual(Date.parse(known.lastVisited));
          expect(now.completed).toBe(known.completed);
        }
        for (const [moduleId, pending] of Object.entries(visits)) {
          expect(Date.parse(folded.modules[moduleId]!.lastVisited)).toBeGreaterThanOrEqual(Date.parse(pending.lastVisited));
        }
        // Folding twice changes nothing more.
        expect(foldPendingVisits(folded, { visits })).toEqual(folded);
      }),
    );
  });
});
