import lunr from 'lunr';
import { createHash } from 'node:crypto';
import { analyseBody } from '../course/mdx-body.ts';
import type { CourseTree } from '../course/course-tree.ts';
import { glossaryPath } from '../course/routes.ts';
import type { CaseStudy } from '../course/schemas/case-study.ts';
import type { GlossaryEntry } from '../course/schemas/glossary.ts';
import type { CourseModule } from '../course/schemas/module.ts';
import type { SimulationSearchText } from '../simulation/search-text.ts';
import {
  SEARCH_DATA_VERSION,
  SEARCH_DOCUMENT_TYPES,
  type Fragment,
  type ManifestPage,
  type PairBucket,
  type SearchDocumentType,
  type SearchManifest,
  type SearchTrack,
  type TermShard,
} from './search-data.ts';
import { pairLocation, planShards, shardFileName, vocabularyFile } from './shards.ts';
import { isStopWord, pairsOf, stem } from './terms.ts';
import { joinSentences, markdownToBlocks, textTerms } from './text.ts';
import { encodeWordList, type WordList } from './word-list.ts';

/** A section a page renders: its heading, the headings above it, its anchor and its text blocks. */
export interface SearchSection {
  heading: string;
  /** The h2 above an h3, when there is one. */
  parents: string[];
  /** The heading's element id on the page. */
  anchor: string;
  blocks: string[];
  /** Glossary terms: other names, indexed with the heading. */
  aliases?: string[];
}

/** One page to search: a module, a case study or a glossary entry. */
export interface SearchPage {
  type: SearchDocumentType;
  title: string;
  /** Root-relative URL path. */
  path: string;
  tracks: string[];
  /** Case studies: the organisation and year. */
  company?: string;
  year?: number;
  /** The page's opening: a module's summary and objectives, a case's lesson. Empty: the opening is no result. */
  lead: string[];
  /** Markdown body: its h2 and h3 sections become results, the text before the first heading joins the opening. */
  body?: string;
  /** Plain text blocks of the opening's body, for pages with no Markdown (a simulation's script). */
  openingText?: string[];
  /** Sections the page renders beside the body (the Monday takeaway, "Since then") or instead of one (a glossary entry). */
  sections?: SearchSection[];
}

/** A search document: a page's opening or one of its sections, with the text of each field. */
export interface SearchDocument {
  /** Position of its page in the page list. */
  page: number;
  section?: SearchSection;
  /**
   * An opening's title (and a case's company) and lead; a section's page title (as context, boosted
   * less), heading (and a glossary term's aliases); the body as text blocks.
   */
  fields: { title: string; page: string; heading: string; lead: string; body: string[] };
}

/** What a result shows of a document: the lead, then the body, one block each. */
export const displayBlocks = (document: SearchDocument) => (document.fields.lead ? [document.fields.lead, ...document.fields.body] : document.fields.body);

/**
 * Field boosts: the page's title (and a case's company) counts most, then a section's heading,
 * then the summary, objectives or lesson, then the text. Tuned against
 * test/unit/search/relevance.test.ts.
 */
export const FIELD_BOOSTS = { title: 10, page: 2, heading: 12, lead: 3, body: 1 } as const;
export type Field = keyof typeof FIELD_BOOSTS;
const FIELDS = Object.keys(FIELD_BOOSTS) as Field[];

/**
 * Headings the lesson and case-study pages render around the body, with their element ids
 * (src/components/pages/ModuleLesson.astro, src/pages/case-studies/[slug].astro; a unit test
 * checks both still carry them).
 */
export const PAGE_SECTIONS = {
  monday: { heading: "What you'll do differently on Monday", anchor: 'monday-heading' },
  sinceThen: { heading: 'Since then', anchor: 'since-heading' },
} as const;

