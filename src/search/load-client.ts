import type { SearchClient, SearchClientOptions } from './client.ts';

const loading = new Map<string, Promise<SearchClient>>();

/**
 * The page-wide search client for an index folder: the first call imports lunr and the query
 * code (one lazily loaded chunk) and fetches the manifest; later calls share that promise, so the
 * header box and the search page load it once between them. A failed load is forgotten, so the
 * next call tries again.
 */
export function loadSearchClient(options: SearchClientOptions, open: (options: SearchClientOptions) => Promise<SearchClient> = (o) => import('./client.ts').then(({ openSearch }) => openSearch(o))): Promise<SearchClient> {
  let client = loading.get(options.folder);
  if (!client) {
    client = open(options);
    loading.set(options.folder, client);
    client.catch(() => loading.delete(options.folder));
  }
  return client;
}
