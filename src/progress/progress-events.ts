/**
 * How the store and the page scripts that only read progress (progress-watch.ts) hear of each
 * other within one page. Apart from both, so that neither carries the other's code.
 */

/** Fired on `window` when this tab changed stored progress (the store, or a noted visit). */
export const PROGRESS_CHANGED_EVENT = 'academy:progress-changed';
/** Fired on `window` once the store has loaded in this page (an island or a script imported it). */
export const STORE_LOADED_EVENT = 'academy:progress-store-loaded';
/** Where the loaded store is kept on `window`, for scripts that start after it loaded. */
const STORE_GLOBAL = '__academyProgressStore';

/** What a page script may do with the store once it has loaded (progress-store.ts). */
export type LoadedStore = import('./progress-store.ts').ProgressStore;

/** Tells this page's scripts that the store has loaded (progress-store.ts calls it once). */
export function announceStore(store: LoadedStore, target: EventTarget = window): void {
  (target as unknown as Record<string, LoadedStore>)[STORE_GLOBAL] = store;
  target.dispatchEvent(new CustomEvent(STORE_LOADED_EVENT, { detail: store }));
}

/** Hands the store to `use` once it has loaded in this page: at once if it already has. */
export function whenStoreLoads(use: (store: LoadedStore) => void, target: EventTarget = window): void {
  const loaded = (target as unknown as Record<string, LoadedStore | undefined>)[STORE_GLOBAL];
  if (loaded) use(loaded);
  else target.addEventListener(STORE_LOADED_EVENT, (event) => use((event as CustomEvent<LoadedStore>).detail), { once: true });
}
