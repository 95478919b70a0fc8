import fc from 'fast-check';
import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { SearchEngine } from '../../../src/search/engine.ts';
import { cleanQuery, MAX_QUERY_CHARS, plainQuery, rankHits, runQuery, searchIndex, suggestQuery, TIE_TOLERANCE, TIER, type SearchHit } from '../../../src/search/query.ts';
import { sampleSearch } from '../../helpers/search.ts';

const sample = sampleSearch();
const engine = await SearchEngine.open(sample.file);
const pathOf = (hit: SearchHit) => sample.pages[hit.page].path;
const paths = (hits: SearchHit[]) => [...new Set(hits.map(pathOf))];
const anchorOf = (hit: SearchHit) => sample.documents[hit.doc].section?.anchor;

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

describe('plainQuery', () => {
  it('drops lunr’s stop words, and in a long question its filler words too', () => {
    expect(plainQuery('the guitar and the song').words).toEqual(['guitar', 'song']);
    expect(plainQuery('someone posted').words).toEqual(['someone', 'posted']);
    expect(plainQuery('what do I do when someone posts their account number publicly').words).toEqual(['posts', 'account', 'number', 'publicly']);
  });

  it('reads "quoted phrases" as words that must appear next to each other', () => {
    const query = plainQuery('"account number" refund');
    expect(query.words).toEqual(['account', 'number', 'refund']);
    expect([...query.required]).toEqual(['account', 'number']);
    expect(query.requiredPairs).toEqual(['account number']);
    expect(query.pairs).toEqual(['account number']); // no pair across a quote
    expect(plainQuery('"unbalanced quote').required.size).toBe(0);
  });
});

