import { SearchEngine } from './engine.ts';
import { createFileCache, type CopyStorage, type FetchText } from './file-cache.ts';
import { presentHit, type PresentedHit } from './present.ts';
import { runQuery, type QueryOutcome, type SearchHit } from './query.ts';
import type { SearchManifest } from './search-data.ts';

export interface SearchClientOptions {
  /** The hashed index folder's URL, base path included, ending in "/". */
  folder: string;
  /** The site's base path, for result links. */
  base: string;
  fetch?: FetchText;
  /** Where fetched files outlive the page (sessionStorage in the browser). */
  storage?: CopyStorage;
}

/** What the header box and the search page use: queries, and results ready to render. */
export interface SearchClient {
  manifest: SearchManifest;
  /** Runs a learner's query (the learner's own track preferred among ties). */
  run(raw: unknown, track?: string): Promise<QueryOutcome>;
  /** Fetches the fragments of these hits (only these) and presents them. */
  present(hits: readonly SearchHit[]): Promise<PresentedHit[]>;
}

/**
 * Opens the search: the one module that brings lunr into the browser, loaded when a learner starts
 * searching. Every file comes through the tab-wide file cache.
 */
export async function openSearch({ folder, base, fetch, storage }: SearchClientOptions): Promise<SearchClient> {
  const engine = await SearchEngine.open(createFileCache({ folder, fetch, storage }));
  return {
    manifest: engine.manifest,
    run: (raw, track) => runQuery(engine, raw, { track }),
    present: (hits) => Promise.all(hits.map(async (hit) => presentHit(hit, await engine.fragment(hit.doc), base))),
  };
}
