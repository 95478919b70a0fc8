import { afterEach, describe, expect, it, vi } from 'vitest';
import { encodeProgress } from '../../../src/progress/progress-codec.ts';
import { emptyProgress, type Progress } from '../../../src/progress/progress-schema.ts';
import { createProgressStore, type ProgressEnvironment } from '../../../src/progress/progress-store.ts';
import { memoryStorage, type StorageBackend } from '../../../src/progress/safe-storage.ts';
import { attempt, fakeTabEvents, fullableStorage, sampleProgress } from '../../helpers/progress.ts';

const KEY = 'test:progress';
const BACKUP = 'test:progress-backup';
const NOW = new Date('2026-02-01T12:00:00.000Z');

function setup(backend: StorageBackend = memoryStorage(), overrides: Partial<ProgressEnvironment> = {}) {
  const tabs = fakeTabEvents();
  const store = createProgressStore({ openStorage: () => backend, events: tabs.events, namespace: 'test', now: () => NOW, ...overrides });
  // Islands subscribe; a subscribed store also hears other tabs.
  const unsubscribe = store.$progress.listen(() => {});
  cleanups.push(unsubscribe);
  const stored = () => JSON.parse(backend.getItem(KEY) ?? 'null') as Progress | null;
  return { store, backend, tabs, stored };
}
const cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.splice(0).forEach((cleanup) => cleanup());
  vi.restoreAllMocks();
});

