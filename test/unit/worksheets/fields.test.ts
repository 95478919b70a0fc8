import { describe, expect, it } from 'vitest';
import { readStoredFields, sameFields } from '../../../src/worksheets/fields.ts';

describe('readStoredFields', () => {
  it.each([undefined, null, 'text', 42, ['a'], true])('reads %j as an empty worksheet', (raw) => {
    expect(readStoredFields(raw)).toEqual({});
  });

  it('keeps string values and drops anything else', () => {
    expect(readStoredFields({ a: 'x', b: 3, c: null, d: { e: 'f' }, g: '' })).toEqual({ a: 'x', g: '' });
  });
});

describe('sameFields', () => {
  it('compares keys and values, not order', () => {
    expect(sameFields({ a: '1', b: '2' }, { b: '2', a: '1' })).toBe(true);
    expect(sameFields({ a: '1' }, { a: '2' })).toBe(false);
    expect(sameFields({ a: '1' }, { a: '1', b: '' })).toBe(false);
    expect(sameFields({ a: '' }, { b: '' })).toBe(false);
  });
});
