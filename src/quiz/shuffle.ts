/**
 * Seeded shuffling, so an attempt's order can be rebuilt (and tested) from one number.
 * @see https://github.com/bryc/code/blob/master/jshash/PRNGs.md (mulberry32)
 */

/** A deterministic generator of numbers in [0, 1) from a 32-bit seed (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy of `items` (Fisher–Yates) drawing from `random`. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** The seed of the next attempt, derived from the current one so retakes are re-shuffled yet reproducible. */
export function nextSeed(seed: number): number {
  return Math.floor(seededRandom(seed ^ 0x9e3779b9)() * 4294967296) >>> 0;
}