describe('progress store', () => {
  it('starts empty and saves visits', () => {
    const { store, stored } = setup();
    expect(store.$progress.get()).toEqual(emptyProgress());
    expect(store.$storageStatus.get()).toBe('ok');
    store.recordVisit('legal/policies-that-enable');
    const visit = { firstVisited: NOW.toISOString(), lastVisited: NOW.toISOString() };
    expect(store.$progress.get().modules).toEqual({ 'legal/policies-that-enable': visit });
    expect(stored()?.modules).toEqual({ 'legal/policies-that-enable': visit });
  });

  it('keeps the first visit date and moves the last one', () => {
    let now = new Date('2026-01-01T00:00:00.000Z');
    const { store } = setup(memoryStorage(), { now: () => now });
    store.recordVisit('it/account-takeover-runbook');
    now = new Date('2026-01-02T00:00:00.000Z');
    store.recordVisit('it/account-takeover-runbook');
    expect(store.$progress.get().modules['it/account-takeover-runbook']).toEqual({ firstVisited: '2026-01-01T00:00:00.000Z', lastVisited: '2026-01-02T00:00:00.000Z' });
  });

  it('loads what an earlier visit saved', () => {
    const saved = sampleProgress();
    const { store } = setup(memoryStorage({ [KEY]: encodeProgress(saved) }));
    expect(store.$progress.get()).toEqual(saved);
    expect(store.$storageStatus.get()).toBe('ok');
  });

  it('keeps a final check in progress, then its attempts with their answers and edition; refuses a malformed one', () => {
    const { store, stored } = setup();
    const snapshot = { machineVersion: 1, quizHash: 'pool', state: { value: 'question', context: {} } };
    expect(store.saveFinalCheckSnapshot('foundations', snapshot)).toBe(true);
    expect(store.getFinalCheckProgress('foundations')).toEqual({ snapshot, attempts: [] });
    const final = { correct: 1, total: 2, score: 0.5, passed: false, date: NOW.toISOString(), contentVersion: 'pool', answers: [{ question: 'f1', picks: ['a'], right: true }, { question: 'f2', picks: ['b'], right: false }] };
    expect(store.recordFinalCheckAttempt('foundations', final)).toBe(true);
    expect(store.getFinalCheckProgress('foundations')).toEqual({ attempts: [final] });
    expect(stored()?.finalChecks.foundations).toEqual({ attempts: [final] });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(store.recordFinalCheckAttempt('foundations', { ...final, answers: [] , total: 3, correct: 4 })).toBe(false);
    expect(store.recordFinalCheckAttempt('Not A Track', final)).toBe(false);
    expect(store.getFinalCheckProgress('foundations').attempts).toHaveLength(1);
  });

  it('records the policy confirmation with its date, title and version', () => {
    const { store, stored } = setup();
    expect(store.attestPolicy('foundations', { policy: 'Acme Social Media Policy', version: '3.1 (May 2026)' })).toBe(true);
    expect(stored()?.attestations).toEqual({ foundations: { date: NOW.toISOString(), policy: 'Acme Social Media Policy', version: '3.1 (May 2026)' } });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(store.attestPolicy('foundations', { policy: '' })).toBe(false);
  });

  it('records attempts, clears the snapshot, and completes the module on a pass', () => {
    const { store, stored } = setup();
    const id = 'support/closing-the-loop';
    const snapshot = { machineVersion: 2, quizHash: 'h', state: { at: 'q3', answers: [1, 2] } };
    store.saveQuizSnapshot(id, snapshot);
    expect(store.getQuizProgress(id)).toEqual({ snapshot, attempts: [] });
    const failed = attempt(3, 6, '2026-01-01T10:00:00.000Z');
    store.recordQuizAttempt(id, failed);
    expect(store.getQuizProgress(id)).toEqual({ attempts: [failed] });
    expect(store.$progress.get().modules[id]?.completed).toBeUndefined();
    const passed = attempt(6, 6, '2026-01-01T10:30:00.000Z');
    store.recordQuizAttempt(id, passed);
    store.recordQuizAttempt(id, attempt(5, 6, '2026-01-02T10:30:00.000Z'));
    expect(store.getQuizProgress(id).attempts).toHaveLength(3);
    expect(stored()?.modules[id]?.completed).toBe(passed.date);
  });

  it('clears a snapshot when given null', () => {
    const { store } = setup();
    store.saveQuizSnapshot('it/wrong-account-posts', { machineVersion: 1, quizHash: 'h', state: 1 });
    store.saveQuizSnapshot('it/wrong-account-posts', null);
    expect(store.getQuizProgress('it/wrong-account-posts')).toEqual({ attempts: [] });
  });

  it('hands out copies, so callers cannot change stored progress behind its back', () => {
    const { store } = setup();
    store.recordQuizAttempt('it/wrong-account-posts', attempt(1, 2, '2026-01-01T00:00:00.000Z'));
    store.getQuizProgress('it/wrong-account-posts').attempts.push(attempt(2, 2, '2026-01-01T00:00:00.000Z'));
    store.saveWorksheet('w', { a: 'b' });
    store.getWorksheet('w')!['a'] = 'changed';
    expect(store.getQuizProgress('it/wrong-account-posts').attempts).toHaveLength(1);
    expect(store.getWorksheet('w')).toEqual({ a: 'b' });
  });

  it('ignores bad arguments without throwing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { store } = setup();
    store.recordVisit('../../etc');
    store.recordQuizAttempt('it/x', { correct: 3, total: 2, score: 1.5, passed: true, date: 'now' });
    store.saveQuizSnapshot('it/x', { machineVersion: 1, quizHash: 'h', state: { toJSON: () => { throw new Error('no'); } } });
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    store.saveQuizSnapshot('it/x', { machineVersion: 1, quizHash: 'h', state: cyclic });
    store.saveWorksheet('w', { a: 1 } as unknown as Record<string, string>);
    store.saveWorksheet('__proto__', { a: 'b' });
    store.chooseTrack('Not A Track!');
    expect(store.$progress.get()).toEqual(emptyProgress());
    expect(warn).toHaveBeenCalledTimes(7);
  });

  it('stores only the JSON-safe part of a snapshot state', () => {
    const { store } = setup();
    store.saveQuizSnapshot('it/x', { machineVersion: 1, quizHash: 'h', state: { keep: [1, 'a'], drop: undefined, fn: () => 1 } });
    expect(store.getQuizProgress('it/x').snapshot?.state).toEqual({ keep: [1, 'a'] });
  });

  it('saves worksheets, the chosen track and the learner name', () => {
    const { store, stored } = setup();
    store.saveWorksheet('executive/roadmap', { goal: 'Listen first' });
    store.chooseTrack('legal');
    store.setLearnerName('  Grace   Hopper ');
    expect(store.getWorksheet('executive/roadmap')).toEqual({ goal: 'Listen first' });
    expect(store.getWorksheet('missing')).toBeUndefined();
    expect(stored()).toMatchObject({ track: 'legal', learnerName: 'Grace Hopper', worksheets: { 'executive/roadmap': { fields: { goal: 'Listen first' }, updated: NOW.toISOString() } } });
    store.setLearnerName('   ');
    expect(stored()?.learnerName).toBeUndefined();
  });

  it('replaces and resets all progress', () => {
    const { store, stored } = setup();
    store.replaceProgress(sampleProgress());
    expect(stored()).toEqual(sampleProgress());
    store.resetProgress();
    expect(stored()).toEqual(emptyProgress());
    expect(store.$progress.get()).toEqual(emptyProgress());
  });
});