/** Splits a Markdown body at its h2 and h3 headings: the opening text, then each section. */
export function bodySections(body: string): { opening: string[]; sections: SearchSection[] } {
  const headings = analyseBody(body).headings.filter((heading) => heading.depth <= 3);
  const lines = body.split(/\r\n?|\n/);
  const blocksBetween = (from: number, to: number) => markdownToBlocks(lines.slice(from, to).join('\n'));
  const sections: SearchSection[] = [];
  let parent: string | undefined;
  headings.forEach((heading, i) => {
    if (heading.depth === 2) parent = undefined;
    sections.push({
      heading: heading.text,
      parents: heading.depth === 3 && parent !== undefined ? [parent] : [],
      anchor: heading.slug,
      blocks: blocksBetween(heading.line, i + 1 < headings.length ? headings[i + 1].line - 1 : lines.length),
    });
    if (heading.depth === 2) parent = heading.text;
  });
  return { opening: blocksBetween(0, headings.length > 0 ? headings[0].line - 1 : lines.length), sections };
}

/**
 * The documents of a list of pages, in page order: each page's opening (when it has a lead or
 * opening text) and each section with text. A heading with no text of its own (an h2 directly
 * followed by its h3s) is only shown above its subsections.
 */
export function searchDocuments(pages: readonly SearchPage[]): SearchDocument[] {
  const documents: SearchDocument[] = [];
  pages.forEach((page, index) => {
    const { opening: bodyOpening, sections } = page.body ? bodySections(page.body) : { opening: [], sections: [] };
    const opening = [...(page.openingText ?? []), ...bodyOpening];
    const lead = joinSentences(page.lead);
    if (lead || opening.length > 0) {
      documents.push({
        page: index,
        fields: { title: [page.title, page.company ?? ''].join(' ').trim(), page: '', heading: '', lead, body: opening },
      });
    }
    for (const section of [...sections, ...(page.sections ?? [])]) {
      if (section.blocks.length === 0) continue;
      documents.push({
        page: index,
        section,
        fields: { title: '', page: page.type === 'glossary' ? '' : [page.title, page.company ?? ''].join(' ').trim(), heading: [section.heading, ...(section.aliases ?? [])].join(' · '), lead: '', body: section.blocks },
      });
    }
  });
  return documents;
}

/** A document's words, normalised (`textTerms`), per field and, for the body, per block. */
interface DocumentWords {
  fields: Record<Exclude<Field, 'body'>, string[]>;
  blocks: string[][];
}

const documentWords = (document: SearchDocument): DocumentWords => ({
  fields: { title: textTerms(document.fields.title), page: textTerms(document.fields.page), heading: textTerms(document.fields.heading), lead: textTerms(document.fields.lead) },
  blocks: document.fields.body.map(textTerms),
});

/** Normalised words as index terms: lunr's stop word filter, then its stemmer (cached). */
const indexTerms = (words: readonly string[]) => words.filter((word) => !isStopWord(word)).map(stem);

/**
 * The production lunr index of a list of documents (English pipeline: lunr's stop word filter and
 * Porter stemmer; the fields and boosts of FIELD_BOOSTS; refs are document positions), with the
 * builder that built it. Words reach lunr already normalised, filtered and stemmed by lunr's own
 * functions (terms.ts, which caches stems), so indexing runs the pipeline once per distinct word;
 * queries go through lunr's search pipeline (the stemmer) as usual. The shipped shards carry
 * exactly this index: the differential test (test/unit/search/engine.test.ts) checks that the
 * browser ranks every query as `index.search` does.
 */
export function buildLunrIndex(documents: readonly SearchDocument[], words: readonly DocumentWords[] = documents.map(documentWords)): { builder: lunr.Builder; index: lunr.Index } {
  const builder = new lunr.Builder();
  builder.searchPipeline.add(lunr.stemmer);
  builder.ref('ref');
  for (const field of FIELDS) builder.field(field, { boost: FIELD_BOOSTS[field] });
  documents.forEach((_, position) => {
    const { fields, blocks } = words[position];
    const terms = (list: readonly string[]) => indexTerms(list).join(' ');
    builder.add({ ref: String(position), title: terms(fields.title), page: terms(fields.page), heading: terms(fields.heading), lead: terms(fields.lead), body: blocks.map(terms).join(' ') });
  });
  return { builder, index: builder.build() };
}

