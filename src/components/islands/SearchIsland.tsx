import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { withBase } from '../../course/paths.ts';
import { countHits, filterHits, filtersFromParams, searchParams, type SearchFilters } from '../../search/filters.ts';
import { searchLoader } from '../../search/load-index.ts';
import type { SearchDocumentType, SearchTrack } from '../../search/search-data.ts';
import type { Searcher } from '../../search/searcher.ts';
import type { Segment } from '../../search/snippet.ts';

interface Props {
  /** search-index.json with the base path. */
  indexUrl: string;
  /** The site's base path (`/` or `/training/academy/`), for result links. */
  base: string;
  /** Enabled tracks, for the filter and the "no results" links. */
  tracks: SearchTrack[];
  /** Searches to offer when nothing matches (the case studies' companies). */
  suggestions: string[];
}

const TYPE_LABELS: Record<SearchDocumentType, { one: string; many: string }> = {
  module: { one: 'Module', many: 'Modules' },
  'case-study': { one: 'Case study', many: 'Case studies' },
};
/** Results shown at first; the rest behind "Show more". */
const PAGE_SIZE = 20;
/** Pause after typing before searching, so the count is announced once, not per key. */
const TYPING_PAUSE_MS = 200;

type LoadState = { status: 'idle' | 'loading' } | { status: 'ready'; searcher: Searcher } | { status: 'error'; message: string };

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** Text segments with matched words in <mark>; React escapes every piece, so no input can inject markup. */
function Marked({ segments }: { segments: Segment[] }) {
  return <>{segments.map((segment, index) => (segment.match ? <mark key={index}>{segment.text}</mark> : segment.text))}</>;
}

/**
 * The search page: a query box and filters kept in the URL (`?q=…&track=…&type=…`), results with
 * highlighted snippets, and an announced result count. The index loads when the learner starts
 * searching or arrives with a query.
 */