describe('every write goes through the schema every read uses', () => {
  it('refuses a track id the schema refuses, saves nothing, and the next page load still reads the progress', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { store, backend, stored } = setup(memoryStorage({ [KEY]: encodeProgress(sampleProgress()) }));
    expect(store.chooseTrack('a'.repeat(60))).toBe(false);
    expect(stored()).toEqual(sampleProgress());
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/chooseTrack.*track/);
    const next = setup(backend);
    expect(next.store.$storageStatus.get()).toBe('ok');
    expect(next.store.$progress.get()).toEqual(sampleProgress());
    expect(store.chooseTrack('a'.repeat(50))).toBe(true);
    expect(stored()?.track).toBe('a'.repeat(50));
  });

  it.each([
    ['a track id longer than 50 characters', { track: 't'.repeat(51) }],
    ['a name longer than 120 characters', { learnerName: 'n'.repeat(121) }],
    ['a module id that is not <track>/<slug>', { modules: { 'Not An Id': { firstVisited: '2026-01-01T00:00:00.000Z', lastVisited: '2026-01-01T00:00:00.000Z' } } }],
    ['a date that is not ISO 8601', { modules: { 'it/x': { firstVisited: 'yesterday', lastVisited: '2026-01-01T00:00:00.000Z' } } }],
    ['an attempt with more right than asked', { quizzes: { 'it/x': { attempts: [{ correct: 3, total: 2, score: 1, passed: true, date: '2026-01-01T00:00:00.000Z' }] } } }],
    ['a worksheet under a reserved name', { worksheets: JSON.parse('{"__proto__":{"fields":{},"updated":"2026-01-01T00:00:00.000Z"}}') }],
  ])('replaceProgress refuses %s and keeps what was stored', (_, change) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { store, backend, stored } = setup(memoryStorage({ [KEY]: encodeProgress(sampleProgress()) }));
    expect(store.replaceProgress({ ...sampleProgress(), ...change } as Progress)).toBe(false);
    expect(stored()).toEqual(sampleProgress());
    expect(store.$progress.get()).toEqual(sampleProgress());
    expect(setup(backend).store.$storageStatus.get()).toBe('ok');
  });

  it('refuses a learner name longer than the schema allows instead of cutting it', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { store, stored } = setup();
    expect(store.setLearnerName('n'.repeat(121))).toBe(false);
    expect(stored()).toBeNull();
    expect(store.setLearnerName(`  ${'n'.repeat(60)}   ${'m'.repeat(59)} `)).toBe(true);
    expect(stored()?.learnerName).toHaveLength(120);
  });

  it('tells every caller whether its change was saved', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { store } = setup();
    const id = 'it/x';
    expect(store.recordVisit(id)).toBe(true);
    expect(store.recordVisit('../../etc')).toBe(false);
    expect(store.saveQuizSnapshot(id, { machineVersion: 1, quizHash: 'h', state: 1 })).toBe(true);
    expect(store.saveQuizSnapshot(id, null)).toBe(true);
    expect(store.saveQuizSnapshot(id, { machineVersion: 1.5, quizHash: 'h', state: 1 })).toBe(false);
    expect(store.recordQuizAttempt(id, attempt(1, 2, '2026-01-01T00:00:00.000Z'))).toBe(true);
    expect(store.recordQuizAttempt(id, { ...attempt(1, 2, '2026-01-01T00:00:00.000Z'), score: 2 })).toBe(false);
    expect(store.saveWorksheet('w', { a: 'b' })).toBe(true);
    expect(store.saveWorksheet('w', { ['k'.repeat(201)]: 'b' })).toBe(false);
    expect(store.chooseTrack('it')).toBe(true);
    expect(store.setLearnerName('Ada')).toBe(true);
    expect(store.replaceProgress(sampleProgress())).toBe(true);
    expect(store.resetProgress()).toBe(true);
  });
});

