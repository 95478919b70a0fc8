import type { SearchHit } from './query.ts';
import type { SearchDocumentType } from './search-data.ts';

/** The result filters a learner can set; an unset filter keeps everything. */
export interface SearchFilters {
  track?: string;
  type?: SearchDocumentType;
}

const TYPES: readonly SearchDocumentType[] = ['module', 'case-study'];

/** Reads filters from URL parameters, ignoring values that are not a known track or type. */
export function filtersFromParams(params: URLSearchParams, trackIds: readonly string[]): SearchFilters {
  const track = params.get('track') ?? '';
  const type = params.get('type') ?? '';
  return {
    ...(trackIds.includes(track) && { track }),
    ...((TYPES as readonly string[]).includes(type) && { type: type as SearchDocumentType }),
  };
}

/** The search page's query string for a query and filters: `?q=…&track=…&type=…`, empty parts left out. */
export function searchParams(query: string, filters: SearchFilters): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  if (filters.track) params.set('track', filters.track);
  if (filters.type) params.set('type', filters.type);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Keeps the hits that match the filters (an unset filter keeps everything). */
export function filterHits(hits: readonly SearchHit[], filters: SearchFilters): SearchHit[] {
  return hits.filter(
    (hit) => (!filters.track || hit.document.tracks.includes(filters.track)) && (!filters.type || hit.document.type === filters.type),
  );
}

/** How many hits each track and each type has, for labelling the filters. */
export function countHits(hits: readonly SearchHit[]): { tracks: Map<string, number>; types: Map<SearchDocumentType, number> } {
  const tracks = new Map<string, number>();
  const types = new Map<SearchDocumentType, number>();
  for (const { document } of hits) {
    types.set(document.type, (types.get(document.type) ?? 0) + 1);
    for (const track of document.tracks) tracks.set(track, (tracks.get(track) ?? 0) + 1);
  }
  return { tracks, types };
}

