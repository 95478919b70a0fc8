import { describe, expect, it } from 'vitest';
import { isSearchShortcut, isTypingTarget } from '../../../src/lib/keyboard.ts';

const element = (tagName: string, extra: Record<string, unknown> = {}) => ({ tagName, ...extra }) as unknown as EventTarget;
const press = (key: string, target: EventTarget | null, extra = {}) => ({ key, target, ctrlKey: false, metaKey: false, altKey: false, ...extra });

describe('isTypingTarget', () => {
  it.each([
    ['a text input', element('INPUT', { type: 'text' }), true],
    ['a search input', element('INPUT', { type: 'search' }), true],
    ['an email input', element('input', { type: 'email' }), true],
    ['a textarea', element('TEXTAREA'), true],
    ['a select', element('SELECT'), true],
    ['editable content', element('DIV', { isContentEditable: true }), true],
    ['a checkbox', element('INPUT', { type: 'checkbox' }), false],
    ['a radio button', element('INPUT', { type: 'radio' }), false],
    ['a button', element('BUTTON'), false],
    ['a link', element('A'), false],
    ['nothing', null, false],
  ])('%s → %s', (_, target, expected) => {
    expect(isTypingTarget(target)).toBe(expected);
  });
});

describe('isSearchShortcut', () => {
  it('is a bare / outside a field', () => {
    expect(isSearchShortcut(press('/', element('BODY')))).toBe(true);
    expect(isSearchShortcut(press('/', element('INPUT', { type: 'radio' })))).toBe(true);
  });

  it('leaves / alone while the learner types, with modifiers, and for other keys', () => {
    expect(isSearchShortcut(press('/', element('INPUT', { type: 'text' })))).toBe(false);
    expect(isSearchShortcut(press('/', element('TEXTAREA')))).toBe(false);
    expect(isSearchShortcut(press('/', element('BODY'), { ctrlKey: true }))).toBe(false);
    expect(isSearchShortcut(press('/', element('BODY'), { isComposing: true }))).toBe(false);
    expect(isSearchShortcut(press('/', element('BODY'), { defaultPrevented: true }))).toBe(false);
    expect(isSearchShortcut(press('s', element('BODY')))).toBe(false);
  });
});