describe('progress store with bad data', () => {
  it.each([
    ['unparseable text', '{"version":1,', 'The saved progress is not valid JSON.'],
    ['a foreign format', '{"theme":"dark"}', 'The saved progress has no valid version number.'],
    ['a newer version', '{"version":7}', 'The saved progress is version 7, newer than this course understands (version 2).'],
  ])('sets %s aside, reports it and starts fresh', (_, text, reason) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { store, backend, stored } = setup(memoryStorage({ [KEY]: text }));
    expect(store.$storageStatus.get()).toBe('recovered');
    expect(store.$progress.get()).toEqual(emptyProgress());
    expect(JSON.parse(backend.getItem(BACKUP)!)).toEqual({ date: NOW.toISOString(), reason, text });
    expect(store.getSetAside()).toEqual({ date: NOW.toISOString(), reason, text });
    // The bad data is replaced, so the next page reads fresh progress and says nothing.
    expect(stored()).toEqual(emptyProgress());
    store.recordVisit('it/x');
    expect(stored()?.modules['it/x']).toBeDefined();
    store.dismissRecoveryNotice();
    expect(store.$storageStatus.get()).toBe('ok');
  });

  it('keeps what it set aside, not erased, through later changes and page loads', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const text = '{"version":1,"modules":{"it/x"';
    const backend = memoryStorage({ [KEY]: text });
    const first = setup(backend);
    const setAside = first.store.getSetAside();
    expect(setAside).toMatchObject({ text });
    first.store.recordVisit('it/y');
    first.store.dismissRecoveryNotice();
    // The next page load reads the fresh record, says nothing, and still offers the set-aside data.
    const next = setup(backend);
    expect(next.store.$storageStatus.get()).toBe('ok');
    expect(next.store.$progress.get().modules['it/y']).toBeDefined();
    expect(next.store.getSetAside()).toEqual(setAside);
    expect(JSON.parse(backend.getItem(BACKUP)!)).toEqual(setAside);
  });

  it('has nothing set aside when the data was fine', () => {
    const { store } = setup();
    expect(store.getSetAside()).toBeUndefined();
  });
});

describe('progress store without usable storage', () => {
  it('works in memory when storage is blocked', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { store } = setup(undefined, {
      openStorage: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    expect(store.$storageStatus.get()).toBe('memory');
    store.recordQuizAttempt('it/x', attempt(2, 2, '2026-01-01T00:00:00.000Z'));
    expect(store.getQuizProgress('it/x').attempts).toHaveLength(1);
    expect(store.$progress.get().modules['it/x']?.completed).toBe('2026-01-01T00:00:00.000Z');
  });

  it('keeps stored progress and goes on in memory when storage fills up mid-visit', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { backend, state } = fullableStorage({ [KEY]: encodeProgress(sampleProgress()) });
    const { store } = setup(backend);
    expect(store.$storageStatus.get()).toBe('ok');
    state.full = true;
    store.recordVisit('it/x');
    expect(store.$storageStatus.get()).toBe('memory');
    expect(store.$progress.get().modules['it/x']).toBeDefined();
    expect(store.$progress.get().learnerName).toBe('Ada Lovelace');
    store.recordVisit('it/y');
    expect(Object.keys(store.$progress.get().modules)).toContain('it/x');
    expect(JSON.parse(backend.getItem(KEY)!)).toEqual(sampleProgress());
  });

  it('loads existing progress when storage is already full', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { backend, state } = fullableStorage({ [KEY]: encodeProgress(sampleProgress()) });
    state.full = true;
    const { store } = setup(backend);
    expect(store.$storageStatus.get()).toBe('memory');
    expect(store.$progress.get()).toEqual(sampleProgress());
  });
});

