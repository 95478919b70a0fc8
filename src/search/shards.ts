import { cyrb53 } from '../lib/hash53.ts';

/**
 * Where terms and pairs live among the shipped files; the build and the browser both use these,
 * so a term is always looked for where it was written.
 *
 * Term shards are keyed by prefixes: a term lives in the shard of the longest key that starts it
 * (the key "" takes what no other key starts). A shard grows a longer key when it would pass the
 * size target, so common beginnings ("co", "re") are split finely and rare ones share a file.
 */

/** The shard key of a term: the longest of the sorted `keys` that starts it ("" if none does). */
export function shardForTerm(keys: readonly string[], term: string): string | undefined {
  for (let length = term.length; length >= 0; length--) {
    const prefix = term.slice(0, length);
    if (hasKey(keys, prefix)) return prefix;
  }
  return undefined;
}

/** Every shard that may hold a term starting with `prefix`: its own shard and all longer keys under it. */
export function shardsForPrefix(keys: readonly string[], prefix: string): string[] {
  const found = new Set<string>();
  const own = shardForTerm(keys, prefix);
  if (own !== undefined) found.add(own);
  for (let i = lowerBound(keys, prefix); i < keys.length && keys[i].startsWith(prefix); i++) found.add(keys[i]);
  return [...found];
}

function lowerBound(keys: readonly string[], value: string): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (keys[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

const hasKey = (keys: readonly string[], key: string) => keys[lowerBound(keys, key)] === key;

/** A shard key as a file name: keys are [a-z0-9]*, and the empty key is "_". */
export const shardFileName = (key: string) => (key === '' ? '_' : key);

/**
 * A 53-bit hash of a string, for pair keys: collisions among a course's pairs are vanishingly
 * rare, and a hash is shorter to ship than the pair itself.
 */
export const hash53 = (text: string): number => cyrb53(text);

/** Where a pair is stored: its hash (as written in the bucket) and the bucket's number. */
export function pairLocation(pair: string, buckets: number): { hash: string; bucket: number } {
  const value = hash53(pair);
  return { hash: value.toString(36), bucket: value % buckets };
}

/**
 * Splits sorted terms into prefix shards of at most `target` (as measured by `size`, which must
 * add up: the size of two groups together is at most the sum of their sizes) where splitting can help: a prefix over the target gets a shard per next character, and
 * the small ones among those go back into the prefix's own shard while it stays under the target.
 * Returns key → terms; every term is in the shard `shardForTerm` names.
 */
export function planShards(terms: readonly string[], size: (terms: readonly string[]) => number, target: number): Map<string, string[]> {
  const shards = new Map<string, string[]>();
  const place = (prefix: string, group: readonly string[]) => {
    if (size(group) <= target || group.every((term) => term.length <= prefix.length)) {
      shards.set(prefix, [...group]);
      return;
    }
    const own = group.filter((term) => term.length === prefix.length);
    const children = new Map<string, string[]>();
    for (const term of group) {
      if (term.length === prefix.length) continue;
      const key = term.slice(0, prefix.length + 1);
      const list = children.get(key);
      if (list) list.push(term);
      else children.set(key, [term]);
    }
    // Small children join the prefix's own shard (smallest first) while it stays under the target.
    const bySize = [...children].map(([key, list]) => ({ key, list, bytes: size(list) })).sort((x, y) => x.bytes - y.bytes || (x.key < y.key ? -1 : 1));
    const kept = [...own];
    let keptBytes = size(kept);
    const split: typeof bySize = [];
    for (const child of bySize) {
      // Sizes add up (less the list's own brackets): a plain sum decides without re-measuring the merge.
      if (keptBytes + child.bytes <= target) {
        kept.push(...child.list);
        keptBytes += child.bytes;
      } else split.push(child);
    }
    if (kept.length > 0) shards.set(prefix, [...kept].sort());
    for (const child of split) place(child.key, child.list);
  };
  place('', [...terms].sort());
  return new Map([...shards].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The respelling vocabulary's file for a word (by its first letter): `w/g.json`. */
export const vocabularyFile = (word: string) => `w/${/^[a-z]/.test(word) ? word[0] : '_'}.json`;
