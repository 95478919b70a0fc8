import type { CompactIndex } from './compact-index.ts';

/**
 * The shape of `search-index.json`: written at build time by `buildSearchIndex`, read in the
 * browser by the loader. Bump SEARCH_DATA_VERSION whenever the shape changes.
 */

export const SEARCH_DATA_VERSION = 2;

export type SearchDocumentType = 'module' | 'case-study';

/** What a result needs to be shown: everything but the scores. */
export interface SearchDocument {
  /** The lunr ref: the document's position in `documents`, as a string. */
  ref: string;
  type: SearchDocumentType;
  title: string;
  /** Root-relative URL path; add the base path before linking. */
  path: string;
  /** Track ids: a module's own track, a case study's roles among the enabled tracks. */
  tracks: string[];
  /** Case studies only: the organisation and year of the story. */
  company?: string;
  year?: number;
  /** Plain text for snippets: the summary or lesson, objectives and body. */
  text: string;
}

/** An enabled track, for labels and filters. */
export interface SearchTrack {
  id: string;
  title: string;
  path: string;
}

export interface SearchData {
  version: typeof SEARCH_DATA_VERSION;
  /** The lunr index in compact form (see compact-index.ts). */
  index: CompactIndex;
  documents: SearchDocument[];
  tracks: SearchTrack[];
}

/** Checks the outline of a fetched index file, so a stale or foreign file is reported rather than half-used. */
export function isSearchData(value: unknown): value is SearchData {
  if (typeof value !== 'object' || value === null) return false;
  const data = value as Partial<Record<keyof SearchData, unknown>>;
  return (
    data.version === SEARCH_DATA_VERSION &&
    typeof data.index === 'object' && data.index !== null && Array.isArray((data.index as Partial<CompactIndex>).terms) &&
    Array.isArray(data.documents) &&
    data.documents.every((d) => typeof d === 'object' && d !== null && typeof d.ref === 'string' && typeof d.title === 'string' && typeof d.path === 'string' && typeof d.text === 'string' && Array.isArray(d.tracks)) &&
    Array.isArray(data.tracks)
  );
}
