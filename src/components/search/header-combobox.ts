// The header box as an ARIA 1.2 combobox: results appear under it as the learner types; ↓ and ↑
// move through them (the box keeps focus, aria-activedescendant follows), Enter opens the one
// chosen or, with none chosen, submits to /search/?q=; Escape closes the list, a second Escape
// clears the box. The count is announced in a live region once typing pauses. `/` focuses the box
// (on /search/, the page's own box). Pages load this module on the box's first focus
// (HeaderSearch.astro), so a reading page carries only the small loader and the shortcut.
import { stepOption } from '../../lib/keyboard.ts';
import { allResultsLabel, SUGGESTIONS_UNAVAILABLE, suggestionsStatus } from '../../search/announce.ts';
import { searchParams } from '../../search/filters.ts';
import { SUGGESTION_COUNT, shownOrder } from '../../search/results.ts';
import { element, marked, openClient, ownTrack, trail } from './render.ts';

/** Pause after typing before searching, so each pause gives one search and one announcement. */
const TYPING_PAUSE_MS = 150;

/** Wires the header box; called on its first focus, so what happened before (focus, typing) is caught up. */
export function startHeaderCombobox(): void {
  const form = document.querySelector<HTMLFormElement>('form.site-search');
  const input = form?.querySelector<HTMLInputElement>('input[data-search-input="header"]');
  const listbox = form?.querySelector<HTMLElement>('[role="listbox"]');
  const status = form?.querySelector<HTMLElement>('[role="status"]');
  if (!form || !input || !listbox || !status) return;

  let options: { node: HTMLElement; href: string }[] = [];
  let active = -1;
  let timer: number | undefined;
  let searched = '';
  let run = 0;

  const warm = () => void openClient().catch(() => undefined);
  input.addEventListener('focus', warm, { once: true });

  const setActive = (index: number) => {
    options[active]?.node.setAttribute('aria-selected', 'false');
    active = index;
    const option = options[active];
    if (option) {
      option.node.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', option.node.id);
      option.node.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const open = (isOpen: boolean) => {
    listbox.hidden = !isOpen || options.length === 0;
    input.setAttribute('aria-expanded', String(!listbox.hidden));
    if (listbox.hidden) setActive(-1);
  };
  const go = (href: string) => window.location.assign(href);

  const show = async () => {
    const query = input.value.trim();
    if (query === searched) return;
    searched = query;
    const mine = ++run;
    if (!query) {
      options = [];
      listbox.replaceChildren();
      open(false);
      status.textContent = '';
      return;
    }
    try {
      const client = await openClient();
      const outcome = await client.run(query, ownTrack(client));
      const hits = shownOrder(client.manifest, outcome.hits).slice(0, SUGGESTION_COUNT);
      const presented = await client.present(hits);
      if (mine !== run) return;
      const all = `${form.action.replace(/\?.*$/, '')}${searchParams(query, {})}`;
      options = presented.map((hit) => ({ node: element('div', '', element('span', 'site-search__trail', ...trail(hit)), element('span', 'site-search__snippet', ...marked(hit.snippet))), href: hit.href }));
      options.push({ node: element('div', 'site-search__all', allResultsLabel(query, outcome.hits.length)), href: all });
      options.forEach(({ node }, i) => {
        node.id = `site-search-option-${i}`;
        node.setAttribute('role', 'option');
        node.setAttribute('aria-selected', 'false');
      });
      listbox.replaceChildren(...options.map(({ node }) => node));
      active = -1;
      open(document.activeElement === input);
      status.textContent = suggestionsStatus(query, outcome);
    } catch {
      if (mine !== run) return;
      // The search page explains what failed; here the box still submits to it.
      searched = '';
      status.textContent = SUGGESTIONS_UNAVAILABLE;
    }
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void show(), TYPING_PAUSE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.isComposing) return;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (options.length === 0) return;
        event.preventDefault();
        if (listbox.hidden) open(true);
        setActive(stepOption(active, options.length, event.key));
        return;
      }
      case 'Enter':
        if (!listbox.hidden && options[active]) {
          event.preventDefault();
          go(options[active].href);
        }
        return;
      case 'Escape':
        event.preventDefault();
        // Results still on their way must not open the list again.
        window.clearTimeout(timer);
        run++;
        searched = input.value.trim();
        if (!listbox.hidden) open(false);
        else {
          input.value = '';
          void show();
        }
        return;
      default:
    }
  });
  input.addEventListener('focus', () => open(true));
  // The box was focused to load this module, and the learner may have typed since.
  if (document.activeElement === input) {
    warm();
    // As if the typing so far had just happened: one search once the typing pauses.
    if (input.value.trim()) timer = window.setTimeout(() => void show(), TYPING_PAUSE_MS);
  }
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) open(false);
  });
  // Pointer: keep focus in the box while choosing, then follow the option.
  listbox.addEventListener('mousedown', (event) => event.preventDefault());
  listbox.addEventListener('click', (event) => {
    const node = (event.target as HTMLElement).closest<HTMLElement>('[role="option"]');
    const option = options.find((candidate) => candidate.node === node);
    if (option) go(option.href);
  });
}
