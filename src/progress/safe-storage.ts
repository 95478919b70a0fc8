/**
 * Web Storage that never throws. `localStorage` can throw on access (blocked storage, common in LMS
 * iframes and strict privacy settings) and on write (quota full). Behind this seam the course keeps
 * working: reads that fail find nothing, and from the first failed write on, everything lives in
 * memory for the rest of the visit and `onFallback` tells the page that progress won't be kept.
 */

import { DEFAULT_STORAGE_NAMESPACE, keysOf } from './storage-keys.ts';

/** The part of the Web Storage API the store uses; `localStorage` fits and tests pass fakes. */
export interface StorageBackend {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

export interface SafeStorage {
  /**
   * A plain-object view (`engine[key]`, `key in engine`, `delete engine[key]`), the storage engine
   * shape `@nanostores/persistent` expects.
   */
  readonly engine: Record<string, string>;
  read(key: string): string | undefined;
  /** Stores a value; false when it only went to memory. */
  write(key: string, value: string): boolean;
  remove(key: string): void;
  /** False once storage proved unavailable or full: values now last only for this visit. */
  readonly persistent: boolean;
}

export interface SafeStorageOptions {
  /** Key written and removed once at start to find out whether writing works at all. */
  probeKey: string;
  /** Called once, when storage turns out to be unusable and memory takes over. */
  onFallback?: (error: unknown) => void;
}

/**
 * Opens storage safely. `open` returns the real storage (e.g. `() => window.localStorage`) and may
 * throw. If storage can be read but not written (full), existing values stay readable while new
 * ones go to memory.
 */
export function openSafeStorage(open: () => StorageBackend | undefined, { probeKey, onFallback }: SafeStorageOptions): SafeStorage {
  let source: StorageBackend | undefined;
  let writable = false;
  // Values written (or removed: null) after storage failed, shadowing whatever `source` holds.
  const memory = new Map<string, string | null>();

  let startError: unknown = new Error('storage is not available');
  try {
    source = open();
  } catch (error) {
    startError = error;
  }
  if (source) {
    try {
      source.setItem(probeKey, '1');
      source.removeItem(probeKey);
      writable = true;
    } catch (error) {
      startError = error;
    }
  }
  if (!writable) onFallback?.(startError);

  const fallBack = (error: unknown) => {
    writable = false;
    onFallback?.(error);
  };

  const read = (key: string): string | undefined => {
    if (memory.has(key)) return memory.get(key) ?? undefined;
    try {
      return source?.getItem(key) ?? undefined;
    } catch {
      return undefined;
    }
  };

  const write = (key: string, value: string): boolean => {
    if (writable) {
      try {
        source!.setItem(key, value);
        return true;
      } catch (error) {
        fallBack(error);
      }
    }
    memory.set(key, value);
    return false;
  };

  const remove = (key: string): void => {
    if (writable) {
      try {
        source!.removeItem(key);
        return;
      } catch (error) {
        fallBack(error);
      }
    }
    memory.set(key, null);
  };

  const keys = (): string[] => {
    const found = new Set<string>();
    try {
      for (let i = 0; source && i < source.length; i++) {
        const key = source.key(i);
        if (key !== null) found.add(key);
      }
    } catch {
      // Unreadable storage lists nothing.
    }
    for (const [key, value] of memory) {
      if (value === null) found.delete(key);
      else found.add(key);
    }
    return [...found];
  };

  const engine = new Proxy({} as Record<string, string>, {
    get: (_, key) => (typeof key === 'string' ? read(key) : undefined),
    set: (_, key, value) => {
      if (typeof key === 'string') write(key, String(value));
      return true;
    },
    has: (_, key) => typeof key === 'string' && read(key) !== undefined,
    deleteProperty: (_, key) => {
      if (typeof key === 'string') remove(key);
      return true;
    },
    ownKeys: () => keys(),
    getOwnPropertyDescriptor: (_, key) => {
      const value = typeof key === 'string' ? read(key) : undefined;
      return value === undefined ? undefined : { value, writable: true, enumerable: true, configurable: true };
    },
  });

  return {
    engine,
    read,
    write,
    remove,
    get persistent() {
      return writable;
    },
  };
}

/** The namespace used when the build sets none. */
export { DEFAULT_STORAGE_NAMESPACE };

/** The longest namespace kept: longer ones are refused rather than cut (two cut names could meet). */
const MAX_NAMESPACE_LENGTH = 64;

/**
 * A storage namespace as given at build time (`STORAGE_NAMESPACE`), reduced to safe characters;
 * unset or blank gives the default. Separate namespaces keep separately packaged courses (e.g. one
 * SCORM package per track on one LMS origin) from reading each other's progress, so a value that
 * leaves nothing usable (`///`) or is too long is refused with an error that stops the build,
 * rather than quietly becoming the default that every other copy shares.
 */
export function normaliseStorageNamespace(raw: string | null | undefined): string {
  if (!raw?.trim()) return DEFAULT_STORAGE_NAMESPACE;
  const cleaned = raw.trim().toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '');
  const rule = `use letters, digits, ".", "_" and "-" (e.g. acme-legal), or leave it unset for the default "${DEFAULT_STORAGE_NAMESPACE}"`;
  if (!/[a-z0-9]/.test(cleaned)) throw new Error(`STORAGE_NAMESPACE ${JSON.stringify(raw)} has no letters or digits: ${rule}`);
  if (cleaned.length > MAX_NAMESPACE_LENGTH) throw new Error(`STORAGE_NAMESPACE ${JSON.stringify(raw)} is longer than ${MAX_NAMESPACE_LENGTH} characters: ${rule}`);
  return cleaned;
}

/** The storage keys of one namespace (storage-keys.ts). */
export const storageKeys = (namespace: string) => keysOf(normaliseStorageNamespace(namespace));

/** Storage that lives in a Map: the server-side stand-in for `localStorage`, and a test double. */
export function memoryStorage(initial: Record<string, string> = {}): StorageBackend {
  const values = new Map(Object.entries(initial));
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, String(value)),
    removeItem: (key) => void values.delete(key),
    key: (index) => [...values.keys()][index] ?? null,
    get length() {
      return values.size;
    },
  };
}
