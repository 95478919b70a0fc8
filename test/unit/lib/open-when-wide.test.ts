import { afterEach, describe, expect, it, vi } from 'vitest';
import { inlineScript } from '../../../src/lib/color-scheme.ts';
import { openWhenWide } from '../../../src/lib/open-when-wide.ts';

afterEach(() => vi.unstubAllGlobals());

/** A page with one <details> and a screen whose width can change. */
function page(wide: boolean) {
  const details = { open: false };
  const media = Object.assign(new EventTarget(), { matches: wide });
  vi.stubGlobal('document', { querySelector: (selector: string) => (selector === '.menu' ? details : null) });
  vi.stubGlobal('matchMedia', () => media);
  const resize = (matches: boolean) => {
    media.matches = matches;
    media.dispatchEvent(Object.assign(new Event('change'), { matches }));
  };
  return { details, resize };
}

describe('a <details> open only on wide screens', () => {
  it('opens on a wide screen, closes when it narrows, and opens again', () => {
    const { details, resize } = page(true);
    openWhenWide('.menu', '(min-width: 48rem)');
    expect(details.open).toBe(true);
    resize(false);
    expect(details.open).toBe(false);
    resize(true);
    expect(details.open).toBe(true);
  });

  it('stays closed on a phone, also as the inline script the layout writes, and ignores a missing element', () => {
    const { details } = page(false);
    details.open = true;
    new Function(inlineScript(openWhenWide, '.menu', '(min-width: 48rem)'))();
    expect(details.open).toBe(false);
    expect(() => openWhenWide('.nothing', '(min-width: 48rem)')).not.toThrow();
  });
});
