/**
 * Word lists as shipped (the respelling vocabulary, the term list for fuzzy syntax): sorted,
 * front-coded one word a line — a digit for how many leading characters the word shares with the
 * one before (at most 9), then the rest — which gzips to about a third less than a JSON array.
 * The vocabulary adds, per word, a digit for how common it is, for breaking ties when respelling.
 */

export interface WordList {
  /** Front-coded words, one a line. */
  words: string;
  /** Optional: one digit per word, how common it is (about log2 of the number of documents). */
  ranks?: string;
}

/** Front-codes a list of words (it is sorted first); `counts` give the ranks. */
export function encodeWordList(list: readonly string[], counts?: ReadonlyMap<string, number>): WordList {
  const sorted = [...list].sort();
  let previous = '';
  const lines = sorted.map((word) => {
    let shared = 0;
    while (shared < 9 && shared < previous.length && shared < word.length && previous[shared] === word[shared]) shared++;
    previous = word;
    return `${shared}${word.slice(shared)}`;
  });
  return {
    words: lines.join('\n'),
    ...(counts && { ranks: sorted.map((word) => Math.min(9, Math.floor(Math.log2(counts.get(word) ?? 1)))).join('') }),
  };
}

/** The words of a front-coded list, in order, with their ranks (0 when the list has none). */
export function decodeWordList(list: WordList): { word: string; rank: number }[] {
  if (!list.words) return [];
  let previous = '';
  return list.words.split('\n').map((line, i) => {
    const shared = Number(line[0]);
    previous = previous.slice(0, Number.isInteger(shared) ? shared : 0) + line.slice(1);
    return { word: previous, rank: Number(list.ranks?.[i] ?? 0) || 0 };
  });
}

export const isWordList = (value: unknown): value is WordList =>
  typeof value === 'object' && value !== null && typeof (value as WordList).words === 'string' && ['string', 'undefined'].includes(typeof (value as WordList).ranks);

/** Optimal string alignment distance (a swap of neighbours counts once), giving up above `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2] + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return rowMin;
    previous2 = previous;
    previous = current;
  }
  return previous[b.length];
}

/**
 * The closest word to a misspelled one: one edit away for words under seven letters, two for
 * longer ones; the more common word on a tie. Undefined when nothing is that close.
 */
export function closestWord(term: string, words: readonly { word: string; rank: number }[]): string | undefined {
  const allowed = term.length >= 7 ? 2 : 1;
  let best: { word: string; distance: number; rank: number } | undefined;
  for (const { word, rank } of words) {
    if (Math.abs(word.length - term.length) > allowed) continue;
    const distance = editDistance(term, word, allowed);
    if (distance > allowed) continue;
    if (!best || distance < best.distance || (distance === best.distance && rank > best.rank)) best = { word, distance, rank };
  }
  return best?.word;
}
