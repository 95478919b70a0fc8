import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closestWord, decodeWordList, editDistance, encodeWordList } from '../../../src/search/word-list.ts';

describe('word lists', () => {
  it('round-trip any list of words, sorted', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[a-z0-9]{1,14}$/), { maxLength: 200 }), (words) => {
        expect(decodeWordList(encodeWordList(words)).map(({ word }) => word)).toEqual([...words].sort());
      }),
    );
  });

  it('front-code shared beginnings and carry a rank per word', () => {
    const list = encodeWordList(['guitars', 'guitar', 'song'], new Map([['guitar', 40], ['guitars', 3], ['song', 1]]));
    expect(list.words).toBe('0guitar\n6s\n0song');
    expect(decodeWordList(list)).toEqual([{ word: 'guitar', rank: 5 }, { word: 'guitars', rank: 1 }, { word: 'song', rank: 0 }]);
  });
});

describe('closestWord', () => {
  const words = decodeWordList(encodeWordList(['guitar', 'video', 'vidoes', 'store', 'score'], new Map([['store', 8], ['score', 2]])));
  it('allows one edit under seven letters, two from seven, and prefers the commoner word on a tie', () => {
    expect(closestWord('gutiar', words)).toBe('guitar');
    expect(closestWord('vidoe', words)).toBe('video');
    expect(closestWord('sxore', words)).toBe('store');
    expect(closestWord('xylophone', words)).toBeUndefined();
  });
});

describe('editDistance', () => {
  it('counts edits, a swap of neighbours as one', () => {
    expect(editDistance('guitar', 'guitar')).toBe(0);
    expect(editDistance('gutiar', 'guitar')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
