import { syllable } from 'syllable';

/** Words a minute assumed for stated reading times. */
export const READING_WORDS_PER_MINUTE = 200;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;
// A sentence ends at . ! ? (or a closing quote or bracket after one) followed by space and a capital,
// digit or opening quote; abbreviations such as "e.g." and "U.S." rarely precede a capital in lessons.
const SENTENCE_END = /(?<=[.!?]["'”’)\]]?)\s+(?=["'“‘(\[]?[\p{Lu}\p{N}])/u;
const ABBREVIATION = /\b(?:e\.g|i\.e|etc|vs|Mr|Ms|Mrs|Dr|No|St|Inc|Ltd|Co|U\.S|U\.K|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$/;

/** Splits prose blocks into sentences; a block without end punctuation (a list item) is one sentence. */
export function sentencesOf(blocks: readonly string[]): string[] {
  const sentences: string[] = [];
  for (const block of blocks) {
    const parts = block.split(SENTENCE_END);
    let pending = '';
    for (const part of parts) {
      pending = pending ? `${pending} ${part}` : part;
      if (!ABBREVIATION.test(pending)) {
        if (wordsOf(pending).length > 0) sentences.push(pending.trim());
        pending = '';
      }
    }
    if (pending && wordsOf(pending).length > 0) sentences.push(pending.trim());
  }
  return sentences;
}

export const wordsOf = (text: string): string[] => text.match(WORD) ?? [];

/** Syllables of one word; numbers and symbols count as one. */
const syllablesOf = (word: string) => (/\p{L}/u.test(word) ? Math.max(1, syllable(word)) : 1);

export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  /** Flesch–Kincaid grade level: 0.39 × words per sentence + 11.8 × syllables per word − 15.59. */
  grade: number;
  /** Minutes to read at READING_WORDS_PER_MINUTE, rounded up. */
  readingMinutes: number;
  /** The longest sentences, longest first. */
  longestSentences: { text: string; words: number }[];
}

/** Measures prose blocks (as `analyseBody` returns them). */
export function measureReadability(blocks: readonly string[], longest = 5): Readability {
  const sentences = sentencesOf(blocks);
  let words = 0;
  let syllables = 0;
  const sized = sentences.map((text) => {
    const sentenceWords = wordsOf(text);
    words += sentenceWords.length;
    for (const word of sentenceWords) syllables += syllablesOf(word);
    return { text, words: sentenceWords.length };
  });
  const grade = words === 0 ? 0 : 0.39 * (words / sentences.length) + 11.8 * (syllables / words) - 15.59;
  return {
    words,
    sentences: sentences.length,
    syllables,
    grade: Math.round(grade * 10) / 10,
    readingMinutes: Math.ceil(words / READING_WORDS_PER_MINUTE),
    longestSentences: sized.sort((a, b) => b.words - a.words).slice(0, longest),
  };
}