describe('progress store namespaces', () => {
  it('keeps the progress of two copies of the course on one storage apart', () => {
    const backend = memoryStorage();
    const legal = setup(backend, { namespace: 'acme-legal' });
    const itCopy = setup(backend, { namespace: 'acme-it' });
    legal.store.recordVisit('legal/a');
    itCopy.store.recordVisit('it/b');
    expect(Object.keys(legal.store.$progress.get().modules)).toEqual(['legal/a']);
    expect(Object.keys(itCopy.store.$progress.get().modules)).toEqual(['it/b']);
    expect(Object.keys(JSON.parse(backend.getItem('acme-legal:progress')!).modules)).toEqual(['legal/a']);
    expect(Object.keys(JSON.parse(backend.getItem('acme-it:progress')!).modules)).toEqual(['it/b']);
    expect(itCopy.store.resetProgress()).toBe(true);
    expect(Object.keys(legal.store.$progress.get().modules)).toEqual(['legal/a']);
  });
});

describe('progress store across tabs', () => {
  it('takes up what another tab saved', () => {
    const { store, backend, tabs } = setup();
    const other = sampleProgress();
    backend.setItem(KEY, encodeProgress(other));
    tabs.deliver(KEY, encodeProgress(other));
    expect(store.$progress.get()).toEqual(other);
  });

  it('builds on another tab\'s write even before its event arrives', () => {
    const { store, backend, stored } = setup();
    backend.setItem(KEY, encodeProgress(sampleProgress()));
    store.recordVisit('it/x');
    expect(Object.keys(stored()!.modules)).toEqual([...Object.keys(sampleProgress().modules), 'it/x']);
    expect(stored()?.learnerName).toBe('Ada Lovelace');
  });

  it('follows another tab\'s reset', () => {
    const { store, backend, tabs } = setup(memoryStorage({ [KEY]: encodeProgress(sampleProgress()) }));
    backend.setItem(KEY, encodeProgress(emptyProgress()));
    tabs.deliver(KEY, encodeProgress(emptyProgress()));
    expect(store.$progress.get()).toEqual(emptyProgress());
  });

  it('sets aside unreadable data another tab wrote', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { store, backend, tabs } = setup(memoryStorage({ [KEY]: encodeProgress(sampleProgress()) }));
    backend.setItem(KEY, 'garbage');
    tabs.deliver(KEY, 'garbage');
    expect(store.$storageStatus.get()).toBe('recovered');
    expect(store.$progress.get()).toEqual(emptyProgress());
    expect(store.getSetAside()?.text).toBe('garbage');
  });
});

