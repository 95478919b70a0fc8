import type { SearchHit } from './query.ts';
import { SEARCH_DOCUMENT_TYPES, type SearchDocumentType, type SearchManifest } from './search-data.ts';

/** The result filters a learner can set; an unset filter keeps everything. */
export interface SearchFilters {
  track?: string;
  type?: SearchDocumentType;
}

/** Reads filters from URL parameters, ignoring values that are not a known track or type. */
export function filtersFromParams(params: URLSearchParams, trackIds: readonly string[]): SearchFilters {
  const track = params.get('track') ?? '';
  const type = params.get('type') ?? '';
  return {
    ...(trackIds.includes(track) && { track }),
    ...((SEARCH_DOCUMENT_TYPES as readonly string[]).includes(type) && { type: type as SearchDocumentType }),
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

/** A page's type and track ids, from the manifest. */
export function pageFacets(manifest: SearchManifest, page: number): { type: SearchDocumentType; tracks: string[] } {
  const [type, , ...tracks] = manifest.pages[page];
  return { type: manifest.types[type], tracks: tracks.map((index) => manifest.tracks[index]?.id).filter((id) => id !== undefined) };
}

/** Keeps the hits that match the filters (an unset filter keeps everything). */
export function filterHits(manifest: SearchManifest, hits: readonly SearchHit[], filters: SearchFilters): SearchHit[] {
  return hits.filter((hit) => {
    const { type, tracks } = pageFacets(manifest, hit.page);
    return (!filters.track || tracks.includes(filters.track)) && (!filters.type || type === filters.type);
  });
}

/** How many hits each track and each type has, for labelling the filters. */
export function countHits(manifest: SearchManifest, hits: readonly SearchHit[]): { tracks: Map<string, number>; types: Map<SearchDocumentType, number> } {
  const tracks = new Map<string, number>();
  const types = new Map<SearchDocumentType, number>();
  for (const hit of hits) {
    const facets = pageFacets(manifest, hit.page);
    types.set(facets.type, (types.get(facets.type) ?? 0) + 1);
    for (const track of facets.tracks) tracks.set(track, (tracks.get(track) ?? 0) + 1);
  }
  return { tracks, types };
}
