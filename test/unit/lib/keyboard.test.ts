import { describe, expect, it } from 'vitest';
import { isSearchShortcut, isTypingTarget, isArrowKey, stepOption, stepResult } from '../../../src/lib/keyboard.ts';

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

describe('moving through a list with the arrow keys', () => {
  it('starts a combobox list at either end and wraps around', () => {
    expect(stepOption(-1, 4, 'ArrowDown')).toBe(0);
    expect(stepOption(-1, 4, 'ArrowUp')).toBe(3);
    expect(stepOption(0, 4, 'ArrowDown')).toBe(1);
    expect(stepOption(3, 4, 'ArrowDown')).toBe(0);
    expect(stepOption(0, 4, 'ArrowUp')).toBe(3);
    expect(stepOption(2, 4, 'ArrowUp')).toBe(1);
    expect(stepOption(-1, 0, 'ArrowDown')).toBe(-1);
  });

  it('moves between result links, stays on the last and goes back to the box from the first', () => {
    expect(stepResult(0, 3, 'ArrowDown')).toBe(1);
    expect(stepResult(2, 3, 'ArrowDown')).toBe(2);
    expect(stepResult(2, 3, 'ArrowUp')).toBe(1);
    expect(stepResult(0, 3, 'ArrowUp')).toBe(-1);
    expect(isArrowKey('ArrowUp')).toBe(true);
    expect(isArrowKey('Enter')).toBe(false);
  });
});
