import fc from 'fast-check';
import lunr from 'lunr';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildLunrIndex, buildSearchIndex } from '../../../src/search/build-index.ts';
import { compactIndex, expandIndex } from '../../../src/search/compact-index.ts';
import { searchEntriesFromFiles } from '../../../src/search/index-course-files.ts';
import { loadSearch } from '../../../src/search/query.ts';

/**
 * The shipped course through the production builder twice: lunr's own serialisation of the index
 * it builds, and the compact search data the site ships, loaded as the browser loads it.
 */
function bothWays() {
  const { entries, tracks } = searchEntriesFromFiles(fileURLToPath(new URL('../../../', import.meta.url)));
  const original = lunr.Index.load(JSON.parse(JSON.stringify(buildLunrIndex(entries).index.toJSON())));
  const shipped = JSON.parse(JSON.stringify(buildSearchIndex(entries, tracks)));
  return { original, compact: shipped.index, expanded: loadSearch(shipped).index };
}

/** A tiny builder with one field, for what the compact form refuses. */
function tinyBuilder() {
  const builder = new lunr.Builder();
  builder.pipeline.add(lunr.stemmer);
  builder.ref('ref');
  builder.field('body');
  return builder;
}

describe('compact index', () => {
  const { original, compact, expanded } = bothWays();
  const words: string[] = compact.terms.map(([term]: [string]) => term);
  const fields: string[] = compact.fields.map((field: { name: string }) => field.name);

  it('is built from every field of the production index', () => {
    expect(fields).toEqual(['title', 'company', 'lesson', 'summary', 'objectives', 'body']);
  });

  it('ranks exactly as lunr’s own index, with the same scores, for any terms in any field', () => {
    const clause = fc.record({ term: fc.constantFrom(...words), field: fc.option(fc.constantFrom(...fields), { nil: undefined }), wildcard: fc.boolean() });
    fc.assert(
      fc.property(fc.array(clause, { minLength: 1, maxLength: 4 }), (clauses) => {
        // Terms go in through the query builder: some indexed terms contain query syntax.
        const query = (q: lunr.Query) =>
          clauses.forEach(({ term, field, wildcard }) =>
            q.term(term, { ...(field ? { fields: [field] } : {}), ...(wildcard ? { wildcard: lunr.Query.wildcard.TRAILING } : {}) }),
          );
        expect(expanded.query(query)).toEqual(original.query(query));
      }),
      { numRuns: 300 },
    );
    for (const query of ['guitar~1 title:southwest seat*', 'company:united', '+disclosure -netflix', 'lesson:claim^4 body:hold']) {
      expect(expanded.search(query), query).toEqual(original.search(query));
    }
  });

  it('is far smaller than lunr’s own JSON', () => {
    const size = (value: object) => gzipSync(JSON.stringify(value)).length;
    expect(size(compact)).toBeLessThan(size(original.toJSON()) / 2);
  });

  it('refuses document boosts, which it would drop and so rank differently', () => {
    const builder = tinyBuilder();
    builder.add({ ref: 'a', body: 'guitar' }, { boost: 3 });
    builder.add({ ref: 'b', body: 'guitar song' });
    builder.build();
    expect(() => compactIndex(builder)).toThrow(/document "a" has a boost/);
  });

  it('refuses term metadata (positions and the like), which it does not keep', () => {
    const builder = tinyBuilder();
    builder.metadataWhitelist = ['position'];
    builder.add({ ref: 'a', body: 'guitar' });
    builder.build();
    expect(() => compactIndex(builder)).toThrow(/metadata.*position/);
  });

  it('refuses on load an index built by another lunr version, whose scoring it cannot vouch for', () => {
    expect(() => expandIndex({ ...compact, lunrVersion: '2.1.0' })).toThrow(`The search index was built with lunr 2.1.0; this page runs lunr ${lunr.version}: rebuild the site.`);
  });
});
