import { isSearchData } from './search-data.ts';
import type { Searcher } from './searcher.ts';

type Fetch = (url: string) => Promise<Pick<Response, 'ok' | 'status' | 'json'>>;

export interface SearchLoaderOptions {
  /** Where search-index.json is served, base path included. */
  url: string;
  /** Injectable for tests; the browser's fetch by default. */
  fetch?: Fetch;
}

/**
 * Returns a function that loads the search index once: the first call imports lunr and the query
 * code and fetches the index, later calls share that promise. A failed load is forgotten so the
 * next call tries again.
 */
export function createSearchLoader({ url, fetch = (input) => globalThis.fetch(input) }: SearchLoaderOptions): () => Promise<Searcher> {
  let loading: Promise<Searcher> | undefined;
  return () => {
    loading ??= load(url, fetch).catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}

async function load(url: string, fetch: Fetch): Promise<Searcher> {
  const [{ createSearcher }, response] = await Promise.all([import('./searcher.ts'), fetch(url)]);
  if (!response.ok) throw new Error(`The search index could not be loaded (HTTP ${response.status}).`);
  const data: unknown = await response.json();
  if (!isSearchData(data)) throw new Error('The search index is from another version of the course: rebuild the site.');
  return createSearcher(data);
}

const shared = new Map<string, () => Promise<Searcher>>();

/** The page-wide loader for an index URL, so the header box and the search page load it once between them. */
export function searchLoader(url: string): () => Promise<Searcher> {
  let loader = shared.get(url);
  if (!loader) shared.set(url, (loader = createSearchLoader({ url })));
  return loader;
}
