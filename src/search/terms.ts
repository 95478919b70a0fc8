import lunr from 'lunr';
import { textTerms } from './text.ts';

/**
 * How text becomes index terms, with lunr's own English pipeline functions, so the index (build
 * time), the queries and the phrase pairs (browser) agree on every word.
 */

const stems = new Map<string, string>();
/** The index term for a normalised word: what lunr's English stemmer makes of it. */
export function stem(term: string): string {
  let stemmed = stems.get(term);
  if (stemmed === undefined) {
    stemmed = lunr.stemmer(new lunr.Token(term, {})).toString();
    stems.set(term, stemmed);
  }
  return stemmed;
}

/** True for a word lunr's English stop word filter drops ("the", "what", "do"). */
export const isStopWord = (term: string) => lunr.stopWordFilter(new lunr.Token(term, {})) === undefined;

/** The index terms of a text, in order: normalised, stop words dropped, stemmed. */
export const contentTerms = (text: string): string[] => textTerms(text).filter((term) => !isStopWord(term)).map(stem);

/** Two neighbouring index terms as one key: how the phrase index knows "account number" from "number … account". */
export const pairKey = (first: string, second: string) => `${first} ${second}`;

/** The pair keys of a run of index terms. */
export const pairsOf = (terms: readonly string[]): string[] => terms.slice(1).map((term, i) => pairKey(terms[i], term));
