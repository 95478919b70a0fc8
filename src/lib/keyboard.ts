/** Input types that take typed text, where a printable key must never be taken over by a shortcut. */
const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);

/** The parts of a keyboard event a page-wide shortcut looks at (a KeyboardEvent has them all). */
export interface ShortcutEvent {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  isComposing?: boolean;
  defaultPrevented?: boolean;
  target: EventTarget | null;
}

/** True when the event happens where the learner is typing: a text field, a select or editable content. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (typeof target !== 'object' || target === null) return false;
  const element = target as { tagName?: unknown; type?: unknown; isContentEditable?: unknown };
  if (element.isContentEditable === true) return true;
  const tag = typeof element.tagName === 'string' ? element.tagName.toLowerCase() : '';
  if (tag === 'textarea' || tag === 'select') return true;
  return tag === 'input' && !NON_TEXT_INPUTS.has(typeof element.type === 'string' ? element.type : 'text');
}

/** True for a bare `/` pressed outside any field: the "jump to search" shortcut. */
export function isSearchShortcut(event: ShortcutEvent): boolean {
  return event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !event.isComposing && !event.defaultPrevented && !isTypingTarget(event.target);
}

/** The arrow keys that move through a list. */
export type ArrowKey = 'ArrowDown' | 'ArrowUp';
export const isArrowKey = (key: string): key is ArrowKey => key === 'ArrowDown' || key === 'ArrowUp';

/**
 * The option an arrow key makes active in a combobox's list of `count` options (`active` -1 for
 * none): ↓ from none is the first, ↑ from none the last, and both wrap around.
 */
export function stepOption(active: number, count: number, key: ArrowKey): number {
  if (count <= 0) return -1;
  const step = key === 'ArrowDown' ? 1 : -1;
  if (active < 0 || active >= count) return step === 1 ? 0 : count - 1;
  return (active + step + count) % count;
}

/**
 * Where an arrow key moves focus among `count` result links from link `current`: the next or the
 * previous link, staying on the last at the end, and -1 (back to the search box) by ↑ from the first.
 */
export function stepResult(current: number, count: number, key: ArrowKey): number {
  if (key === 'ArrowUp' && current <= 0) return -1;
  return Math.min(count - 1, current + (key === 'ArrowDown' ? 1 : -1));
}
