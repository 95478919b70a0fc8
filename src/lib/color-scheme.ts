/**
 * The learner's color scheme: light, dark, or the system's. The choice is kept in `localStorage`
 * and shown as `<html data-color-scheme>`, which global.css turns into `color-scheme` (every color
 * is a `light-dark()` pair). Both functions run as inline scripts (`inlineScript`): the first in
 * the head, so a page never paints in the wrong scheme; the second right after the switch, so it
 * shows the stored choice before the page is painted. Each must therefore use nothing outside
 * itself.
 */

/** Applies the stored choice to the page (the head's script). */
export function applyStoredScheme(key: string): void {
  try {
    const stored = localStorage.getItem(key);
    if (stored === 'light' || stored === 'dark') document.documentElement.setAttribute('data-color-scheme', stored);
  } catch {
    // Blocked storage: the system's scheme.
  }
}

/**
 * Wires the light / dark / system `<select>` with id `id`: it shows the stored choice, applies and
 * stores a new one, and follows a choice made in another tab. If storage fails, a choice holds
 * for the page it was made on.
 */
export function wireSchemeSwitch(key: string, id: string): void {
  const root = document.documentElement;
  const select = document.getElementById(id) as HTMLSelectElement | null;
  if (!select) return;
  const show = (value: string | null | undefined) => {
    const choice = value === 'light' || value === 'dark' ? value : 'system';
    if (choice === 'system') root.removeAttribute('data-color-scheme');
    else root.setAttribute('data-color-scheme', choice);
    select.value = choice;
  };
  const store = (choice: string) => {
    try {
      if (choice === 'system') localStorage.removeItem(key);
      else localStorage.setItem(key, choice);
    } catch {
      // Blocked or full: the choice holds for this page.
    }
  };
  try {
    show(localStorage.getItem(key));
  } catch {
    show(undefined);
  }
  select.addEventListener('change', () => {
    show(select.value);
    store(select.value);
  });
  addEventListener('storage', (event) => {
    if (event.key === key) show(event.newValue);
  });
}

/**
 * A call of `run` with `args`, as the text of an inline script. Line breaks and indentation are
 * dropped: the compiled functions end their statements with semicolons and hold no multi-line text.
 */
export const inlineScript = (run: (...args: string[]) => void, ...args: string[]) =>
  `(${run.toString().replace(/\n\s*/g, '')})(${args.map((arg) => JSON.stringify(arg)).join(',')})`;
