import { describe, expect, it } from 'vitest';
import { announceStore, whenStoreLoads, type LoadedStore } from '../../../src/progress/progress-events.ts';

describe('the store announcing itself to the page', () => {
  const store = { keys: { progress: 'x:progress' } } as unknown as LoadedStore;

  it('reaches scripts that wait for it, and those that start after it loaded', () => {
    const page = new EventTarget();
    const early: LoadedStore[] = [];
    whenStoreLoads((loaded) => early.push(loaded), page);
    expect(early).toEqual([]);
    announceStore(store, page);
    expect(early).toEqual([store]);
    const late: LoadedStore[] = [];
    whenStoreLoads((loaded) => late.push(loaded), page);
    expect(late).toEqual([store]);
    // Once each.
    announceStore(store, page);
    expect(early).toHaveLength(1);
  });
});
