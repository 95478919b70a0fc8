/**
 * How results are laid out, without lunr (so pages can load it up front): grouped by page, a
 * few sections each.
 */
import { pageFacets } from './filters.ts';
import type { SearchHit } from './query.ts';
import type { SearchDocumentType, SearchManifest } from './search-data.ts';

/** Results a page shows at first, and how many more each "Show more" adds. */
export const PAGE_SIZE = 10;
/** Results the header box offers as you type. */
export const SUGGESTION_COUNT = 6;

/** Hits from one page, shown under its title; every glossary entry is on the glossary page. */
export interface ResultGroup {
  /** `page:<n>`, or `glossary`. */
  key: string;
  type: SearchDocumentType;
  hits: SearchHit[];
}


/** Groups hits by page, in the order of each page's best hit; within a page, in rank order. Glossary entries share one group. */
export function groupHits(manifest: SearchManifest, hits: readonly SearchHit[]): ResultGroup[] {
  const groups = new Map<string, ResultGroup>();
  for (const hit of hits) {
    const { type } = pageFacets(manifest, hit.page);
    const key = type === 'glossary' ? 'glossary' : `page:${hit.page}`;
    const group = groups.get(key);
    if (group) group.hits.push(hit);
    else groups.set(key, { key, type, hits: [hit] });
  }
  return [...groups.values()];
}

/** Sections a page's group shows before "more from this page". */
export const GROUP_SHOWN = 2;
/** A group's further sections show only when they score at least this share of its best one. */
export const GROUP_SHOWN_SHARE = 0.5;

/**
 * The hits a group shows at first: its best, and the next ones (up to GROUP_SHOWN in all) that
 * score close to it; the rest wait behind "more from this page", so one page's weak sections do
 * not push other pages' good ones down.
 */
export function shownInGroup(group: ResultGroup): { shown: SearchHit[]; more: SearchHit[] } {
  const [best] = group.hits;
  const shown = group.hits.slice(0, GROUP_SHOWN).filter((hit, i) => i === 0 || hit.score >= best.score * GROUP_SHOWN_SHARE);
  return { shown, more: group.hits.slice(shown.length) };
}

/** The hits as the grouped list first shows them, top to bottom. */
export const shownOrder = (manifest: SearchManifest, hits: readonly SearchHit[]) => groupHits(manifest, hits).flatMap((group) => shownInGroup(group).shown);
