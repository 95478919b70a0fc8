import lunr from 'lunr';
import { expandIndex } from './compact-index.ts';
import type { SearchData, SearchDocument, SearchTrack } from './search-data.ts';
import { textTerms, wordTerms, WORD_PATTERN } from './text.ts';

/** Longer input is cut: no learner's question needs more, and lunr's cost grows with every term. */
export const MAX_QUERY_CHARS = 200;
/** Words searched from one query; the rest are ignored. */
export const MAX_QUERY_WORDS = 12;

/** A loaded index, ready to query. */
export interface LoadedSearch {
  index: lunr.Index;
  documents: Map<string, SearchDocument>;
  tracks: SearchTrack[];
  /** Stems of every word the course uses, with how often: built on first need, for spelling suggestions. */
  vocabulary?: Map<string, number>;
}

export interface SearchHit {
  document: SearchDocument;
  score: number;
  /** The index terms (stems) that matched, for highlighting. */
  terms: string[];
}

export interface QueryOutcome {
  /** The query as searched: trimmed, whitespace collapsed, cut to MAX_QUERY_CHARS. */
  query: string;
  hits: SearchHit[];
  /** Set when the query found nothing and a respelled query did: `hits` are that query's. */
  correctedQuery?: string;
}

/** Turns fetched search data into a queryable index. Throws if the serialised index is unusable. */
export function loadSearch(data: SearchData): LoadedSearch {
  return {
    index: lunr.Index.load(expandIndex(data.index)),
    documents: new Map(data.documents.map((document) => [document.ref, document])),
    tracks: data.tracks,
  };
}

/** Makes any input a safe query string: text only, single spaces, at most MAX_QUERY_CHARS characters. */
export function cleanQuery(raw: unknown): string {
  const text = typeof raw === 'string' ? raw : '';
  // Characters, not UTF-16 units, so an emoji is never cut in half.
  return Array.from(text.replace(/[\s\u0000-\u001f\u007f]+/g, ' ').trim()).slice(0, MAX_QUERY_CHARS).join('').trim();
}

const stems = new Map<string, string>();
/** The index term for a normalised word: what lunr's English pipeline makes of it. */
export function stem(term: string): string {
  let stemmed = stems.get(term);
  if (stemmed === undefined) {
    stemmed = lunr.stemmer(new lunr.Token(term, {})).toString();
    stems.set(term, stemmed);
  }
  return stemmed;
}

const isStopWord = (term: string) => lunr.stopWordFilter(new lunr.Token(term, {})) === undefined;

/** Lunr query syntax: a field (`title:`), fuzziness (`~`), a boost (`^`), a wildcard (`*`) or presence (`+word`, `-word`). */
const LUNR_SYNTAX = /[:~^*]|(^|\s)[+-]\S/;
/** lunr expands `word~N` into every spelling within N edits: past 2 that takes minutes and gigabytes. */
const MAX_EDIT_DISTANCE = 2;
/** A leading wildcard makes lunr walk every term in the index: never worth it. */
const LEADING_WILDCARD = /(^|[\s:+-])\*/;

/** Searches the index and returns the hits in relevance order; throws only on a bug, never for what was typed. */
export function searchIndex(search: LoadedSearch, query: string): SearchHit[] {
  const results = (syntaxResults(search.index, query) ?? plainResults(search.index, query)).filter((result) => search.documents.has(result.ref));
  return results.map((result) => ({
    document: search.documents.get(result.ref)!,
    score: result.score,
    terms: Object.keys(result.matchData.metadata),
  }));
}

/** Lunr's own query language, for learners who use it; undefined when it does not parse or finds nothing. */
function syntaxResults(index: lunr.Index, query: string): lunr.Index.Result[] | undefined {
  if (!LUNR_SYNTAX.test(query) || LEADING_WILDCARD.test(query)) return undefined;
  try {
    const results = index.search(query.replace(/~(\d+)/g, (_, n: string) => `~${Math.min(Number(n), MAX_EDIT_DISTANCE)}`));
    return results.length > 0 ? results : undefined;
  } catch (error) {
    // Unbalanced or misplaced syntax: search the words instead. Anything else is a bug, not "no results".
    if (error instanceof lunr.QueryParseError) return undefined;
    throw error;
  }
}

/** Every word of the query, each as itself (stemmed) and as the start of a longer word. */
function plainResults(index: lunr.Index, query: string): lunr.Index.Result[] {
  const terms = [...new Set(textTerms(query))].filter((term) => !isStopWord(term)).slice(0, MAX_QUERY_WORDS);
  if (terms.length === 0) return [];
  // Terms go in through the query builder, not the parser: nothing here is the learner's to get wrong.
  return index.query((q) => {
    for (const term of terms) {
      q.term(term, { boost: 10 });
      if (term.length >= 3) q.term(term, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 1 });
    }
  });
}

/**
 * Runs a learner's query: cleans it, searches, and if nothing matched tries the query with
 * misspelled words replaced by the closest words the course uses.
 */
export function runQuery(search: LoadedSearch, raw: unknown): QueryOutcome {
  const query = cleanQuery(raw);
  if (!query) return { query, hits: [] };
  const hits = searchIndex(search, query);
  if (hits.length > 0) return { query, hits };
  const correctedQuery = suggestQuery(search, query);
  if (correctedQuery) {
    const corrected = searchIndex(search, correctedQuery);
    if (corrected.length > 0) return { query, hits: corrected, correctedQuery };
  }
  return { query, hits: [] };
}

function vocabulary(search: LoadedSearch): Map<string, number> {
  if (!search.vocabulary) {
    const counts = new Map<string, number>();
    for (const document of search.documents.values()) {
      for (const term of textTerms(`${document.title} ${document.company ?? ''} ${document.text}`)) {
        if (term.length >= 3 && !/\d/.test(term)) counts.set(term, (counts.get(term) ?? 0) + 1);
      }
    }
    search.vocabulary = counts;
  }
  return search.vocabulary;
}

/**
 * A respelling of the query using words the course contains ("gutiar" → "guitar"), or undefined
 * when every word is already known or nothing is close enough.
 */
export function suggestQuery(search: LoadedSearch, query: string): string | undefined {
  const words = vocabulary(search);
  const known = new Set([...words.keys()].map(stem));
  let changed = false;
  const respelled = Array.from(query.matchAll(WORD_PATTERN), (match) => match[0]).slice(0, MAX_QUERY_WORDS).map((word) => {
    const terms = wordTerms(word);
    if (terms.length !== 1 || terms[0].length < 4 || known.has(stem(terms[0])) || isStopWord(terms[0])) return word;
    const closest = closestWord(terms[0], words);
    if (!closest) return word;
    changed = true;
    return closest;
  });
  return changed ? respelled.join(' ') : undefined;
}

function closestWord(term: string, words: Map<string, number>): string | undefined {
  const allowed = term.length >= 7 ? 2 : 1;
  let best: { word: string; distance: number; count: number } | undefined;
  for (const [word, count] of words) {
    if (Math.abs(word.length - term.length) > allowed) continue;
    const distance = editDistance(term, word, allowed);
    if (distance > allowed) continue;
    if (!best || distance < best.distance || (distance === best.distance && count > best.count)) best = { word, distance, count };
  }
  return best?.word;
}

/** Optimal string alignment distance (a swap of neighbours counts once), giving up above `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2] + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return rowMin;
    previous2 = previous;
    previous = current;
  }
  return previous[b.length];
}
