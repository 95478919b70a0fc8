import { describe, expect, it } from 'vitest';
import { highlight, matcherFor, snippet, type Segment } from '../../../src/search/snippet.ts';

const show = (segments: Segment[]) => segments.map((s) => (s.match ? `[${s.text}]` : s.text)).join('');

describe('matcherFor', () => {
  it('matches written words whose stem is a matched index term', () => {
    const isMatch = matcherFor(['guitar', 'seat', 'twofactor']);
    expect(['Guitars', 'guitar’s', 'seating', 'seated', 'two-factor'].every(isMatch)).toBe(true);
    expect(['guitarist', 'sea', 'factor'].some(isMatch)).toBe(false);
    expect(matcherFor([])('guitar')).toBe(false);
  });
});

describe('highlight', () => {
  it('marks matched words and keeps the rest, markup included, as text', () => {
    const segments = highlight('A <b>guitar</b> broke; guitars break.', matcherFor(['guitar']));
    expect(show(segments)).toBe('A <b>[guitar]</b> broke; [guitars] break.');
    expect(segments.map((s) => s.text).join('')).toBe('A <b>guitar</b> broke; guitars break.');
  });
});

describe('snippet', () => {
  const filler = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

  it('returns a short text whole', () => {
    expect(show(snippet('A broken guitar.', matcherFor(['guitar'])))).toBe('A broken [guitar].');
  });

  it('picks the passage with the most different matched words, with ellipses', () => {
    const text = `${filler(40)} guitar alone. ${filler(60)} the guitar and the song together. ${filler(60)}`;
    const result = show(snippet(text, matcherFor(['guitar', 'song']), 120));
    expect(result.startsWith('… ')).toBe(true);
    expect(result.endsWith(' …')).toBe(true);
    expect(result).toContain('[guitar] and the [song] together');
    expect(result.length).toBeLessThanOrEqual(120 + 4);
  });

  it('starts at the beginning when nothing matched', () => {
    const text = `Opening words here. ${filler(100)}`;
    const result = show(snippet(text, matcherFor(['absent']), 80));
    expect(result.startsWith('Opening words here.')).toBe(true);
    expect(result.endsWith(' …')).toBe(true);
  });

  it('cuts at word boundaries', () => {
    const text = `${filler(50)} guitar ${filler(50)}`;
    const inner = show(snippet(text, matcherFor(['guitar']), 100)).replace(/^… | …$/g, '');
    expect(inner.split(' ').every((word) => /^(word\d+|\[guitar\])$/.test(word))).toBe(true);
  });
});
