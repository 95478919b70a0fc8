import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hash53, pairLocation, planShards, shardForTerm, shardsForPrefix } from '../../../src/search/shards.ts';

const term = fc.stringMatching(/^[a-c0-1]{1,6}$/);
const size = (terms: readonly string[]) => terms.reduce((sum, t) => sum + t.length + 10, 0);

describe('term shards', () => {
  it('put every term where shardForTerm looks, and every term of a prefix where shardsForPrefix looks', () => {
    fc.assert(
      fc.property(fc.uniqueArray(term, { minLength: 1, maxLength: 120 }), fc.integer({ min: 20, max: 200 }), term, (terms, target, prefix) => {
        const shards = planShards(terms, size, target);
        const keys = [...shards.keys()];
        expect(keys).toEqual([...keys].sort());
        for (const t of terms) expect(shards.get(shardForTerm(keys, t)!), t).toContain(t);
        const wanted = shardsForPrefix(keys, prefix).flatMap((key) => shards.get(key)!);
        for (const t of terms.filter((candidate) => candidate.startsWith(prefix))) expect(wanted).toContain(t);
        // Each term once; a shard over the target only when it cannot be split further.
        expect([...shards.values()].flat().sort()).toEqual([...terms].sort());
        for (const [key, list] of shards) if (size(list) > target) expect(list.every((t) => t.length <= key.length + 1 || list.length === 1) || list.some((t) => t === key)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('split a large prefix and keep small ones together', () => {
    const terms = ['apple', 'apply', 'apt', 'bee', 'bed', ...Array.from({ length: 40 }, (_, i) => `co${String.fromCharCode(97 + (i % 26))}${i}`)];
    const shards = planShards(terms, size, 200);
    expect(shards.size).toBeGreaterThan(2);
    expect(shards.get(shardForTerm([...shards.keys()], 'apt')!)).toEqual(expect.arrayContaining(['apple', 'apply', 'apt']));
  });
});

describe('pair hashes', () => {
  it('are stable 53-bit numbers that spread pairs over the buckets', () => {
    expect(hash53('account number')).toBe(hash53('account number'));
    expect(hash53('account number')).not.toBe(hash53('number account'));
    expect(Number.isSafeInteger(hash53('x'.repeat(1000)))).toBe(true);
    const counts = new Array(16).fill(0);
    for (let i = 0; i < 1600; i++) counts[pairLocation(`word${i} other${i * 7}`, 16).bucket]++;
    expect(Math.min(...counts)).toBeGreaterThan(60);
    expect(pairLocation('a b', 16).hash).toBe(hash53('a b').toString(36));
  });
});