export default function SearchIsland({ indexUrl, base, tracks, suggestions }: Props) {
  const [input, setInput] = useState('');
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<SearchFilters>({});
  const [load, setLoad] = useState<LoadState>({ status: 'idle' });
  const [shown, setShown] = useState(PAGE_SIZE);
  const [ready, setReady] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const resultsRef = useRef<HTMLOListElement>(null);
  const focusAfterMore = useRef<number | undefined>(undefined);
  const trackIds = useMemo(() => tracks.map((t) => t.id), [tracks]);
  const trackTitle = (id: string) => tracks.find((t) => t.id === id)?.title ?? id;

  const startLoading = () => {
    if (load.status === 'loading' || load.status === 'ready') return;
    setLoad({ status: 'loading' });
    searchLoader(indexUrl)().then(
      (searcher) => setLoad({ status: 'ready', searcher }),
      (error: unknown) => setLoad({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
  };

  // A deep link: take the query and filters from the address, and search at once if there is a query.
  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    const initial = params.get('q') ?? '';
    setInput(initial);
    setQuery(initial);
    setFilters(filtersFromParams(params, trackIds));
    setReady(true);
    if (initial.trim()) startLoading();
    // Runs once, on arrival.
  }, []);

  // Search once typing pauses.
  useEffect(() => {
    if (input === query) return;
    const timer = window.setTimeout(() => setQuery(input), TYPING_PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [input, query]);

  // Keep the address in step, so the page can be bookmarked, shared and reloaded.
  useEffect(() => {
    if (!ready) return;
    const next = `${window.location.pathname}${searchParams(query.trim(), filters)}`;
    if (next !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, '', next);
  }, [ready, query, filters]);

  useEffect(() => setShown(PAGE_SIZE), [query, filters]);

  const outcome = useMemo(() => (load.status === 'ready' ? load.searcher.run(query) : undefined), [load, query]);
  const hits = useMemo(() => (outcome ? filterHits(outcome.hits, filters) : []), [outcome, filters]);
  const counts = useMemo(() => countHits(outcome?.hits ?? []), [outcome]);
  const presented = useMemo(
    () => (load.status === 'ready' ? hits.slice(0, shown).map((hit) => load.searcher.present(hit)) : []),
    [load, hits, shown],
  );

  useEffect(() => {
    if (focusAfterMore.current === undefined) return;
    resultsRef.current?.querySelectorAll<HTMLAnchorElement>('h2 a')[focusAfterMore.current]?.focus();
    focusAfterMore.current = undefined;
  }, [presented]);

  const filterText = [filters.track && `in ${trackTitle(filters.track)}`, filters.type && `(${TYPE_LABELS[filters.type].many.toLowerCase()} only)`]
    .filter(Boolean)
    .join(' ');
  const quoted = (text: string) => `“${text}”`;
  let status = '';
  if (load.status === 'loading' && query.trim()) status = 'Loading search…';
  else if (outcome?.query) {
    const found = `${plural(hits.length, 'result')}${filterText ? ` ${filterText}` : ''}`;
    status = outcome.correctedQuery
      ? `No results for ${quoted(outcome.query)}. Showing ${found} for ${quoted(outcome.correctedQuery)}.`
      : `${found} for ${quoted(outcome.query)}.`;
  }

  const onResultsKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...(resultsRef.current?.querySelectorAll<HTMLAnchorElement>('h2 a') ?? [])];
    const current = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (current === -1) return;
    event.preventDefault();
    if (event.key === 'ArrowUp' && current === 0) inputRef.current?.focus();
    else links[Math.min(links.length - 1, current + (event.key === 'ArrowDown' ? 1 : -1))]?.focus();
  };
  const onInputKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'ArrowDown') return;
    const first = resultsRef.current?.querySelector<HTMLAnchorElement>('h2 a');
    if (!first) return;
    event.preventDefault();
    first.focus();
  };
  const searchFor = (text: string) => {
    setInput(text);
    setQuery(text);
    startLoading();
    inputRef.current?.focus();
  };

  return (
    <div className="search">
      <form
        role="search"
        aria-label="Course search page"
        className="search__form"
        method="get"
        onSubmit={(event) => {
          event.preventDefault();
          setQuery(input);
          startLoading();
        }}
      >
        <div className="search__query">
          <label htmlFor="search-query">Search the course</label>
          <div className="search__box">
            <input
              id="search-query"
              ref={inputRef}
              type="search"
              name="q"
              value={input}
              autoComplete="off"
              enterKeyHint="search"
              aria-describedby="search-hint"
              data-search-input="page"
              onChange={(event) => {
                setInput(event.target.value);
                startLoading();
              }}
              onFocus={startLoading}
              onKeyDown={onInputKeyDown}
            />
            <button type="submit">Search</button>
          </div>
          <p id="search-hint" className="meta">Modules and case studies: try a company, a story or a topic. Press ↓ to move to the results.</p>
        </div>
        <div className="search__filters">
          <div>
            <label htmlFor="search-track">Track</label>
            <select id="search-track" name="track" value={filters.track ?? ''} onChange={(event) => setFilters({ ...filters, track: event.target.value || undefined })}>
              <option value="">All tracks{outcome?.query ? ` (${outcome.hits.length})` : ''}</option>
              {tracks.map((track) => (
                <option key={track.id} value={track.id}>
                  {track.title}
                  {outcome?.query ? ` (${counts.tracks.get(track.id) ?? 0})` : ''}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="search-type">Type</label>
            <select
              id="search-type"
              name="type"
              value={filters.type ?? ''}
              onChange={(event) => setFilters({ ...filters, type: (event.target.value || undefined) as SearchDocumentType | undefined })}
            >
              <option value="">All types</option>
              {(Object.keys(TYPE_LABELS) as SearchDocumentType[]).map((type) => (
                <option key={type} value={type}>
                  {TYPE_LABELS[type].many}
                  {outcome?.query ? ` (${counts.types.get(type) ?? 0})` : ''}
                </option>
              ))}
            </select>
          </div>
        </div>
      </form>

      <p role="status" className="search__status">{status}</p>

      {load.status === 'error' && (
        <div role="alert" className="callout search__error">
          <p>Search is not available right now. {load.message}</p>
          <button type="button" onClick={startLoading}>Try again</button>
        </div>
      )}

      {presented.length > 0 && (
        <ol className="search__results" aria-label="Search results" ref={resultsRef} onKeyDown={onResultsKeyDown}>
          {presented.map(({ hit, title, snippet }) => (
            <li key={hit.document.ref}>
              <h2>
                <a href={withBase(base, hit.document.path)}>
                  <Marked segments={title} />
                </a>
              </h2>
              <p className="meta">
                <span className="tag">{TYPE_LABELS[hit.document.type].one}</span>
                {hit.document.company && `${hit.document.company}${hit.document.year ? `, ${hit.document.year}` : ''} · `}
                {hit.document.tracks.map(trackTitle).join(', ')}
              </p>
              <p className="search__snippet">
                <Marked segments={snippet} />
              </p>
            </li>
          ))}
        </ol>
      )}
      {hits.length > shown && (
        <button
          type="button"
          className="secondary"
          onClick={() => {
            focusAfterMore.current = shown;
            setShown(shown + PAGE_SIZE);
          }}
        >
          Show more results ({hits.length - shown} more)
        </button>
      )}

      {outcome?.query && hits.length === 0 && (
        <section className="callout search__none" aria-labelledby="search-none-heading">
          <h2 id="search-none-heading">No results{filterText ? ` ${filterText}` : ''}</h2>
          {outcome.hits.length > 0 ? (
            <p>
              {plural(outcome.hits.length, 'result')} in other tracks or types.{' '}
              <button type="button" className="secondary" onClick={() => setFilters({})}>
                Show all results
              </button>
            </p>
          ) : (
            <>
              <p>Check the spelling, use fewer words, or try one of these:</p>
              <ul className="search__suggestions">
                {suggestions.map((suggestion) => (
                  <li key={suggestion}>
                    <a
                      href={`?q=${encodeURIComponent(suggestion)}`}
                      onClick={(event) => {
                        event.preventDefault();
                        searchFor(suggestion);
                      }}
                    >
                      {suggestion}
                    </a>
                  </li>
                ))}
              </ul>
              <p>Or browse a track:</p>
              <ul className="search__suggestions">
                {tracks.map((track) => (
                  <li key={track.id}>
                    <a href={withBase(base, track.path)}>{track.title}</a>
                  </li>
                ))}
                <li>
                  <a href={withBase(base, '/case-studies/')}>All case studies</a>
                </li>
              </ul>
            </>
          )}
        </section>
      )}
    </div>
  );
}
