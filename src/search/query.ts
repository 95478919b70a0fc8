import lunr from 'lunr';
import type { SearchEngine } from './engine.ts';
import { pageFacets } from './filters.ts';
import { shardForTerm, shardsForPrefix } from './shards.ts';
import { isStopWord, pairsOf, stem } from './terms.ts';
import { textTerms, wordTerms, WORD_PATTERN } from './text.ts';
import { closestWord } from './word-list.ts';

/** Longer input is cut: no learner's question needs more, and lunr's cost grows with every term. */
export const MAX_QUERY_CHARS = 200;
/** Words searched from one query; the rest are ignored. */
export const MAX_QUERY_WORDS = 12;
/** A query of this many words or more is a question: its filler words are left out too. */
export const LONG_QUERY_WORDS = 5;
/**
 * Words a long question is made of that say nothing about its subject, beyond lunr's English stop
 * words (which the index leaves out anyway): "what do I do when someone …", "how do I know if …".
 */
export const QUESTION_WORDS = new Set([
  'someone', 'somebody', 'something', 'anyone', 'anybody', 'anything', 'everyone', 'everybody', 'everything',
  'know', 'think', 'need', 'needs', 'want', 'happen', 'happens', 'happened', 'supposed', 'really', 'actually',
  'please', 'thing', 'things', 'way', 'okay', 'ok', 'doing', 'done', 'going', 'gets', 'one', 'ones', 'mine', 'ours',
]);
/** Queries of up to this many words (after stop words) rank in strict tiers: phrase, all words, some words. */
export const SHORT_QUERY_WORDS = 3;
/** Scores within this share of each other count as tied: the learner's own track goes first among them. */
export const TIE_TOLERANCE = 0.01;

/** How well a result matches the query's words, best first (see `rankHits`). */
export const TIER = { phrase: 3, allWords: 2, someWords: 1 } as const;

export interface SearchHit {
  /** The document (a page's opening or a section). */
  doc: number;
  /** Its page, in the manifest. */
  page: number;
  /** The ranking score: lunr's, weighted in a long question by how much of it the result has. */
  score: number;
  /** The index terms that matched, for highlighting. */
  terms: string[];
  /** TIER: the words as a phrase, all the words, or some (a long question ranks by score alone: all `someWords`). */
  tier: number;
}

export interface QueryOutcome {
  /** The query as searched: trimmed, whitespace collapsed, cut to MAX_QUERY_CHARS. */
  query: string;
  hits: SearchHit[];
  /** Set when the query found nothing and a respelled query did: `hits` are that query's. */
  correctedQuery?: string;
}

export interface QueryOptions {
  /** The learner's own track (from their progress), preferred among tied results. */
  track?: string;
}

/** Makes any input a safe query string: text only, single spaces, at most MAX_QUERY_CHARS characters. */
export function cleanQuery(raw: unknown): string {
  const text = typeof raw === 'string' ? raw : '';
  // Characters, not UTF-16 units, so an emoji is never cut in half.
  return Array.from(text.replace(/[\s\u0000-\u001f\u007f]+/g, ' ').trim()).slice(0, MAX_QUERY_CHARS).join('').trim();
}

/** Lunr query syntax: a field (`title:`), fuzziness (`~`), a boost (`^`), a wildcard (`*`) or presence (`+word`, `-word`). */
const LUNR_SYNTAX = /[:~^*]|(^|\s)[+-]\S/;
/** lunr expands `word~N` into every spelling within N edits: past 2 that takes minutes and gigabytes. */
export const MAX_EDIT_DISTANCE = 2;
/** A leading wildcard makes lunr walk every term in the index: never worth it. */
const LEADING_WILDCARD = /(^|[\s:+-])\*/;

/** A query in plain words: runs of words, each either quoted (a phrase that must appear) or not. */
interface PlainQuery {
  /** Distinct normalised words to search, in order. */
  words: string[];
  /** Words inside quotes: a result must have every one. */
  required: Set<string>;
  /** Pairs of neighbouring words (as index terms): all present means the words appear as a phrase. */
  pairs: string[];
  /** The quoted phrases' pairs: a result must have every one. */
  requiredPairs: string[];
}

/**
 * Reads plain words: "quoted phrases" must appear as written (their words next to each other,
 * stop words aside); lunr's stop words are dropped (the index has none), and in a long question
 * the filler words of QUESTION_WORDS too.
 */
