import fc from 'fast-check';
import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { countHits, filterHits, filtersFromParams, searchParams } from '../../../src/search/filters.ts';
import { cleanQuery, editDistance, MAX_QUERY_CHARS, runQuery, searchIndex, suggestQuery } from '../../../src/search/query.ts';
import { paths, sampleSearch } from '../../helpers/search.ts';

const { search } = sampleSearch();

describe('cleanQuery', () => {
  it('trims, collapses whitespace and control characters, and cuts long input by characters', () => {
    expect(cleanQuery('  two \n\t factor\u0000 ')).toBe('two factor');
    expect(cleanQuery('x'.repeat(5000))).toHaveLength(MAX_QUERY_CHARS);
    const emoji = cleanQuery('🙂'.repeat(300));
    expect(Array.from(emoji)).toHaveLength(MAX_QUERY_CHARS);
    expect(emoji).not.toMatch(/[\uD800-\uDBFF]$/); // no half emoji at the end
  });

  it('turns anything that is not text into an empty query', () => {
    expect(cleanQuery(undefined)).toBe('');
    expect(cleanQuery(null)).toBe('');
    expect(cleanQuery({ toString: () => 'guitar' })).toBe('');
  });
});

describe('runQuery', () => {
  it('finds a word in any form (stemming) and a word being typed (prefix)', () => {
    expect(paths(runQuery(search, 'guitars').hits)[0]).toBe('/case-studies/guitar-song/');
    expect(paths(runQuery(search, 'guit').hits)[0]).toBe('/case-studies/guitar-song/');
    expect(paths(runQuery(search, 'Domino’s').hits)).toEqual(['/case-studies/prank-video/']);
    expect(paths(runQuery(search, 'dominos').hits)).toEqual(['/case-studies/prank-video/']);
  });

  it('matches hyphenated words written either way', () => {
    for (const query of ['two-factor', 'two factor', 'twofactor', 'ediscovery', 'e-discovery']) {
      expect(runQuery(search, query).hits.length, query).toBeGreaterThan(0);
    }
    expect(paths(runQuery(search, 'twofactor').hits)[0]).toBe('/tracks/it/two-factor/');
  });

  it('reports the matched index terms of each hit', () => {
    const [hit] = runQuery(search, 'litigation hold').hits;
    expect(hit.document.path).toBe('/tracks/legal/records/');
    expect(hit.terms.sort()).toEqual(['hold', 'litig']);
  });

  it('supports lunr syntax when it parses', () => {
    expect(paths(runQuery(search, 'title:guitar').hits)).toEqual(['/case-studies/guitar-song/']);
    expect(paths(runQuery(search, 'guitar -song').hits)).not.toContain('/case-studies/guitar-song/');
    expect(paths(runQuery(search, '+prank +video').hits)).toEqual(['/case-studies/prank-video/']);
  });

  it.each([
    ['title:', 'guitar title:'],
    ['unknown field', 'nosuchfield:guitar'],
    ['trailing tilde', 'guitar~'],
    ['trailing caret', 'guitar^'],
    ['bad boost', 'guitar^x'],
    ['lone presence', 'guitar + -'],
    ['leading wildcard', '*itar guitar'],
    ['unbalanced quote', '"broken guitar'],
    ['markup', '<script>alert("guitar")</script>'],
  ])('falls back to the plain words when the syntax fails: %s', (_, query) => {
    expect(() => runQuery(search, query)).not.toThrow();
    expect(paths(runQuery(search, query).hits)).toContain('/case-studies/guitar-song/');
  });

  it.each([
    ['blank', '   '],
    ['only syntax', ':~^*+-"'],
    ['emoji', '🙂🎸'],
    ['stop words', 'the and of'],
    ['a wildcard alone', '*'],
    ['long', 'guitar '.repeat(800)],
    ['non-Latin', 'гитара 吉他'],
  ])('never throws and returns only real documents: %s', (_, query) => {
    const outcome = runQuery(search, query);
    expect(outcome.hits.every((hit) => search.documents.get(hit.document.ref) === hit.document)).toBe(true);
    expect(outcome.query.length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
  });

  it('caps fuzzy matching at two edits, which lunr would otherwise expand without end', () => {
    const { search } = sampleSearch();
    const start = performance.now();
    expect(paths(searchIndex(search, 'gutiar~99'))).toContain('/case-studies/guitar-song/');
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('never throws, whatever is typed', () => {
    const syntax = fc.constantFrom(':', '~', '^', '*', '+', '-', '"', "'", '<', '>', ' ', 'title', 'guitar', '🙂', '\\', '2');
    const typed = fc.oneof(fc.string({ maxLength: 300 }), fc.array(syntax, { maxLength: 30 }).map((parts) => parts.join('')));
    fc.assert(
      fc.property(typed, (query) => {
        const outcome = runQuery(search, query);
        return outcome.hits.every((hit) => typeof hit.score === 'number' && search.documents.has(hit.document.ref));
      }),
      { numRuns: 400 },
    );
  });

  it('lets a real error out instead of passing it off as "no results"', () => {
    const broken = (error: Error) => ({ ...search, index: Object.assign(Object.create(search.index), { search: () => { throw error; }, query: () => { throw error; } }) });
    // Syntax lunr cannot parse: the words are searched instead.
    const unparsable = Object.assign(Object.create(search.index), { search: () => { throw new lunr.QueryParseError('bad syntax', '0', '1'); } });
    expect(paths(searchIndex({ ...search, index: unparsable }, 'title:guitar'))).toContain('/case-studies/guitar-song/');
    // A bug (here a TypeError inside lunr or the index) is not a query the learner got wrong.
    expect(() => searchIndex(broken(new TypeError('index is broken')), 'title:guitar')).toThrow('index is broken');
    expect(() => searchIndex(broken(new TypeError('index is broken')), 'guitar')).toThrow('index is broken');
  });

  it('respells a query that finds nothing, and says so', () => {
    const outcome = runQuery(search, 'gutiar');
    expect(outcome.correctedQuery).toBe('guitar');
    expect(paths(outcome.hits)[0]).toBe('/case-studies/guitar-song/');
    expect(runQuery(search, 'guitar').correctedQuery).toBeUndefined();
  });

  it('returns nothing, and no respelling, for words far from the course', () => {
    expect(runQuery(search, 'xylophone')).toEqual({ query: 'xylophone', hits: [] });
  });

  it('searches at most the first words of a very long query', () => {
    const words = Array.from({ length: 20 }, (_, i) => `filler${i}`).join(' ');
    expect(searchIndex(search, `${words} guitar`)).toEqual([]);
    expect(searchIndex(search, `${words.split(' ').slice(0, 11).join(' ')} guitar`).length).toBeGreaterThan(0);
  });
});

describe('suggestQuery', () => {
  it('keeps known words and respells unknown ones', () => {
    expect(suggestQuery(search, 'prank vidoe')).toBe('prank video');
    expect(suggestQuery(search, 'prank video')).toBeUndefined();
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

describe('filters', () => {
  const { hits } = runQuery(search, 'guitar');

  it('filter by track and by type', () => {
    expect(paths(filterHits(hits, { track: 'it' }))).toEqual(['/tracks/it/two-factor/']);
    expect(paths(filterHits(hits, { type: 'case-study' }))).toEqual(['/case-studies/guitar-song/']);
    expect(filterHits(hits, { track: 'support', type: 'module' }).map((h) => h.document.path)).toEqual(['/tracks/support/answering/']);
    expect(filterHits(hits, {})).toEqual(hits);
  });

  it('count hits per track and per type', () => {
    const counts = countHits(hits);
    expect(Object.fromEntries(counts.types)).toEqual({ 'case-study': 1, module: 2 });
    expect(Object.fromEntries(counts.tracks)).toEqual({ support: 2, executive: 1, it: 1 });
  });

  it('read from the address, ignoring unknown values', () => {
    const tracks = ['legal', 'it'];
    expect(filtersFromParams(new URLSearchParams('q=x&track=it&type=module'), tracks)).toEqual({ track: 'it', type: 'module' });
    expect(filtersFromParams(new URLSearchParams('track=<script>&type=video'), tracks)).toEqual({});
  });

  it('write a query string that round-trips', () => {
    const text = searchParams('title:guitar & <b>', { track: 'it', type: 'case-study' });
    expect(text).toBe('?q=title%3Aguitar+%26+%3Cb%3E&track=it&type=case-study');
    const params = new URLSearchParams(text);
    expect(params.get('q')).toBe('title:guitar & <b>');
    expect(searchParams('', {})).toBe('');
  });
});
