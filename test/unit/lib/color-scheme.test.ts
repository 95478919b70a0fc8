import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyStoredScheme, inlineScript, wireSchemeSwitch } from '../../../src/lib/color-scheme.ts';
import { reserveContinueRow } from '../../../src/lib/continue-row.ts';
import { memoryStorage, type StorageBackend } from '../../../src/progress/safe-storage.ts';

const KEY = 'acme:color-scheme';

/** Just enough of an element: attributes, a value and change events. */
function fakeElement() {
  const attributes = new Map<string, string>();
  return Object.assign(new EventTarget(), {
    value: '',
    getAttribute: (name: string) => attributes.get(name) ?? null,
    setAttribute: (name: string, value: string) => void attributes.set(name, value),
    removeAttribute: (name: string) => void attributes.delete(name),
  });
}

/** A page with `storage`, an <html> and a switch, as the functions (and the inline scripts) see it. */
function page(storage: Partial<StorageBackend> = memoryStorage()) {
  const root = fakeElement();
  const select = fakeElement();
  const window = new EventTarget();
  vi.stubGlobal('localStorage', storage);
  vi.stubGlobal('document', { documentElement: root, getElementById: (id: string) => (id === 'switch' ? select : null) });
  vi.stubGlobal('addEventListener', window.addEventListener.bind(window));
  return { root, select, window, scheme: () => root.getAttribute('data-color-scheme') };
}
afterEach(() => vi.unstubAllGlobals());

const blocked = {
  getItem: () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
};

describe('color scheme', () => {
  it('applies a stored light or dark choice from the head, and nothing else', () => {
    const { scheme } = page(memoryStorage({ [KEY]: 'dark' }));
    applyStoredScheme(KEY);
    expect(scheme()).toBe('dark');
    for (const stored of ['system', 'DARK', '<script>']) {
      const other = page(memoryStorage({ [KEY]: stored }));
      applyStoredScheme(KEY);
      expect(other.scheme()).toBeNull();
    }
    page(blocked);
    expect(() => applyStoredScheme(KEY)).not.toThrow();
  });

  it('shows, applies and remembers the choice, and follows another tab', () => {
    const storage = memoryStorage({ [KEY]: 'light' });
    const { select, window, scheme } = page(storage);
    wireSchemeSwitch(KEY, 'switch');
    expect(select.value).toBe('light');
    expect(scheme()).toBe('light');

    select.value = 'dark';
    select.dispatchEvent(new Event('change'));
    expect([storage.getItem(KEY), scheme()]).toEqual(['dark', 'dark']);

    select.value = 'system';
    select.dispatchEvent(new Event('change'));
    expect([storage.getItem(KEY), scheme()]).toEqual([null, null]);

    window.dispatchEvent(Object.assign(new Event('storage'), { key: KEY, newValue: 'dark' }));
    expect([select.value, scheme()]).toEqual(['dark', 'dark']);
    window.dispatchEvent(Object.assign(new Event('storage'), { key: 'other', newValue: 'light' }));
    expect(select.value).toBe('dark');
  });

  it('still switches the page when storage is blocked', () => {
    const { select, scheme } = page(blocked);
    wireSchemeSwitch(KEY, 'switch');
    expect(select.value).toBe('system');
    select.value = 'dark';
    expect(() => select.dispatchEvent(new Event('change'))).not.toThrow();
    expect(scheme()).toBe('dark');
  });

  it('works as the inline scripts the layout writes', () => {
    const { select, scheme } = page(memoryStorage({ [KEY]: 'dark' }));
    new Function(inlineScript(applyStoredScheme, KEY))();
    expect(scheme()).toBe('dark');
    new Function(inlineScript(wireSchemeSwitch, KEY, 'switch'))();
    expect(select.value).toBe('dark');
    expect(inlineScript(applyStoredScheme, 'a"b')).toContain('("a\\"b")');
  });
});

describe('reserveContinueRow', () => {
  const PROGRESS = 'acme:progress';
  function home(storage: Partial<StorageBackend>) {
    const classes = new Set<string>();
    const row = { classList: { add: (name: string) => void classes.add(name) } };
    vi.stubGlobal('localStorage', storage);
    vi.stubGlobal('document', { querySelector: (selector: string) => (selector === '[data-continue]' ? row : null) });
    return classes;
  }

  it('keeps room for the Continue row only when the browser holds progress, and never throws', () => {
    const returning = home(memoryStorage({ [PROGRESS]: '{"version":2}' }));
    reserveContinueRow(PROGRESS);
    expect([...returning]).toEqual(['continue--expected']);
    const first = home(memoryStorage());
    reserveContinueRow(PROGRESS);
    expect([...first]).toEqual([]);
    home(blocked);
    expect(() => reserveContinueRow(PROGRESS)).not.toThrow();
  });
});
