import { afterEach, describe, expect, it } from 'vitest';
import { createExport, readImport } from '../../../src/progress/export-import.ts';
import { mergeProgress } from '../../../src/progress/merge.ts';
import { decodeProgress } from '../../../src/progress/progress-codec.ts';
import { emptyProgress, SIMULATION_RUNS_KEPT, type SimulationRun } from '../../../src/progress/progress-schema.ts';
import { createProgressStore } from '../../../src/progress/progress-store.ts';
import { memoryStorage } from '../../../src/progress/safe-storage.ts';
import { fakeTabEvents, sampleProgress } from '../../helpers/progress.ts';

const NOW = new Date('2026-12-01T12:00:00.000Z');
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function setup() {
  const backend = memoryStorage();
  const store = createProgressStore({ openStorage: () => backend, events: fakeTabEvents().events, namespace: 'test', now: () => NOW });
  cleanups.push(store.$progress.listen(() => {}));
  return { store, stored: () => JSON.parse(backend.getItem('test:progress') ?? 'null') };
}

const run = (date: string, ending = 'end-contained'): SimulationRun => ({
  ending,
  rating: 'good',
  mode: 'solo',
  role: 'support',
  colleagues: { it: 'best', legal: 'silo' },
  path: [{ node: 'rename-alert' }, { node: 'first-move', choice: 'page-security', by: 'colleague' }],
  date,
});
const snapshot = { machineVersion: 1, simulationHash: 'abc', state: { context: { at: 'rename-alert' } } };

describe('simulation runs in the progress record', () => {
  it('saves the run in progress and the finished runs with their path, and clears the snapshot on request', () => {
    const { store, stored } = setup();
    expect(store.getSimulationProgress('hijacked-brand-account')).toEqual({ runs: [] });
    expect(store.saveSimulationSnapshot('hijacked-brand-account', snapshot)).toBe(true);
    expect(store.recordSimulationRun('hijacked-brand-account', run('2026-12-01T11:00:00.000Z'))).toBe(true);
    expect(store.getSimulationProgress('hijacked-brand-account')).toEqual({ snapshot, runs: [run('2026-12-01T11:00:00.000Z')] });
    expect(stored().simulations['hijacked-brand-account'].runs[0].path).toHaveLength(2);
    expect(store.saveSimulationSnapshot('hijacked-brand-account', null)).toBe(true);
    expect(store.getSimulationProgress('hijacked-brand-account')).toEqual({ runs: [run('2026-12-01T11:00:00.000Z')] });
  });

  it('keeps the most recent runs only', () => {
    const { store } = setup();
    for (let i = 0; i < SIMULATION_RUNS_KEPT + 3; i++) store.recordSimulationRun('s', run(new Date(Date.UTC(2026, 11, 1, 0, i)).toISOString()));
    const { runs } = store.getSimulationProgress('s');
    expect(runs).toHaveLength(SIMULATION_RUNS_KEPT);
    expect(runs[0]!.date).toBe(new Date(Date.UTC(2026, 11, 1, 0, 3)).toISOString());
  });

  it('refuses runs and snapshots that would not read back', () => {
    const { store } = setup();
    expect(store.recordSimulationRun('s', { ...run('2026-12-01T11:00:00.000Z'), rating: 'great' as never })).toBe(false);
    expect(store.recordSimulationRun('__proto__', run('2026-12-01T11:00:00.000Z'))).toBe(false);
    expect(store.saveSimulationSnapshot('s', { machineVersion: 1 } as never)).toBe(false);
    expect(store.getSimulationProgress('s')).toEqual({ runs: [] });
  });

  it('reads records written before simulations existed, and exports and imports the runs', () => {
    expect(decodeProgress(JSON.stringify(sampleProgress()))).toEqual({ ok: true, progress: sampleProgress() });
    const progress = { ...emptyProgress(), simulations: { s: { runs: [run('2026-12-01T11:00:00.000Z')] } } };
    const imported = readImport(createExport(progress, NOW));
    expect(imported).toEqual({ ok: true, progress, exportedAt: NOW.toISOString(), checksum: 'matches' });
  });

  it('refuses a __proto__ simulation id in a stored record', () => {
    const text = JSON.stringify({ ...emptyProgress(), simulations: {} }).replace('"simulations":{}', '"simulations":{"__proto__":{"runs":[]}}');
    expect(decodeProgress(text)).toMatchObject({ ok: false, reason: expect.stringContaining('simulations') });
  });

  it('merges runs from an imported file, each once, and keeps this browser’s run in progress', () => {
    const mine = { ...emptyProgress(), simulations: { s: { runs: [run('2026-12-01T11:00:00.000Z')], snapshot } } };
    const theirs = { ...emptyProgress(), simulations: { s: { runs: [run('2026-12-01T11:00:00.000Z'), run('2026-11-30T09:00:00.000Z', 'end-slow')], snapshot: { ...snapshot, simulationHash: 'other' } }, t: { runs: [] } } };
    const merged = mergeProgress(mine, theirs);
    expect(merged.simulations?.s).toEqual({ runs: [run('2026-11-30T09:00:00.000Z', 'end-slow'), run('2026-12-01T11:00:00.000Z')], snapshot });
    expect(merged.simulations?.t).toEqual({ runs: [] });
    expect(mergeProgress(emptyProgress(), emptyProgress())).toEqual(emptyProgress());
  });
});
