/**
 * What the search box and the search page say, as plain sentences: the live status a screen reader
 * announces after each search, and the labels around the results. Framework-free, so the wording is
 * tested (test/unit/search/announce.test.ts) apart from the DOM code in src/components/search.
 */
import type { QueryOutcome } from './query.ts';

export const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
export const quoted = (text: string) => `“${text}”`;

/** The header box's status after a search: what was found, and how to choose a suggestion. */
export function suggestionsStatus(query: string, outcome: { hits: readonly unknown[]; correctedQuery?: string }): string {
  const count = outcome.hits.length;
  const found = outcome.correctedQuery
    ? `No results for ${quoted(query)}; ${plural(count, 'result')} for ${quoted(outcome.correctedQuery)}.`
    : count > 0
      ? `${plural(count, 'result')}.`
      : `No results for ${quoted(query)}.`;
  return `${found}${count > 0 ? ' Use the up and down arrow keys to choose one.' : ''}`;
}

/** The header box's status when search failed: the box still submits to the search page, which explains. */
export const SUGGESTIONS_UNAVAILABLE = 'Search is not available right now; press Enter to open the search page.';

/** The last suggestion: every result on the search page, or a search there when nothing matched. */
export const allResultsLabel = (query: string, count: number) => (count > 0 ? `See all ${plural(count, 'result')}` : `Search the course for ${quoted(query)}`);

/** The filters as words after the count: "in IT and security (case studies only)", or nothing. */
export const filterDescription = (trackTitle: string | undefined, typeLabel: string | undefined) =>
  [trackTitle && `in ${trackTitle}`, typeLabel && `(${typeLabel.toLowerCase()} only)`].filter(Boolean).join(' ');

/** The search page's status: how many results (after the filters) for which query, and a respelling when there was one. */
export function resultsStatus(outcome: Pick<QueryOutcome, 'query' | 'correctedQuery'>, shown: number, filters = ''): string {
  const found = `${plural(shown, 'result')}${filters ? ` ${filters}` : ''}`;
  return outcome.correctedQuery ? `No results for ${quoted(outcome.query)}. Showing ${found} for ${quoted(outcome.correctedQuery)}.` : `${found} for ${quoted(outcome.query)}.`;
}
