import { describe, expect, it } from 'vitest';
import { accentCss, contrastRatio, parseHex, textOn } from '../../../src/course/contrast.ts';

describe('contrast', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('parses short and long hex and rejects the rest', () => {
    expect(parseHex('#fff')).toEqual([255, 255, 255]);
    expect(parseHex('#0A5CAD')).toEqual([10, 92, 173]);
    expect(parseHex('blue')).toBeUndefined();
    expect(parseHex('#12345')).toBeUndefined();
  });

  it('picks the more readable text colour for a button', () => {
    expect(textOn('#0a5cad')).toBe('#ffffff');
    expect(textOn('#7db8f0')).toBe('#000000');
  });
});

describe('accent CSS', () => {
  it('sets the accent and the text on it for each scheme', () => {
    expect(accentCss({ light: '#0a5cad', dark: '#7db8f0' })).toBe('html:root{--accent:light-dark(#0a5cad,#7db8f0);--accent-text:light-dark(#ffffff,#000000)}');
    expect(accentCss({ light: '#ffd400', dark: '#3a0ca3' })).toBe('html:root{--accent:light-dark(#ffd400,#3a0ca3);--accent-text:light-dark(#000000,#ffffff)}');
  });
});
