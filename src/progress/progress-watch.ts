/**
 * Progress for pages that only show it (home, track and module pages), in a few hundred bytes:
 * reads `localStorage` directly into a `ProgressView` (progress-view.ts), follows changes from
 * other tabs (`storage` events) and from the store in this tab (`PROGRESS_CHANGED_EVENT`), and
 * tells a page when it must load the store after all. Nothing here throws. Module pages note
 * visits with note-visit.ts.
 */
import { PROGRESS_CHANGED_EVENT } from './progress-events.ts';
import { readProgressView, type ProgressView } from './progress-view.ts';
import type { StorageBackend } from './safe-storage.ts';
import { keysOf } from './storage-keys.ts';

export interface WatchEnvironment {
  /** The browser's storage; may throw (blocked storage). */
  storage: () => Pick<StorageBackend, 'getItem' | 'setItem' | 'removeItem'> | undefined;
  /** Where `storage`, `pageshow` and `PROGRESS_CHANGED_EVENT` arrive: the window. */
  events: Pick<EventTarget, 'addEventListener' | 'removeEventListener' | 'dispatchEvent'>;
  namespace: string | null | undefined;
  now?: () => Date;
}

/** The page's environment: `localStorage`, the window, the namespace set on <html>. */
export const browserWatchEnvironment = (): WatchEnvironment => ({
  storage: () => window.localStorage,
  events: window,
  namespace: document.documentElement.getAttribute('data-storage-namespace'),
});

function storageOf(environment: WatchEnvironment) {
  try {
    return environment.storage();
  } catch {
    return undefined;
  }
}

function readKey(environment: WatchEnvironment, key: string): string | undefined {
  try {
    return storageOf(environment)?.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

/** The stored progress as a view; `readable` as in `readProgressView`. */
export function readStoredProgress(environment: WatchEnvironment = browserWatchEnvironment()) {
  const keys = keysOf(environment.namespace);
  return readProgressView(readKey(environment, keys.progress), readKey(environment, keys.pendingVisits));
}

/** Calls `show` with the progress now and after every change; returns a function that stops it. */
export function watchProgress(show: (view: ProgressView) => void, environment: WatchEnvironment = browserWatchEnvironment()): () => void {
  const keys = keysOf(environment.namespace);
  const refresh = () => show(readStoredProgress(environment).view);
  // A null key is another tab clearing storage.
  const onStorage = (event: Event) => {
    const { key } = event as StorageEvent;
    if (key === null || key === keys.progress || key === keys.pendingVisits) refresh();
  };
  const { events } = environment;
  events.addEventListener('storage', onStorage);
  // Back and forward restore pages from memory, showing progress as it was when the page was left.
  events.addEventListener('pageshow', refresh);
  events.addEventListener(PROGRESS_CHANGED_EVENT, refresh);
  refresh();
  return () => {
    events.removeEventListener('storage', onStorage);
    events.removeEventListener('pageshow', refresh);
    events.removeEventListener(PROGRESS_CHANGED_EVENT, refresh);
  };
}

/**
 * Whether the page should load the store to tell the learner about a problem: storage that is
 * blocked or refuses writes (full), or a stored record the store would set aside.
 */
export function storageNeedsStore(environment: WatchEnvironment = browserWatchEnvironment()): boolean {
  const keys = keysOf(environment.namespace);
  try {
    const storage = environment.storage();
    if (!storage) return true;
    storage.setItem(keys.probe, '1');
    storage.removeItem(keys.probe);
    return !readProgressView(storage.getItem(keys.progress)).readable;
  } catch {
    return true;
  }
}

/**
 * Loads the store into a page that does not otherwise need it, without a dynamic import (which
 * would bring a module-preload helper as large as this file): the page holds the store's script
 * in a <template data-store-loader> (StorageNotice.astro), and a copy put into the page runs.
 */
export function loadStore(doc: Document = document): void {
  const template = doc.querySelector<HTMLTemplateElement>('template[data-store-loader]');
  if (!template) return;
  template.remove();
  doc.body.append(template.content.cloneNode(true));
}
