import fc from 'fast-check';
import lunr from 'lunr';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildLunrIndex, searchDocuments } from '../../../src/search/build-index.ts';
import { SearchEngine } from '../../../src/search/engine.ts';
import { shippedSearch } from '../../helpers/search.ts';

/**
 * The differential test: the browser's engine, fetching shards as queries need them, against
 * lunr's own `Index#query` over the whole index from the production builder. Same results, same
 * scores to the bit, same order — for any terms, fields, wildcards, edit distances, presence and
 * boosts, and for any string lunr's query parser reads.
 */
const shipped = shippedSearch();
const full = buildLunrIndex(searchDocuments(shipped.pages)).index;
const terms: string[] = Object.keys((full as unknown as { invertedIndex: object }).invertedIndex);
const fields = ['title', 'page', 'heading', 'lead', 'body'];

/** A fresh engine over the shipped files, recording what it fetches. */
const open = () => SearchEngine.open(shipped.file);

/**
 * Results as data (refs, scores, match data), compared exactly; on a difference, the first one
 * that differs is reported (a diff of hundreds of results would swamp the report).
 */
function expectSameResults(actual: unknown, expected: unknown, what: string) {
  const [a, b] = [JSON.parse(JSON.stringify(actual)), JSON.parse(JSON.stringify(expected))];
  if (isDeepStrictEqual(a, b)) return;
  const at = Array.isArray(a) && Array.isArray(b) ? Array.from({ length: Math.max(a.length, b.length) }, (_, i) => i).find((i) => !isDeepStrictEqual(a[i], b[i])) : undefined;
  expect({ what, at, actual: at === undefined ? a : a[at], expected: at === undefined ? b : b[at] }).toEqual({ what, at, actual: 'the same', expected: 'the same' });
}

const clause = fc.record({
  term: fc.oneof(fc.constantFrom(...terms), fc.constantFrom(...terms).map((term) => term.slice(0, Math.max(1, term.length - 2))), fc.string({ minLength: 1, maxLength: 6 })),
  fields: fc.option(fc.subarray(fields, { minLength: 1 }), { nil: undefined }),
  wildcard: fc.constantFrom(lunr.Query.wildcard.NONE, lunr.Query.wildcard.TRAILING),
  editDistance: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined, freq: 4 }),
  presence: fc.constantFrom(lunr.Query.presence.OPTIONAL, lunr.Query.presence.OPTIONAL, lunr.Query.presence.REQUIRED, lunr.Query.presence.PROHIBITED),
  boost: fc.constantFrom(1, 2, 10),
  usePipeline: fc.boolean(),
});

describe('the sharded engine ranks exactly as lunr over the whole index', () => {
  it('checks the builder really is the production one', () => {
    expect((full as unknown as { fields: string[] }).fields).toEqual(fields);
    expect(shipped.documents.length).toBeGreaterThan(500);
  });

  it('for any query built clause by clause, on one engine that keeps what it fetched', async () => {
    const engine = await open();
    await fc.assert(
      fc.asyncProperty(fc.array(clause, { minLength: 1, maxLength: 4 }), async (clauses) => {
        const build = (q: lunr.Query) => {
          // Options left out, not set to undefined: lunr fills in only missing ones.
          for (const options of clauses) q.term(options.term, Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as unknown as lunr.Query.Clause);
        };
        expectSameResults(await engine.query(build), full.query(build), JSON.stringify(clauses));
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('for any string lunr’s parser reads, on a fresh engine each time', async () => {
    const word = fc.constantFrom(...terms.slice(0, 400), 'guitar', 'account', 'numb', 'crisi', 'ceo', 'deepfak');
    const part = fc.oneof(word, fc.constantFrom(':', '~1', '~2', '^3', '*', '+', '-', ' ', 'title:', 'heading:', 'body:', 'lead:'));
    await fc.assert(
      // Edit distances capped at 2, as query.ts caps them: lunr expands `word~261` without end, sharded or not.
      fc.asyncProperty(fc.array(part, { minLength: 1, maxLength: 8 }).map((parts) => parts.join('').replace(/~(\d+)/g, (_, n: string) => `~${Math.min(Number(n), 2)}`)), async (text) => {
        const run = async <T>(search: () => T | Promise<T>) => {
          try {
            return { results: await search() };
          } catch (error) {
            return { error: error instanceof lunr.QueryParseError ? 'parse error' : error };
          }
        };
        const engine = await open();
        expectSameResults(await run(() => engine.search(text)), await run(() => full.search(text)), text);
      }),
      { numRuns: 60 },
    );
    for (const query of ['guitar~1 title:southwest seat*', 'heading:account +numb', '+disclosure -netflix', 'lead:claim^4 body:hold', '-guitar', 'deepfak~2']) {
      expectSameResults(await (await open()).search(query), full.search(query), query);
    }
  }, 120_000);

  it('fetches only the shards a query needs', async () => {
    const engine = await open();
    await engine.search('guitar');
    const afterOne = engine.fetchedShards;
    expect(afterOne.length).toBe(1);
    expect(afterOne[0]).toMatch(/^g?u?/);
    await engine.search('guitar account');
    expect(engine.fetchedShards.length).toBe(2);
    expect(engine.fetchedShards).toEqual(expect.arrayContaining(afterOne));
  });
});
