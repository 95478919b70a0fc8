import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_STORAGE_NAMESPACE, memoryStorage, normaliseStorageNamespace, openSafeStorage, storageKeys } from '../../../src/progress/safe-storage.ts';
import { fullableStorage } from '../../helpers/progress.ts';

const blocked = () => {
  throw new DOMException('The operation is insecure.', 'SecurityError');
};

describe('openSafeStorage', () => {
  it('reads and writes through to working storage', () => {
    const backend = memoryStorage({ a: '1' });
    const onFallback = vi.fn();
    const storage = openSafeStorage(() => backend, { probeKey: 'probe', onFallback });
    expect(storage.persistent).toBe(true);
    expect(storage.read('a')).toBe('1');
    expect(storage.write('b', '2')).toBe(true);
    expect(backend.getItem('b')).toBe('2');
    storage.remove('a');
    expect(backend.getItem('a')).toBeNull();
    expect(backend.getItem('probe')).toBeNull();
    expect(onFallback).not.toHaveBeenCalled();
  });

  it('works in memory when storage throws on access', () => {
    const onFallback = vi.fn();
    const storage = openSafeStorage(blocked, { probeKey: 'probe', onFallback });
    expect(onFallback).toHaveBeenCalledOnce();
    expect(storage.persistent).toBe(false);
    expect(storage.read('a')).toBeUndefined();
    expect(storage.write('a', '1')).toBe(false);
    expect(storage.read('a')).toBe('1');
    storage.remove('a');
    expect(storage.read('a')).toBeUndefined();
  });

  it('works in memory when there is no storage at all', () => {
    const onFallback = vi.fn();
    const storage = openSafeStorage(() => undefined, { probeKey: 'probe', onFallback });
    expect(onFallback).toHaveBeenCalledOnce();
    expect(storage.write('a', '1')).toBe(false);
    expect(storage.read('a')).toBe('1');
  });

  it('keeps what full storage holds readable and sends new writes to memory', () => {
    const { backend, state } = fullableStorage({ a: 'stored' });
    state.full = true;
    const onFallback = vi.fn();
    const storage = openSafeStorage(() => backend, { probeKey: 'probe', onFallback });
    expect(onFallback).toHaveBeenCalledOnce();
    expect(storage.read('a')).toBe('stored');
    storage.write('a', 'new');
    expect(storage.read('a')).toBe('new');
    expect(backend.getItem('a')).toBe('stored');
  });

  it('falls back to memory, once, when a later write fails', () => {
    const { backend, state } = fullableStorage();
    const onFallback = vi.fn();
    const storage = openSafeStorage(() => backend, { probeKey: 'probe', onFallback });
    expect(storage.write('a', '1')).toBe(true);
    state.full = true;
    expect(storage.write('a', '2')).toBe(false);
    expect(storage.write('b', '3')).toBe(false);
    expect(onFallback).toHaveBeenCalledOnce();
    expect(storage.persistent).toBe(false);
    expect([storage.read('a'), storage.read('b')]).toEqual(['2', '3']);
    // Once in memory it stays there, even if storage frees up: the visit has one source of truth.
    state.full = false;
    storage.write('a', '4');
    expect(backend.getItem('a')).toBe('1');
  });

  it('survives storage whose reads throw', () => {
    const backend = { ...memoryStorage(), getItem: blocked, key: blocked, length: 1 };
    const storage = openSafeStorage(() => backend, { probeKey: 'probe' });
    expect(storage.read('a')).toBeUndefined();
    expect(Object.keys(storage.engine)).toEqual([]);
  });

  it('offers the object view @nanostores/persistent uses', () => {
    const backend = memoryStorage({ x: '1' });
    const { engine } = openSafeStorage(() => backend, { probeKey: 'probe' });
    expect('x' in engine).toBe(true);
    expect('y' in engine).toBe(false);
    engine['y'] = '2';
    expect(backend.getItem('y')).toBe('2');
    expect(engine['y']).toBe('2');
    delete engine['x'];
    expect(backend.getItem('x')).toBeNull();
    expect(Object.keys(engine)).toEqual(['y']);
  });
});

describe('storage namespace', () => {
  it('defaults to one fixed namespace', () => {
    expect(normaliseStorageNamespace(undefined)).toBe(DEFAULT_STORAGE_NAMESPACE);
    expect(normaliseStorageNamespace('  ')).toBe(DEFAULT_STORAGE_NAMESPACE);
  });

  it.each(['///', ' ( ) ', '---', 'ü'])('refuses %j at build time instead of falling back to the shared default', (raw) => {
    expect(() => normaliseStorageNamespace(raw)).toThrow(/STORAGE_NAMESPACE .* has no letters or digits/);
  });

  it('refuses a namespace too long to keep apart from another', () => {
    expect(normaliseStorageNamespace('a'.repeat(64))).toBe('a'.repeat(64));
    expect(() => normaliseStorageNamespace('a'.repeat(65))).toThrow(/STORAGE_NAMESPACE .* longer than 64/);
  });

  it('reduces a given namespace to safe characters', () => {
    expect(normaliseStorageNamespace('ACME Legal Track (SCORM)')).toBe('acme-legal-track-scorm');
    expect(normaliseStorageNamespace('acme.it_v2')).toBe('acme.it_v2');
  });

  it('keeps the keys of different namespaces apart', () => {
    expect(storageKeys('a').progress).not.toBe(storageKeys('b').progress);
    expect(storageKeys('')).toEqual({
      progress: `${DEFAULT_STORAGE_NAMESPACE}:progress`,
      backup: `${DEFAULT_STORAGE_NAMESPACE}:progress-backup`,
      probe: `${DEFAULT_STORAGE_NAMESPACE}:probe`,
      pendingVisits: `${DEFAULT_STORAGE_NAMESPACE}:pending-visits`,
      colorScheme: `${DEFAULT_STORAGE_NAMESPACE}:color-scheme`,
    });
  });
});