export function plainQuery(query: string): PlainQuery {
  const runs: { words: string[]; quoted: boolean }[] = [];
  // Balanced quotes only: an unbalanced one is just a character.
  const parts = query.split('"');
  const balanced = parts.length % 2 === 1;
  parts.forEach((part, i) => runs.push({ words: textTerms(part), quoted: balanced && i % 2 === 1 }));
  const isLong = Array.from(query.matchAll(WORD_PATTERN)).length >= LONG_QUERY_WORDS;
  const words: string[] = [];
  const required = new Set<string>();
  const pairs: string[] = [];
  const requiredPairs: string[] = [];
  for (const run of runs) {
    const kept = run.words.filter((word) => !isStopWord(word) && (run.quoted || !isLong || !QUESTION_WORDS.has(word)));
    for (const word of kept) {
      if (words.length < MAX_QUERY_WORDS && !words.includes(word)) words.push(word);
      if (run.quoted) required.add(word);
    }
    const runPairs = pairsOf(kept.filter((word) => words.includes(word)).map(stem));
    pairs.push(...runPairs);
    if (run.quoted) requiredPairs.push(...runPairs);
  }
  return { words, required, pairs: [...new Set(pairs)], requiredPairs: [...new Set(requiredPairs)] };
}

/** Lunr's own query language, for learners who use it; undefined when it does not parse or finds nothing. */
async function syntaxResults(engine: SearchEngine, query: string): Promise<lunr.Index.Result[] | undefined> {
  if (!LUNR_SYNTAX.test(query) || LEADING_WILDCARD.test(query)) return undefined;
  try {
    const results = await engine.search(query.replace(/~(\d+)/g, (_, n: string) => `~${Math.min(Number(n), MAX_EDIT_DISTANCE)}`));
    return results.length > 0 ? results : undefined;
  } catch (error) {
    // Unbalanced or misplaced syntax: search the words instead. Anything else is a bug, not "no results".
    if (error instanceof lunr.QueryParseError) return undefined;
    throw error;
  }
}

/**
 * The start a long word shares with its relatives, which the stemmer may not give them:
 * "advocacy" (stem advocaci) and "advocates" (advoc), "disclosure" (disclosur) and "disclosed"
 * (disclos). Words of seven letters or more lose their last three; the root is searched only when
 * its terms are in shards the query fetches anyway.
 */
export const wordRoot = (word: string) => (word.length >= 7 ? word.slice(0, word.length - 3) : undefined);

/** Every word of the query, each as itself (stemmed) and, unquoted, as the start of a longer word. */
function plainResults(engine: SearchEngine, { words, required }: PlainQuery): Promise<lunr.Index.Result[]> {
  if (words.length === 0) return Promise.resolve([]);
  // A root is searched only where its terms are in shards the word itself needs: it never costs a file.
  const { shards } = engine.manifest;
  const needed = new Set(words.flatMap((word) => [shardForTerm(shards, stem(word)), ...shardsForPrefix(shards, word)]));
  const costsNoFile = (root: string) => shardsForPrefix(shards, root).every((key) => needed.has(key));
  // Terms go in through the query builder, not the parser: nothing here is the learner's to get wrong.
  return engine.query((q) => {
    for (const word of words) {
      if (required.has(word)) {
        q.term(word, { boost: 10, presence: lunr.Query.presence.REQUIRED });
        continue;
      }
      q.term(word, { boost: 10 });
      if (word.length >= 3) q.term(word, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 1 });
      const root = wordRoot(word);
      if (root && costsNoFile(root)) q.term(root, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 1 });
    }
  });
}

/**
 * Orders lunr's results for a learner. A short query (up to SHORT_QUERY_WORDS words) ranks in
 * tiers: results with its words as a phrase, then those with all its words, then the rest, each
 * tier in lunr's score order (the rest weighted by the share of the words they have). In a longer question a result with every word is rare and often an
 * accident of a long section, so there lunr's score is weighted by the share of the question's
 * words a result has and by the share of its word pairs found as phrases (up to double). Among results
 * whose scores tie (within TIE_TOLERANCE) the learner's own track comes first. Results missing a
 * quoted phrase are dropped.
 */
