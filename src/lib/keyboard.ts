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
