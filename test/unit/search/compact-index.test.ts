import fc from 'fast-check';
import lunr from 'lunr';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compactIndex, expandIndex } from '../../../src/search/compact-index.ts';
import { fileURLToPath } from 'node:url';
import { searchEntriesFromFiles } from '../../../src/search/index-course-files.ts';

/** The same documents through lunr's own serialisation and through the compact form. */
function bothWays() {
  const { entries } = searchEntriesFromFiles(fileURLToPath(new URL('../../../', import.meta.url)));
  const builder = new lunr.Builder();
  builder.pipeline.add(lunr.trimmer, lunr.stopWordFilter, lunr.stemmer);
  builder.searchPipeline.add(lunr.stemmer);
  builder.ref('ref');
  builder.field('title', { boost: 10 });
  builder.field('lesson', { boost: 4 });
  builder.field('body');
  entries.forEach((entry, i) => builder.add({ ref: String(i), title: entry.title, lesson: entry.lesson ?? entry.summary, body: entry.body }));
  const original = builder.build();
  const compact = JSON.parse(JSON.stringify(compactIndex(builder)));
  return { original: lunr.Index.load(JSON.parse(JSON.stringify(original.toJSON()))), compact, expanded: lunr.Index.load(expandIndex(compact)) };
}

describe('compact index', () => {
  const { original, compact, expanded } = bothWays();
  const words = compact.terms.map(([term]: [string]) => term);

  it('ranks exactly as lunr’s own index, with the same scores', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 4 }), (terms) => {
        // Terms go in through the query builder: some indexed terms contain query syntax.
        const query = (q: lunr.Query) => terms.forEach((term) => q.term(term, {}));
        expect(expanded.query(query)).toEqual(original.query(query));
      }),
      { numRuns: 300 },
    );
    expect(expanded.search('guitar~1 title:southwest seat*')).toEqual(original.search('guitar~1 title:southwest seat*'));
  });

  it('is far smaller than lunr’s own JSON', () => {
    const size = (value: object) => gzipSync(JSON.stringify(value)).length;
    expect(size(compact)).toBeLessThan(size(original.toJSON()) / 2);
  });
});
