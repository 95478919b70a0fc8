/**
 * The files the search ships, written at build time by `buildSearchFiles` (build-index.ts) and
 * read in the browser by the engine (engine.ts). All of them live in one folder whose name is a
 * hash of their content, so a URL never changes meaning and the browser may keep any copy it has.
 *
 *   index.json      the manifest: fields, term shards, pair buckets, pages (always fetched first)
 *   t/<key>.json    a term shard: every index term that starts with <key> (and no longer key)
 *   p/<n>.json      a pair bucket: which documents have two terms next to each other (phrases)
 *   f/<doc>.json    a fragment: what one result shows (page, heading, anchor, text for snippets)
 *   w/<letter>.json the vocabulary for respelling a query that finds nothing, by first letter (a WordList)
 *   terms.json      every index term (a WordList), fetched only for lunr's fuzzy syntax (`word~1`)
 *
 * Bump SEARCH_DATA_VERSION whenever a shape changes.
 */

export const SEARCH_DATA_VERSION = 3;

export type SearchDocumentType = 'module' | 'case-study' | 'glossary' | 'simulation';
export const SEARCH_DOCUMENT_TYPES: readonly SearchDocumentType[] = ['module', 'case-study', 'glossary', 'simulation'];

/** An enabled track, for labels and filters. */
export interface SearchTrack {
  id: string;
  title: string;
  path: string;
}

/** A page whose sections are documents: `[type index, section count, ...track indexes]`. */
export type ManifestPage = [type: number, documents: number, ...tracks: number[]];

export interface SearchManifest {
  version: typeof SEARCH_DATA_VERSION;
  /** lunr.version the index was built with: scores are recomputed by this page's lunr. */
  lunrVersion: string;
  /** lunr's serialised search pipeline (['stemmer']). */
  pipeline: string[];
  /** Index fields in lunr's order. */
  fields: string[];
  /** Term shard keys, sorted. A term lives in the shard of the longest key that starts it. */
  shards: string[];
  /** How many pair buckets there are (pair hash modulo this). */
  pairBuckets: number;
  /** Pages in document order: page p's documents follow page p − 1's. */
  pages: ManifestPage[];
  tracks: SearchTrack[];
  /** Index of SEARCH_DOCUMENT_TYPES per type code in `pages`. */
  types: SearchDocumentType[];
}

/**
 * A term shard: `[term, lunr term index, ...postings]`, each posting `[field, doc, weight, doc, weight, …]`
 * with doc numbers as gaps from the previous one and weights as lunr's field-vector values × 1000
 * (lunr rounds them to three decimals, so they are whole numbers here).
 */
export type TermShard = [term: string, termIndex: number, ...postings: number[][]][];

/** A pair bucket: `[pair hash in base 36, doc, doc, …]` with doc numbers as gaps. */
export type PairBucket = [hash: string, ...docs: number[]][];

/** What one result shows. */
export interface Fragment {
  /** Page title, path (root-relative) and type. */
  title: string;
  path: string;
  type: SearchDocumentType;
  /** Case studies: the organisation and year. */
  company?: string;
  year?: number;
  /** The section heading and the headings above it (h2 of an h3); none for a page's opening. */
  heading?: string;
  parents?: string[];
  /** The element id to link to; none for a page's opening. */
  anchor?: string;
  /** Plain text, one rendered block (paragraph, list item, heading) per line. */
  text: string;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** Checks the outline of a fetched manifest, so a stale or foreign file is reported rather than half-used. */
export function isSearchManifest(value: unknown): value is SearchManifest {
  return (
    isObject(value) &&
    value.version === SEARCH_DATA_VERSION &&
    typeof value.lunrVersion === 'string' &&
    isStringArray(value.pipeline) &&
    isStringArray(value.fields) &&
    isStringArray(value.shards) &&
    typeof value.pairBuckets === 'number' &&
    Array.isArray(value.pages) &&
    value.pages.every((page) => Array.isArray(page) && page.length >= 2 && page.every((n) => Number.isInteger(n) && n >= 0)) &&
    Array.isArray(value.tracks) &&
    isStringArray(value.types)
  );
}

export const isTermShard = (value: unknown): value is TermShard =>
  Array.isArray(value) && value.every((entry) => Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'number' && entry.slice(2).every((posting) => Array.isArray(posting)));

export const isPairBucket = (value: unknown): value is PairBucket => Array.isArray(value) && value.every((entry) => Array.isArray(entry) && typeof entry[0] === 'string');

export const isFragment = (value: unknown): value is Fragment =>
  isObject(value) && typeof value.title === 'string' && typeof value.path === 'string' && typeof value.text === 'string' && typeof value.type === 'string';
