// What every page carries of the header search: the box is marked as a combobox, `/` focuses it,
// and the combobox's code (header-combobox.ts, with the search client) loads on its first focus.
import { isSearchShortcut } from '../../lib/keyboard.ts';

function focusOnShortcut(event: KeyboardEvent): void {
  if (!isSearchShortcut(event)) return;
  // The search page's own box when there is one, otherwise the header's.
  const target = document.querySelector<HTMLInputElement>('[data-search-input="page"]') ?? document.querySelector<HTMLInputElement>('[data-search-input]');
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.select();
}

export function startHeaderSearch(): void {
  document.addEventListener('keydown', focusOnShortcut);
  const input = document.querySelector<HTMLInputElement>('form.site-search input[data-search-input="header"]');
  const listbox = document.getElementById('site-search-listbox');
  if (!input || !listbox) return;
  // Set here, not in the markup: without JavaScript the box is a plain search field.
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', listbox.id);
  input.setAttribute('aria-expanded', 'false');
  input.addEventListener('focus', () => void import('./header-combobox.ts').then((module) => module.startHeaderCombobox()), { once: true });
}