describe('visits noted without the store', () => {
  const PENDING = 'test:pending-visits';
  const visit = (firstVisited: string, lastVisited = firstVisited) => ({ firstVisited, lastVisited });

  it('folds them in when it loads, never lowering what is recorded, and removes them', () => {
    const saved = sampleProgress();
    const done = 'foundations/what-social-media-changed';
    const pending = {
      visits: { [done]: visit('2026-01-01T09:00:00.000Z', '2026-01-02T09:00:00.000Z'), 'it/account-takeover-runbook': visit('2026-01-08T09:00:00.000Z'), 'not a module': visit('2026-01-08T09:00:00.000Z') },
      track: { id: 'it', at: '2026-01-08T09:00:00.000Z' },
    };
    const { store, backend, stored } = setup(memoryStorage({ [KEY]: encodeProgress(saved), [PENDING]: JSON.stringify(pending) }));
    const modules = store.$progress.get().modules;
    expect(modules[done]).toEqual({ ...saved.modules[done], firstVisited: '2026-01-01T09:00:00.000Z' });
    expect(modules['it/account-takeover-runbook']).toEqual(visit('2026-01-08T09:00:00.000Z'));
    expect(modules).not.toHaveProperty(['not a module']);
    expect(store.$progress.get().track).toBe('it');
    expect(store.$progress.get().quizzes).toEqual(saved.quizzes);
    expect(stored()).toEqual(store.$progress.get());
    expect(backend.getItem(PENDING)).toBeNull();
  });

  it('folds in a visit another tab noted, and any pending visit with its next change', () => {
    const { store, backend, tabs } = setup();
    const text = JSON.stringify({ visits: { 'legal/policies-that-enable': visit('2026-01-03T09:00:00.000Z') } });
    backend.setItem(PENDING, text);
    tabs.deliver(PENDING, text);
    expect(store.$progress.get().modules).toHaveProperty(['legal/policies-that-enable']);
    expect(backend.getItem(PENDING)).toBeNull();

    backend.setItem(PENDING, JSON.stringify({ visits: { 'it/x': visit('2026-01-04T09:00:00.000Z') } }));
    store.setLearnerName('Ada');
    expect(Object.keys(store.$progress.get().modules).sort()).toEqual(['it/x', 'legal/policies-that-enable']);
    expect(backend.getItem(PENDING)).toBeNull();
  });

  it('keeps pending visits a refused change could not save, and forgets them on reset', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const text = JSON.stringify({ visits: { 'it/x': visit('2026-01-04T09:00:00.000Z') } });
    const { store, backend } = setup(memoryStorage({ [PENDING]: text }));
    backend.setItem(PENDING, text);
    expect(store.chooseTrack('Not A Track')).toBe(false);
    expect(backend.getItem(PENDING)).toBe(text);
    expect(store.resetProgress()).toBe(true);
    expect(backend.getItem(PENDING)).toBeNull();
    expect(store.$progress.get()).toEqual(emptyProgress());
  });

  it('tells this tab\'s reading views after each save', () => {
    const onSaved = vi.fn();
    const { store } = setup(memoryStorage(), { onSaved });
    store.recordVisit('it/x');
    expect(onSaved).toHaveBeenCalledTimes(1);
  });
});

describe('the page instance', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('renders on the server as for a new learner, storing nothing', async () => {
    const page = await import('../../../src/progress/progress-store.ts');
    expect(page.$storageStatus.get()).toBe('ok');
    expect(page.$progress.get()).toEqual(emptyProgress());
    expect(() => page.recordVisit('it/x')).not.toThrow();
  });

  it('uses localStorage under the namespace set on <html>', async () => {
    const backend = memoryStorage();
    vi.stubGlobal('window', { localStorage: backend, addEventListener() {}, removeEventListener() {} });
    vi.stubGlobal('document', { documentElement: { getAttribute: (name: string) => (name === 'data-storage-namespace' ? 'acme-legal' : null) } });
    const page = await import('../../../src/progress/progress-store.ts');
    page.recordVisit('legal/policies-that-enable');
    expect(page.progressKeys.progress).toBe('acme-legal:progress');
    expect(JSON.parse(backend.getItem('acme-legal:progress')!).modules).toHaveProperty(['legal/policies-that-enable']);
  });

  it('loads in memory when reading window.localStorage throws', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.stubGlobal('window', {
      get localStorage(): Storage {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
      addEventListener() {},
      removeEventListener() {},
    });
    vi.stubGlobal('document', { documentElement: { getAttribute: () => null } });
    const page = await import('../../../src/progress/progress-store.ts');
    expect(page.$storageStatus.get()).toBe('memory');
    page.recordVisit('it/x');
    expect(page.$progress.get().modules).toHaveProperty(['it/x']);
  });
});
