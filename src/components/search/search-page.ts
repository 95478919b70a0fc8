// The search page (no framework): the query and filters live in the address (?q=…&track=…&type=…);
// results are grouped by page, each page with its best sections (page title › section heading,
// a snippet, a link to the section that highlights the words on arrival), and the count is
// announced. Only the results shown are fetched (one small file each).
import type { SearchClient } from '../../search/client.ts';
import { countHits, filterHits, filtersFromParams, pageFacets, searchParams, type SearchFilters } from '../../search/filters.ts';
import type { PresentedHit } from '../../search/present.ts';
import type { QueryOutcome, SearchHit } from '../../search/query.ts';
import { groupHits, shownInGroup, type ResultGroup } from '../../search/results.ts';
import type { SearchDocumentType } from '../../search/search-data.ts';
import { isArrowKey, stepResult } from '../../lib/keyboard.ts';
import { filterDescription, plural, resultsStatus } from '../../search/announce.ts';
import { element, marked, openClient, ownTrack, trail, TYPE_LABELS } from './render.ts';

/** Pages shown at first, and how many more each "Show more results" adds. */
const GROUPS_PER_PAGE = 4;
/** Pause after typing before searching, so the count is announced once, not per key. */
const TYPING_PAUSE_MS = 200;

export function startSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search-page]');
  if (!root) return;
  const form = root.querySelector('form')!;
  const input = root.querySelector<HTMLInputElement>('#search-query')!;
  const trackSelect = root.querySelector<HTMLSelectElement>('#search-track')!;
  const typeSelect = root.querySelector<HTMLSelectElement>('#search-type')!;
  const status = root.querySelector<HTMLElement>('.search__status')!;
  const output = root.querySelector<HTMLElement>('.search__output')!;
  const suggestions = JSON.parse(root.dataset.suggestions ?? '[]') as string[];
  const optionsOf = (select: HTMLSelectElement) => [...select.options].filter((option) => option.value);
  const trackIds = optionsOf(trackSelect).map((option) => option.value);
  const trackTitle = (id: string) => optionsOf(trackSelect).find((option) => option.value === id)?.dataset.label ?? id;

  let client: SearchClient | undefined;
  let outcome: QueryOutcome | undefined;
  let filters: SearchFilters = {};
  let groupsShown = GROUPS_PER_PAGE;
  const expanded = new Set<string>();
  let timer: number | undefined;
  let render = 0;
  let focusAfter: string | undefined;

  const setAddress = () => {
    const next = `${window.location.pathname}${searchParams(outcome?.query ?? input.value.trim(), filters)}`;
    if (next !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, '', next);
  };

  /** Filter labels with counts for the current results. */
  const labelFilters = () => {
    const counts = outcome?.query ? countHits(client!.manifest, outcome.hits) : undefined;
    trackSelect.options[0].textContent = `All tracks${counts ? ` (${outcome!.hits.length})` : ''}`;
    for (const option of optionsOf(trackSelect)) option.textContent = `${option.dataset.label}${counts ? ` (${counts.tracks.get(option.value) ?? 0})` : ''}`;
    for (const option of optionsOf(typeSelect)) option.textContent = `${option.dataset.label}${counts ? ` (${counts.types.get(option.value as SearchDocumentType) ?? 0})` : ''}`;
  };

  const filterText = () => filterDescription(filters.track && trackTitle(filters.track), filters.type && TYPE_LABELS[filters.type].many);

  const search = async () => {
    const mine = ++render;
    const query = input.value;
    groupsShown = GROUPS_PER_PAGE;
    expanded.clear();
    if (!query.trim()) {
      outcome = undefined;
      setAddress();
      status.textContent = '';
      output.replaceChildren();
      return;
    }
    if (!client) status.textContent = 'Loading search…';
    try {
      client ??= await openClient();
      const result = await client.run(query, ownTrack(client));
      if (mine !== render) return;
      outcome = result;
      setAddress();
      await show(mine);
    } catch (error) {
      if (mine !== render) return;
      showError(error);
    }
  };

  const showError = (error: unknown) => {
    status.textContent = '';
    const retry = element('button', '', 'Try again');
    retry.type = 'button';
    retry.addEventListener('click', () => void search());
    const alert = element('div', 'callout search__error', element('p', '', `Search is not available right now. ${error instanceof Error ? error.message : String(error)}`), retry);
    alert.setAttribute('role', 'alert');
    output.replaceChildren(alert);
  };

  /** Renders the current outcome under the current filters; fetches the fragments of what is shown. */
  const show = async (mine = ++render) => {
    if (!client || !outcome) return;
    labelFilters();
    const hits = filterHits(client.manifest, outcome.hits, filters);
    const groups = groupHits(client.manifest, hits);
    const visible = groups.slice(0, groupsShown).map((group) => ({ group, ...shownInGroup(group) })).map((entry) => (expanded.has(entry.group.key) ? { ...entry, shown: entry.group.hits, more: [] } : entry));
    let presented: PresentedHit[];
    try {
      presented = await client.present(visible.flatMap((entry) => entry.shown));
    } catch (error) {
      if (mine === render) showError(error);
      return;
    }
    if (mine !== render) return;
    const byDoc = new Map(presented.map((hit) => [hit.hit.doc, hit]));

    status.textContent = resultsStatus(outcome, hits.length, filterText());

    if (hits.length === 0) {
      output.replaceChildren(noResults());
      return;
    }
    const list = element('ol', 'search__groups');
    list.setAttribute('aria-label', 'Search results');
    for (const { group, shown, more } of visible) list.append(groupItem(group, shown.map((hit) => byDoc.get(hit.doc)!), more));
    const nodes: Node[] = [list];
    if (groups.length > groupsShown) {
      const button = element('button', 'secondary', `Show more results (${plural(groups.length - groupsShown, 'more page')})`);
      button.type = 'button';
      button.addEventListener('click', () => {
        focusAfter = visible.length < groups.length ? groups[visible.length].key : undefined;
        groupsShown += GROUPS_PER_PAGE;
        void show();
      });
      nodes.push(button);
    }
    output.replaceChildren(...nodes);
    if (focusAfter) {
      output.querySelector<HTMLAnchorElement>(`[data-group="${focusAfter}"] a.search__link`)?.focus();
      focusAfter = undefined;
    }
  };

  const groupItem = (group: ResultGroup, shown: PresentedHit[], more: SearchHit[]): HTMLElement => {
    const item = element('li');
    item.dataset.group = group.key;
    const opening = shown.find((hit) => hit.headings.length === 0);
    const first = shown[0];
    const pageHref = first.href.replace(/#.*$/, '');
    const titleLink = element('a', 'search__link', ...(group.type === 'glossary' ? ['Glossary'] : marked(first.title)));
    titleLink.href = opening?.href ?? pageHref;
    item.append(element('h2', '', titleLink));
    const { tracks } = pageFacets(client!.manifest, first.hit.page);
    const meta = element('p', 'meta', element('span', 'tag', TYPE_LABELS[group.type].one));
    if (first.company) meta.append(`${first.company}${first.year ? `, ${first.year}` : ''} · `);
    if (group.type !== 'glossary') meta.append(tracks.map(trackTitle).join(', '));
    item.append(meta);
    if (opening) item.append(element('p', 'search__snippet', ...marked(opening.snippet)));
    const sections = shown.filter((hit) => hit !== opening);
    if (sections.length > 0) {
      item.append(
        element(
          'ul',
          'search__sections',
          ...sections.map((hit) => {
            const link = element('a', 'search__link', ...trail(hit, false));
            link.href = hit.href;
            return element('li', '', element('h3', '', link), element('p', 'search__snippet', ...marked(hit.snippet)));
          }),
        ),
      );
    }
    if (more.length > 0) {
      const button = element('button', 'secondary search__more-in-page', `Show ${plural(more.length, 'more section')} from this page`);
      button.type = 'button';
      button.addEventListener('click', () => {
        expanded.add(group.key);
        focusAfter = group.key;
        void show();
      });
      item.append(button);
    }
    return item;
  };

  const noResults = (): HTMLElement => {
    const heading = element('h2', '', `No results${filterText() ? ` ${filterText()}` : ''}`);
    heading.id = 'search-none-heading';
    const section = element('section', 'callout search__none', heading);
    section.setAttribute('aria-labelledby', heading.id);
    if (outcome!.hits.length > 0) {
      const clear = element('button', 'secondary', 'Show all results');
      clear.type = 'button';
      clear.addEventListener('click', () => {
        filters = {};
        trackSelect.value = '';
        typeSelect.value = '';
        setAddress();
        void show();
      });
      section.append(element('p', '', `${plural(outcome!.hits.length, 'result')} in other tracks or types. `, clear));
      return section;
    }
    const tryList = element('ul', 'search__suggestions');
    for (const suggestion of suggestions) {
      const link = element('a', '', suggestion);
      link.href = `?q=${encodeURIComponent(suggestion)}`;
      link.addEventListener('click', (event) => {
        event.preventDefault();
        input.value = suggestion;
        input.focus();
        void search();
      });
      tryList.append(element('li', '', link));
    }
    const browse = element('ul', 'search__suggestions');
    for (const option of optionsOf(trackSelect)) {
      const link = element('a', '', option.dataset.label ?? option.value);
      link.href = option.dataset.path ?? '';
      browse.append(element('li', '', link));
    }
    const cases = element('a', '', 'All case studies');
    cases.href = root.dataset.caseStudies ?? '';
    browse.append(element('li', '', cases));
    section.append(element('p', '', 'Check the spelling, use fewer words, or try one of these:'), tryList, element('p', '', 'Or browse a track:'), browse);
    return section;
  };

  // A deep link: take the query and filters from the address, and search at once if there is a query.
  const params = new URLSearchParams(window.location.search);
  input.value = params.get('q') ?? '';
  filters = filtersFromParams(params, trackIds);
  trackSelect.value = filters.track ?? '';
  typeSelect.value = filters.type ?? '';
  if (input.value.trim()) void search();

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(timer);
    void search();
  });
  input.addEventListener('focus', () => void openClient().catch(() => undefined), { once: true });
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void search(), TYPING_PAUSE_MS);
  });
  const onFilter = () => {
    filters = { ...(trackSelect.value && { track: trackSelect.value }), ...(typeSelect.value && { type: typeSelect.value as SearchDocumentType }) };
    groupsShown = GROUPS_PER_PAGE;
    setAddress();
    void show();
  };
  trackSelect.addEventListener('change', onFilter);
  typeSelect.addEventListener('change', onFilter);

  // ↓ from the box to the first result, ↑ and ↓ between results, ↑ from the first back to the box.
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const firstLink = output.querySelector<HTMLAnchorElement>('a.search__link');
    if (!firstLink) return;
    event.preventDefault();
    firstLink.focus();
  });
  output.addEventListener('keydown', (event) => {
    if (!isArrowKey(event.key)) return;
    const links = [...output.querySelectorAll<HTMLAnchorElement>('a.search__link')];
    const current = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (current === -1) return;
    event.preventDefault();
    const next = stepResult(current, links.length, event.key);
    if (next === -1) input.focus();
    else links[next]?.focus();
  });
}
