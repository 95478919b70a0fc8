import { loadSearch, runQuery, type QueryOutcome, type SearchHit } from './query.ts';
import type { SearchData } from './search-data.ts';
import { highlight, matcherFor, snippet, type Segment } from './snippet.ts';

/** A result ready to show: the title and a snippet as segments, matched words marked. */
export interface PresentedHit {
  hit: SearchHit;
  title: Segment[];
  snippet: Segment[];
}

/**
 * Everything the search page needs once the index is loaded, in one lazily imported module so
 * that lunr reaches the browser only when a learner starts searching.
 */
export function createSearcher(data: SearchData) {
  const search = loadSearch(data);
  return {
    tracks: search.tracks,
    run: (raw: unknown): QueryOutcome => runQuery(search, raw),
    present: (hit: SearchHit): PresentedHit => {
      const isMatch = matcherFor(hit.terms);
      return { hit, title: highlight(hit.document.title, isMatch), snippet: snippet(hit.document.text, isMatch) };
    },
  };
}

export type Searcher = ReturnType<typeof createSearcher>;