describe('runQuery', () => {
  it('finds a word in any form (stemming), a word being typed (prefix) and a relative (advocacy, advocates)', async () => {
    expect(paths((await runQuery(engine, 'guitars')).hits)[0]).toBe('/case-studies/guitar-song/');
    expect(paths((await runQuery(engine, 'guit')).hits)[0]).toBe('/case-studies/guitar-song/');
    expect(paths((await runQuery(engine, 'Domino’s')).hits)).toEqual(['/case-studies/prank-video/']);
    expect(paths((await runQuery(engine, 'authentications')).hits)).toContain('/tracks/it/two-factor/');
  });

  it('matches hyphenated words written either way', async () => {
    for (const query of ['two-factor', 'two factor', 'twofactor', 'ediscovery', 'e-discovery']) expect((await runQuery(engine, query)).hits.length, query).toBeGreaterThan(0);
    expect(paths((await runQuery(engine, 'twofactor')).hits)[0]).toBe('/tracks/it/two-factor/');
  });

  it('finds sections, glossary entries included, and reports the matched index terms', async () => {
    const [first] = (await runQuery(engine, 'who sends the litigation hold')).hits;
    expect(anchorOf(first)).toBe('who-sends-it');
    expect(first.terms.sort()).toEqual(['hold', 'litig', 'send']);
    expect((await runQuery(engine, 'legal hold')).hits.map(anchorOf)).toContain('litigation-hold');
  });

  it('supports lunr syntax when it parses', async () => {
    expect(paths((await runQuery(engine, 'title:guitar')).hits)).toEqual(['/case-studies/guitar-song/']);
    expect(paths((await runQuery(engine, 'guitar -song')).hits)).not.toContain('/case-studies/guitar-song/');
    expect(paths((await runQuery(engine, '+prank +video')).hits)).toEqual(['/case-studies/prank-video/']);
  });

  it('keeps only results with a quoted phrase', async () => {
    const quoted = (await runQuery(engine, '"account number"')).hits;
    expect(quoted.map(anchorOf).sort()).toEqual(['numbers-in-public', 'when-an-account-number-is-posted']);
    expect((await runQuery(engine, '"number account"')).hits).toEqual([]);
  });

  it.each([
    ['leading wildcard', '*itar guitar'],
    ['unbalanced quote', '"broken guitar'],
    ['markup', '<script>alert("guitar")</script>'],
    ['unknown field', 'instrument: guitar'],
  ])('falls back to the plain words when the syntax fails: %s', async (_, query) => {
    expect(paths((await runQuery(engine, query)).hits)).toContain('/case-studies/guitar-song/');
  });

  it.each([
    ['blank', '   '],
    ['only syntax', ':~^*+-"'],
    ['emoji', '🙂🎸'],
    ['stop words', 'the and of'],
    ['a wildcard alone', '*'],
    ['long', 'guitar '.repeat(800)],
    ['non-Latin', 'гитара 吉他'],
  ])('never throws and returns only real documents: %s', async (_, query) => {
    const outcome = await runQuery(engine, query);
    expect(outcome.hits.every((hit) => sample.documents[hit.doc] !== undefined)).toBe(true);
    expect(outcome.query.length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
  });

  it('caps fuzzy matching at two edits, which lunr would otherwise expand without end', async () => {
    const start = performance.now();
    expect(paths(await searchIndex(engine, 'gutiar~99'))).toContain('/case-studies/guitar-song/');
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('never throws, whatever is typed', async () => {
    const syntax = fc.constantFrom(':', '~', '^', '*', '+', '-', '"', "'", '<', '>', ' ', 'title', 'guitar', '🙂', '\\', '2');
    const typed = fc.oneof(fc.string({ maxLength: 300 }), fc.array(syntax, { maxLength: 30 }).map((parts) => parts.join('')));
    await fc.assert(
      fc.asyncProperty(typed, async (query) => {
        const outcome = await runQuery(engine, query);
        return outcome.hits.every((hit) => typeof hit.score === 'number' && sample.documents[hit.doc] !== undefined);
      }),
      { numRuns: 300 },
    );
  });

  it('lets a real error out instead of passing it off as "no results"', async () => {
    const broken = Object.assign(Object.create(engine), { search: () => Promise.reject(new TypeError('index is broken')), query: () => Promise.reject(new TypeError('index is broken')) });
    await expect(searchIndex(broken, 'title:guitar')).rejects.toThrow('index is broken');
    await expect(searchIndex(broken, 'guitar')).rejects.toThrow('index is broken');
    // Syntax lunr cannot parse: the words are searched instead.
    const unparsable = Object.assign(Object.create(engine), { search: () => Promise.reject(new lunr.QueryParseError('bad syntax', '0', '1')) });
    expect(paths(await searchIndex(unparsable, 'title:guitar'))).toContain('/case-studies/guitar-song/');
  });

  it('respells a query that finds nothing, fetching the vocabulary only then, and says so', async () => {
    const fresh = sampleSearch();
    const own = await SearchEngine.open(fresh.file);
    await runQuery(own, 'guitar');
    expect(fresh.fetched.filter((path) => path.startsWith('w/'))).toEqual([]);
    const outcome = await runQuery(own, 'gutiar');
    expect(outcome.correctedQuery).toBe('guitar');
    expect(paths(outcome.hits)[0]).toBe('/case-studies/guitar-song/');
    expect(fresh.fetched.filter((path) => path.startsWith('w/'))).toEqual(['w/g.json']);
  });

  it('returns nothing, and no respelling, for words far from the course', async () => {
    expect(await runQuery(engine, 'xylophone')).toEqual({ query: 'xylophone', hits: [] });
    expect(await suggestQuery(engine, 'prank video')).toBeUndefined();
  });

  it('searches at most the first words of a very long query', async () => {
    const words = Array.from({ length: 20 }, (_, i) => `filler${i}`).join(' ');
    expect(await searchIndex(engine, `${words} guitar`)).toEqual([]);
    expect((await searchIndex(engine, `${words.split(' ').slice(0, 11).join(' ')} guitar`)).length).toBeGreaterThan(0);
  });
});

describe('rankHits', () => {
  /** A lunr result for document `doc` with `score`, matching `terms`. */
  const result = (doc: number, score: number, terms: string[]) => ({ ref: String(doc), score, matchData: { metadata: Object.fromEntries(terms.map((t) => [t, {}])) } }) as unknown as lunr.Index.Result;
  const context = (overrides: Partial<Parameters<typeof rankHits>[1]> = {}) => ({
    words: ['account', 'number'],
    pairs: ['account number'],
    requiredPairs: [],
    pairDocs: new Map([['account number', new Set([2])]]),
    pageOf: [0, 1, 2, 3],
    tracksOf: (page: number) => [['it'], ['support'], ['legal'], ['support']][page],
    ...overrides,
  });

  it('puts a phrase before all the words, and all the words before some, whatever lunr scored', () => {
    const hits = rankHits([result(0, 9, ['account']), result(1, 5, ['account', 'number']), result(2, 1, ['account', 'number'])], context());
    expect(hits.map((hit) => [hit.doc, hit.tier])).toEqual([[2, TIER.phrase], [1, TIER.allWords], [0, TIER.someWords]]);
  });

  it('in a long question, weights lunr’s score by the share of its words and pairs a result has', () => {
    const words = ['post', 'account', 'number', 'public'];
    const hits = rankHits([result(0, 10, ['post']), result(1, 6, ['post', 'account', 'number'])], context({ words, pairs: ['post account'], pairDocs: new Map([['post account', new Set([1])]]) }));
    expect(hits.map((hit) => hit.doc)).toEqual([1, 0]);
    expect(hits[0].score).toBeCloseTo(6 * 0.75 * 2);
    expect(hits[1].score).toBeCloseTo(10 * 0.25);
  });

  it('prefers the learner’s own track among tied results only', () => {
    const results = [result(0, 5, ['account']), result(1, 5 * (1 - TIE_TOLERANCE / 2), ['account']), result(3, 4, ['account'])];
    expect(rankHits(results, context({ track: 'support' })).map((hit) => hit.doc)).toEqual([1, 0, 3]);
    expect(rankHits(results, context()).map((hit) => hit.doc)).toEqual([0, 1, 3]);
  });

  it('drops results without a quoted phrase', () => {
    const hits = rankHits([result(1, 5, ['account', 'number']), result(2, 1, ['account', 'number'])], context({ requiredPairs: ['account number'] }));
    expect(hits.map((hit) => hit.doc)).toEqual([2]);
  });
});
