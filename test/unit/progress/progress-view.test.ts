import { describe, expect, it } from 'vitest';
import { moduleStatus, trackSummary } from '../../../src/progress/course-status.ts';
import { encodeProgress } from '../../../src/progress/progress-codec.ts';
import { forSummaries, readProgressView } from '../../../src/progress/progress-view.ts';
import { PROGRESS_CHANGED_EVENT } from '../../../src/progress/progress-events.ts';
import { notePendingVisit } from '../../../src/progress/note-visit.ts';
import { readStoredProgress, storageNeedsStore, watchProgress, type WatchEnvironment } from '../../../src/progress/progress-watch.ts';
import { memoryStorage, storageKeys, type StorageBackend } from '../../../src/progress/safe-storage.ts';
import { fullableStorage, sampleProgress } from '../../helpers/progress.ts';

const keys = storageKeys('test');

describe('reading progress without the store', () => {
  it('shows a valid record as the store would', () => {
    const progress = sampleProgress();
    const { view, readable } = readProgressView(encodeProgress(progress));
    expect(readable).toBe(true);
    const id = 'foundations/what-social-media-changed';
    expect(moduleStatus(forSummaries(view), id)).toEqual(moduleStatus(progress, id));
    expect(moduleStatus(forSummaries(view), 'legal/policies-that-enable')).toEqual(moduleStatus(progress, 'legal/policies-that-enable'));
    expect(view.track).toBe('legal');
    expect(Object.keys(view.worksheets)).toEqual(['executive/roadmap']);
  });

  it('reads a later version of the record, taking only the fields it knows and ignoring the rest', () => {
    const next = {
      version: 7,
      track: 'it',
      modules: { 'it/a': { firstVisited: '2026-03-01T09:00:00.000Z', lastVisited: '2026-03-02T09:00:00.000Z', completed: '2026-03-02T09:30:00.000Z', minutesSpent: 12 }, 'it/b': 'visited', 'it/c': { lastVisited: 5 } },
      quizzes: { 'it/a': { attempts: [{ score: 0.9, passed: true, date: '2026-03-02T09:30:00.000Z', contentHash: 'x' }, { score: 'high' }], draws: [1, 2] }, 'it/c': { attempts: 'none' } },
      finals: { it: { attempts: [] } },
      worksheets: [],
    };
    const { view, readable } = readProgressView(JSON.stringify(next));
    expect(readable).toBe(true);
    expect(view.modules).toEqual({ 'it/a': { firstVisited: '2026-03-01T09:00:00.000Z', lastVisited: '2026-03-02T09:00:00.000Z', completed: '2026-03-02T09:30:00.000Z' }, 'it/c': { firstVisited: '', lastVisited: '' } });
    expect(view.quizzes['it/a']!.attempts).toEqual([{ score: 0.9, passed: true, date: '2026-03-02T09:30:00.000Z' }]);
    expect(view.quizzes['it/c']).toEqual({ attempts: [] });
    const outline = { id: 'it', title: 'IT', href: '/', certificateHref: '/', modules: ['a', 'b', 'c'].map((slug) => ({ id: `it/${slug}`, title: slug, href: '/', minutes: 5 })) };
    expect(trackSummary(forSummaries(view), outline)).toMatchObject({ done: 1, started: 2, minutesLeft: 10 });
  });

  it('says when the store would set the record aside, and shows only pending visits then', () => {
    const pending = JSON.stringify({ visits: { 'it/a': { firstVisited: '2026-03-01T09:00:00.000Z', lastVisited: '2026-03-01T09:00:00.000Z' } } });
    for (const text of ['{"version":1,"modules":{"it/x"', '[]', '"progress"', '{"modules":{}}']) {
      const { view, readable } = readProgressView(text, pending);
      expect(readable, text).toBe(false);
      expect(Object.keys(view.modules)).toEqual(['it/a']);
    }
    expect(readProgressView(undefined).readable).toBe(true);
    expect(readProgressView(null, pending).view.modules['it/a']?.lastVisited).toBe('2026-03-01T09:00:00.000Z');
  });
});

/** A window stand-in: an event target with the storage and namespace the watcher uses. */
function environment(storage: StorageBackend = memoryStorage(), now = new Date('2026-04-01T10:00:00.000Z')): WatchEnvironment & { target: EventTarget } {
  const target = new EventTarget();
  return { storage: () => storage, events: target, namespace: 'test', now: () => now, target };
}

describe('watching progress', () => {
  it('shows progress at once, after this tab notes a visit, after the store saves and after another tab writes', () => {
    const storage = memoryStorage({ [keys.progress]: encodeProgress(sampleProgress()) });
    const env = environment(storage);
    const seen: string[][] = [];
    const stop = watchProgress((view) => seen.push(Object.keys(view.modules).sort()), env);
    expect(seen).toHaveLength(1);

    expect(notePendingVisit('it/account-takeover-runbook', 'it', env)).toBe(true);
    expect(seen.at(-1)).toContain('it/account-takeover-runbook');
    expect(readStoredProgress(env).view.track).toBe('it');

    storage.setItem(keys.progress, encodeProgress({ ...sampleProgress(), modules: {} }));
    env.target.dispatchEvent(new Event(PROGRESS_CHANGED_EVENT));
    expect(seen.at(-1)).toEqual(['it/account-takeover-runbook']);

    storage.removeItem(keys.pendingVisits);
    env.target.dispatchEvent(Object.assign(new Event('storage'), { key: 'another:key' }));
    expect(seen).toHaveLength(3);
    env.target.dispatchEvent(Object.assign(new Event('storage'), { key: keys.pendingVisits }));
    expect(seen.at(-1)).toEqual([]);

    stop();
    env.target.dispatchEvent(new Event(PROGRESS_CHANGED_EVENT));
    expect(seen).toHaveLength(4);
  });

  it('never throws when storage is blocked or full, and says the store is needed then', () => {
    const blocked: WatchEnvironment = {
      ...environment(),
      storage: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    };
    const seen: unknown[] = [];
    watchProgress((view) => seen.push(view), blocked);
    expect(seen).toEqual([{ modules: {}, quizzes: {}, finalChecks: {}, worksheets: {}, attestations: {} }]);
    expect(notePendingVisit('it/a', 'it', blocked)).toBe(false);
    expect(storageNeedsStore(blocked)).toBe(true);

    const full = fullableStorage({ [keys.progress]: encodeProgress(sampleProgress()) });
    full.state.full = true;
    const env = environment(full.backend);
    expect(notePendingVisit('it/a', 'it', env)).toBe(false);
    expect(storageNeedsStore(env)).toBe(true);
    expect(Object.keys(readStoredProgress(env).view.modules)).toHaveLength(2);

    expect(storageNeedsStore(environment(memoryStorage({ [keys.progress]: encodeProgress(sampleProgress()) })))).toBe(false);
    expect(storageNeedsStore(environment(memoryStorage({ [keys.progress]: 'not json' })))).toBe(true);
  });
});