/** What the term shards need from a built lunr index, which its type definitions leave out. */
interface IndexInternals {
  invertedIndex: Record<string, { _index: number } & Record<string, Record<string, object>>>;
  fieldVectors: Record<string, { elements: number[] }>;
  pipeline: lunr.Pipeline;
  fields: string[];
}

/** Each term's shard entry: lunr's term index and, per field, the documents and their field-vector weights. */
function termEntries(index: lunr.Index, builder: lunr.Builder): Map<string, TermShard[number]> {
  const internals = index as unknown as IndexInternals;
  const { metadataWhitelist } = builder as unknown as { metadataWhitelist: string[] };
  if (metadataWhitelist.length > 0) throw new Error(`The term shards keep no term metadata, but the builder records ${metadataWhitelist.join(', ')}`);
  const weights = new Map<string, Map<number, number>>();
  for (const [fieldRef, vector] of Object.entries(internals.fieldVectors)) {
    const byTerm = new Map<number, number>();
    for (let i = 0; i < vector.elements.length; i += 2) byTerm.set(vector.elements[i], vector.elements[i + 1]);
    weights.set(fieldRef, byTerm);
  }
  const entries = new Map<string, TermShard[number]>();
  for (const term of Object.keys(internals.invertedIndex).sort()) {
    const posting = internals.invertedIndex[term];
    const postings: number[][] = [];
    internals.fields.forEach((field, fieldIndex) => {
      // Integer-like refs: Object.keys lists them in ascending order, as lunr's query loop reads them.
      const refs = Object.keys(posting[field]).map(Number);
      if (refs.length === 0) return;
      const list = [fieldIndex];
      let previous = 0;
      for (const ref of refs) {
        const weight = weights.get(`${field}/${ref}`)!.get(posting._index)!;
        const milli = Math.round(weight * 1000);
        if (milli / 1000 !== weight) throw new Error(`lunr's weight ${weight} for "${term}" is not a whole number of thousandths`);
        list.push(ref - previous, milli);
        previous = ref;
      }
      postings.push(list);
    });
    entries.set(term, [term, posting._index, ...postings]);
  }
  return entries;
}

/** Term shards aim at this many bytes of JSON (about 1 KB gzipped): a query fetches one or two per word. */
export const SHARD_TARGET_BYTES = 2_500;
/** Pair buckets aim at this many bytes of JSON on average. */
export const PAIR_BUCKET_TARGET_BYTES = 600;
/** The respelling vocabulary keeps at most this many words (the most frequent). */
export const MAX_VOCABULARY = 4_000;

/** Which documents have each pair of neighbouring terms, within one field or body block. */
function pairDocuments(words: readonly DocumentWords[]): Map<string, number[]> {
  const pairs = new Map<string, number[]>();
  words.forEach(({ fields, blocks }, position) => {
    for (const run of [...Object.values(fields), ...blocks]) {
      for (const pair of pairsOf(indexTerms(run))) {
        const list = pairs.get(pair);
        if (!list) pairs.set(pair, [position]);
        else if (list.at(-1) !== position) list.push(position);
      }
    }
  });
  return pairs;
}

/**
 * Words for respelling: normalised words of three or more letters found in at least two documents
 * (the most frequent MAX_VOCABULARY), split by first letter (`vocabularyFile`): a misspelled word
 * is respelled from the words that start as it does, as most typos keep the first letter.
 */
