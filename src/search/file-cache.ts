/**
 * Fetches the search's files once per tab. Every file lives in a folder named by a hash of the
 * index (search-data.ts), so a copy never goes stale: each one fetched is kept in memory for the
 * page and in sessionStorage for the tab. Moving from the header box to /search/ then fetches
 * nothing again, whatever caching headers the web server sends (or doesn't).
 */

/** The part of Web Storage the cache uses (sessionStorage, or a fake in tests). */
export interface CopyStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export type FetchText = (url: string) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

export interface FileCacheOptions {
  /** The hashed folder's URL, base path included, ending in "/". */
  folder: string;
  fetch?: FetchText;
  /** Where copies outlive the page; none: memory only. */
  storage?: CopyStorage;
}

/** Prefix of the storage keys, so the course's other keys are never touched. */
export const COPY_KEY_PREFIX = 'search-copy:';

/** Returns `file(path)`: the parsed JSON of a file in the folder, fetched at most once per tab. */
export function createFileCache({ folder, fetch = (url) => globalThis.fetch(url), storage }: FileCacheOptions): (path: string) => Promise<unknown> {
  const loaded = new Map<string, Promise<unknown>>();
  const read = (key: string) => {
    try {
      return storage?.getItem(key) ?? null;
    } catch {
      return null; // blocked storage: fetch instead
    }
  };
  const keep = (key: string, text: string) => {
    try {
      storage?.setItem(key, text);
    } catch {
      // Full or blocked storage: the copy stays in memory for this page.
    }
  };
  const load = async (path: string): Promise<unknown> => {
    const url = folder + path;
    const key = COPY_KEY_PREFIX + url;
    const kept = read(key);
    if (kept !== null) {
      try {
        return JSON.parse(kept);
      } catch {
        // A damaged copy: fetch the file again.
      }
    }
    const response = await fetch(url);
    if (!response.ok) throw new Error(`The search could not load ${path} (HTTP ${response.status}).`);
    const text = await response.text();
    const value: unknown = JSON.parse(text);
    keep(key, text);
    return value;
  };
  return (path) => {
    let file = loaded.get(path);
    if (!file) {
      file = load(path);
      loaded.set(path, file);
      // A failed load is forgotten, so the next search tries again.
      file.catch(() => loaded.delete(path));
    }
    return file;
  };
}