export function rankHits(
  results: readonly lunr.Index.Result[],
  context: { words: readonly string[]; pairs: readonly string[]; requiredPairs: readonly string[]; pairDocs: ReadonlyMap<string, ReadonlySet<number>>; pageOf: readonly number[]; tracksOf: (page: number) => readonly string[]; track?: string },
): SearchHit[] {
  const { words, pairs, requiredPairs, pairDocs, pageOf, tracksOf, track } = context;
  const stems = words.map(stem);
  const roots = words.map((word) => wordRoot(word) ?? word);
  const tiered = words.length <= SHORT_QUERY_WORDS;
  const hits: SearchHit[] = [];
  for (const result of results) {
    const doc = Number(result.ref);
    if (!Number.isInteger(doc) || pageOf[doc] === undefined) continue;
    if (!requiredPairs.every((pair) => pairDocs.get(pair)?.has(doc))) continue;
    const terms = Object.keys(result.matchData.metadata);
    const matched = words.filter((word, i) => terms.includes(stems[i]) || (word.length >= 3 && terms.some((term) => term.startsWith(roots[i])))).length;
    const pairsFound = pairs.filter((pair) => pairDocs.get(pair)?.has(doc)).length;
    const allWords = words.length > 0 && matched === words.length;
    const phrase = allWords && pairs.length > 0 && pairsFound === pairs.length;
    const tier = phrase ? TIER.phrase : allWords ? TIER.allWords : TIER.someWords;
    const coverage = words.length > 0 ? matched / words.length : 1;
    const score = tiered ? result.score * coverage : result.score * coverage * (1 + (pairs.length > 0 ? pairsFound / pairs.length : 0));
    hits.push({ doc, page: pageOf[doc], score, terms, tier: tiered ? tier : TIER.someWords });
  }
  // Array#sort is stable: equal keys keep lunr's order.
  hits.sort((a, b) => b.tier - a.tier || b.score - a.score);
  return track ? preferTrack(hits, (hit) => tracksOf(hit.page).includes(track)) : hits;
}

/** Within each run of tied hits (same tier, scores within TIE_TOLERANCE of the run's first), own-track hits first. */
function preferTrack(hits: SearchHit[], isOwn: (hit: SearchHit) => boolean): SearchHit[] {
  const ordered: SearchHit[] = [];
  for (let start = 0; start < hits.length; ) {
    let end = start + 1;
    while (end < hits.length && hits[end].tier === hits[start].tier && hits[start].score - hits[end].score <= hits[start].score * TIE_TOLERANCE) end++;
    const run = hits.slice(start, end);
    ordered.push(...run.filter(isOwn), ...run.filter((hit) => !isOwn(hit)));
    start = end;
  }
  return ordered;
}

/** Searches the index and returns the hits in ranking order; throws only on a bug, never for what was typed. */
export async function searchIndex(engine: SearchEngine, query: string, options: QueryOptions = {}): Promise<SearchHit[]> {
  const plain = plainQuery(query);
  const syntax = plain.required.size === 0 ? await syntaxResults(engine, query) : undefined;
  const results = syntax ?? (await plainResults(engine, plain));
  if (results.length === 0) return [];
  const pairs = syntax ? [] : plain.pairs;
  const pairDocs = pairs.length > 0 ? await engine.pairDocuments(pairs) : new Map<string, Set<number>>();
  return rankHits(results, {
    words: syntax ? [] : plain.words,
    pairs,
    requiredPairs: syntax ? [] : plain.requiredPairs,
    pairDocs,
    pageOf: engine.pageOf,
    tracksOf: (page) => pageFacets(engine.manifest, page).tracks,
    track: options.track,
  });
}

/**
 * Runs a learner's query: cleans it, searches, and if nothing matched tries the query with
 * misspelled words replaced by the closest words the course uses.
 */
export async function runQuery(engine: SearchEngine, raw: unknown, options: QueryOptions = {}): Promise<QueryOutcome> {
  const query = cleanQuery(raw);
  if (!query) return { query, hits: [] };
  const hits = await searchIndex(engine, query, options);
  if (hits.length > 0) return { query, hits };
  const correctedQuery = await suggestQuery(engine, query);
  if (correctedQuery) {
    const corrected = await searchIndex(engine, correctedQuery, options);
    if (corrected.length > 0) return { query, hits: corrected, correctedQuery };
  }
  return { query, hits: [] };
}

/**
 * A respelling of the query using words the course contains ("gutiar" → "guitar"), or undefined
 * when every word is already in the index or nothing is close enough. Fetches the vocabulary (of
 * words with the same first letter) only for a word the index does not have.
 */
export async function suggestQuery(engine: SearchEngine, query: string): Promise<string | undefined> {
  const written = Array.from(query.matchAll(WORD_PATTERN), (match) => match[0]).slice(0, MAX_QUERY_WORDS);
  const unknown = await Promise.all(
    written.map(async (word) => {
      const terms = wordTerms(word);
      return terms.length === 1 && terms[0].length >= 4 && !isStopWord(terms[0]) && !(await engine.hasTerm(stem(terms[0])));
    }),
  );
  if (!unknown.includes(true)) return undefined;
  const closest = await Promise.all(written.map(async (word, i) => (unknown[i] ? closestWord(wordTerms(word)[0], await engine.vocabulary(wordTerms(word)[0])) : undefined)));
  const changed = closest.some((word) => word !== undefined);
  const respelled = written.map((word, i) => closest[i] ?? word);
  return changed ? respelled.join(' ') : undefined;
}