function vocabulary(words: readonly DocumentWords[]): Map<string, WordList> {
  const counts = new Map<string, number>();
  for (const { fields, blocks } of words) {
    const seen = new Set<string>();
    for (const run of [...Object.values(fields), ...blocks]) for (const word of run) if (word.length >= 3 && !/\d/.test(word)) seen.add(word);
    for (const word of seen) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const kept = [...counts]
    .filter(([, count]) => count >= 2)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .slice(0, MAX_VOCABULARY)
    .map(([word]) => word);
  // Every letter has its file (empty when no word starts with it), so respelling never asks for a missing one.
  const byFile = new Map<string, string[]>([...'abcdefghijklmnopqrstuvwxyz'].map((letter) => [vocabularyFile(letter), []]));
  for (const word of kept) byFile.set(vocabularyFile(word), [...(byFile.get(vocabularyFile(word)) ?? []), word]);
  return new Map([...byFile].map(([file, list]) => [file, encodeWordList(list, counts)]));
}

const gaps = (numbers: readonly number[]) => numbers.map((n, i) => n - (i > 0 ? numbers[i - 1] : 0));

/** The shipped search: every file by its path below the site root, and the manifest's path. */
export interface SearchFiles {
  /** e.g. `search-index/3f9a0c12d4/index.json`: the hashed folder makes every file immutable. */
  manifest: string;
  files: Map<string, string>;
  /** For tests and the benchmark: the documents and the lunr index the files carry. */
  documents: SearchDocument[];
  index: lunr.Index;
}

/**
 * Builds every search file for a list of pages: the manifest, term shards, pair buckets, one
 * fragment per document, the respelling vocabulary and the term list, in a folder named by a hash
 * of their content.
 */
export function buildSearchFiles(pages: readonly SearchPage[], tracks: readonly SearchTrack[] = []): SearchFiles {
  const documents = searchDocuments(pages);
  const words = documents.map(documentWords);
  const { builder, index } = buildLunrIndex(documents, words);
  const internals = index as unknown as IndexInternals;
  const files = new Map<string, string>();

  const entries = termEntries(index, builder);
  const entryJson = new Map([...entries].map(([term, entry]) => [term, JSON.stringify(entry)]));
  const shards = planShards([...entries.keys()], (terms) => terms.reduce((sum, term) => sum + entryJson.get(term)!.length + 1, 2), SHARD_TARGET_BYTES);
  for (const [key, terms] of shards) files.set(`t/${shardFileName(key)}.json`, `[${terms.map((term) => entryJson.get(term)).join(',')}]`);

  const pairs = pairDocuments(words);
  const pairBytes = [...pairs].reduce((sum, [pair, docs]) => sum + pair.length + docs.length * 3, 0);
  const pairBuckets = 2 ** Math.max(0, Math.ceil(Math.log2(Math.max(1, pairBytes / PAIR_BUCKET_TARGET_BYTES))));
  const buckets: PairBucket[] = Array.from({ length: pairBuckets }, () => []);
  for (const [pair, docs] of [...pairs].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const { hash, bucket } = pairLocation(pair, pairBuckets);
    buckets[bucket].push([hash, ...gaps(docs)]);
  }
  buckets.forEach((bucket, n) => files.set(`p/${n}.json`, JSON.stringify(bucket)));

  documents.forEach((document, position) => {
    const page = pages[document.page];
    const fragment: Fragment = {
      title: page.title,
      path: page.path,
      type: page.type,
      ...(page.company !== undefined && { company: page.company }),
      ...(page.year !== undefined && { year: page.year }),
      ...(document.section && { heading: document.section.heading, anchor: document.section.anchor }),
      ...(document.section && document.section.parents.length > 0 && { parents: document.section.parents }),
      text: displayBlocks(document).join('\n'),
    };
    files.set(`f/${position}.json`, JSON.stringify(fragment));
  });

  for (const [path, list] of vocabulary(words)) files.set(path, JSON.stringify(list));
  files.set('terms.json', JSON.stringify(encodeWordList([...entries.keys()])));

  const trackIndex = new Map(tracks.map((track, i) => [track.id, i]));
  const perPage = pages.map(() => 0);
  for (const document of documents) perPage[document.page]++;
  const manifestPages = pages.map((page, p): ManifestPage => [
    SEARCH_DOCUMENT_TYPES.indexOf(page.type),
    perPage[p],
    ...page.tracks.map((id) => trackIndex.get(id)).filter((i) => i !== undefined),
  ]);
  const manifest: SearchManifest = {
    version: SEARCH_DATA_VERSION,
    lunrVersion: lunr.version,
    pipeline: internals.pipeline.toJSON() as unknown as string[],
    fields: internals.fields,
    shards: [...shards.keys()],
    pairBuckets,
    pages: manifestPages,
    tracks: tracks.map((track) => ({ ...track })),
    types: [...SEARCH_DOCUMENT_TYPES],
  };
  files.set('index.json', JSON.stringify(manifest));

  const digest = createHash('sha256');
  for (const [path, body] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) digest.update(`${path}\n${body}\n`);
  const folder = `search-index/${digest.digest('hex').slice(0, 12)}`;
  return {
    manifest: `${folder}/index.json`,
    files: new Map([...files].map(([path, body]) => [`${folder}/${path}`, body])),
    documents,
    index,
  };
}

interface BodyEntry<T> {
  id: string;
  data: T;
  /** Astro's collection entries have it optional; the course check always sets it. */
  body?: string;
}

/**
 * What the course offers to search: every module of the enabled tracks (the tree has already
 * dropped the others), every case study (which keeps its page whichever tracks are enabled) and
 * every glossary entry (its tracks: those of the enabled modules that teach it).
 */
export function searchPagesFromCourse<E extends BodyEntry<CourseModule>, C extends BodyEntry<CaseStudy>>(
  course: CourseTree<E, C>,
  glossary: readonly GlossaryEntry[] = [],
  simulations: readonly SimulationSearchText[] = [],
): { pages: SearchPage[]; tracks: SearchTrack[] } {
  const modules = course.tracks.flatMap((track) =>
    track.modules.map((module): SearchPage => ({
      type: 'module',
      title: module.entry.data.title,
      path: module.path,
      tracks: [track.id],
      lead: [module.entry.data.summary, ...module.entry.data.objectives],
      body: module.entry.body ?? '',
      sections: [{ ...PAGE_SECTIONS.monday, parents: [], blocks: [module.entry.data.takeaway] }],
    })),
  );
  const caseStudies = course.caseStudies.map((caseStudy): SearchPage => {
    const { data } = caseStudy.entry;
    const sinceThen = data.sinceThen ? data.sinceThen.text.split(/\n\s*\n/).map((paragraph) => paragraph.replace(/\s+/g, ' ').trim()).filter(Boolean) : [];
    return {
      type: 'case-study',
      title: data.title,
      path: caseStudy.path,
      tracks: caseStudy.roles,
      company: data.company,
      year: data.year,
      lead: [data.lesson],
      body: caseStudy.entry.body ?? '',
      sections: sinceThen.length > 0 ? [{ ...PAGE_SECTIONS.sinceThen, parents: [], blocks: sinceThen }] : [],
    };
  });
  const glossaryPages = glossary.map((entry): SearchPage => ({
    type: 'glossary',
    title: 'Glossary',
    path: glossaryPath(),
    tracks: [...new Set(entry.modules.map((id) => course.modules.get(id)?.track).filter((track) => track !== undefined))],
    lead: [],
    sections: [{ heading: entry.term, parents: [], anchor: entry.id, blocks: [entry.definition], aliases: entry.aliases }],
  }));
  // A simulation has no headings to split on: its overview is its opening, linked to the page's top.
  const simulationPages = simulations.map((simulation): SearchPage => ({
    type: 'simulation',
    title: simulation.title,
    path: simulation.path,
    tracks: simulation.tracks,
    lead: [simulation.summary, simulation.roleNames.join(', ')],
    openingText: [simulation.overview],
  }));
  return {
    pages: [...modules, ...caseStudies, ...glossaryPages, ...simulationPages],
    tracks: course.tracks.map((track) => ({ id: track.id, title: track.data.title, path: track.path })),
  };
}
