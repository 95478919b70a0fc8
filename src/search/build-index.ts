import lunr from 'lunr';
import type { CourseTree } from '../course/course-tree.ts';
import type { CaseStudy } from '../course/schemas/case-study.ts';
import type { CourseModule } from '../course/schemas/module.ts';
import { compactIndex } from './compact-index.ts';
import { SEARCH_DATA_VERSION, type SearchData, type SearchDocument, type SearchDocumentType } from './search-data.ts';
import { joinSentences, markdownToText, textTerms } from './text.ts';

/** One page to index: a module or a case study, with its Markdown body. */
export interface SearchEntry {
  type: SearchDocumentType;
  title: string;
  /** Root-relative URL path. */
  path: string;
  tracks: string[];
  /** Markdown body. */
  body: string;
  /** Modules: the summary and objectives. */
  summary?: string;
  objectives?: string[];
  /** Case studies: organisation, year and one-sentence lesson. */
  company?: string;
  year?: number;
  lesson?: string;
}

/**
 * Field boosts: a word in the title counts most, then the company a story is about, then the
 * one-sentence summary or lesson, then objectives, then the body. Tuned against
 * test/unit/search/relevance.test.ts.
 */
export const FIELD_BOOSTS = { title: 10, company: 6, lesson: 4, summary: 4, objectives: 2, body: 1 } as const;
type Field = keyof typeof FIELD_BOOSTS;

/** Field text as the index sees it: normalised terms separated by spaces (see `wordTerms`). */
const indexText = (text: string | undefined) => (text ? textTerms(text).join(' ') : '');

/** Each page's body as plain text, by position. */
const plainBodies = (entries: readonly SearchEntry[]) => entries.map((entry) => markdownToText(entry.body));

/**
 * The production lunr index of a list of pages (English pipeline: stop words, Porter stemmer; the
 * fields and boosts of FIELD_BOOSTS), with the builder that built it. `buildSearchIndex` ships the
 * builder in compact form; the differential test compares that with lunr's own `index`.
 */
export function buildLunrIndex(entries: readonly SearchEntry[], bodies: readonly string[] = plainBodies(entries)): { builder: lunr.Builder; index: lunr.Index } {
  const builder = new lunr.Builder();
  builder.pipeline.add(lunr.trimmer, lunr.stopWordFilter, lunr.stemmer);
  builder.searchPipeline.add(lunr.stemmer);
  builder.ref('ref');
  for (const [field, boost] of Object.entries(FIELD_BOOSTS)) builder.field(field, { boost });
  entries.forEach((entry, position) => {
    const fields: Record<Field | 'ref', string> = {
      ref: String(position),
      title: indexText(entry.title),
      company: indexText(entry.company),
      lesson: indexText(entry.lesson),
      summary: indexText(entry.summary),
      objectives: indexText(entry.objectives?.join(' ')),
      body: indexText(bodies[position]),
    };
    builder.add(fields);
  });
  return { builder, index: builder.build() };
}

/**
 * Builds the search data for a list of pages: the lunr index (`buildLunrIndex`) in compact form,
 * plus what results show. The index stores no term positions; snippets are found from the plain
 * text, which keeps the file small.
 */
export function buildSearchIndex(entries: readonly SearchEntry[], tracks: SearchData['tracks'] = []): SearchData {
  const bodies = plainBodies(entries);
  const documents = entries.map((entry, position): SearchDocument => {
    const lead = entry.type === 'module' ? [entry.summary ?? '', ...(entry.objectives ?? [])] : [entry.lesson ?? ''];
    return {
      ref: String(position),
      type: entry.type,
      title: entry.title,
      path: entry.path,
      tracks: [...entry.tracks],
      ...(entry.company !== undefined && { company: entry.company }),
      ...(entry.year !== undefined && { year: entry.year }),
      text: `${joinSentences(lead)} ${bodies[position]}`.trim(),
    };
  });
  const { builder } = buildLunrIndex(entries, bodies);
  return { version: SEARCH_DATA_VERSION, index: compactIndex(builder), documents, tracks: [...tracks] };
}

interface BodyEntry<T> {
  id: string;
  data: T;
  /** Astro's collection entries have it optional; the course check always sets it. */
  body?: string;
}

/**
 * What the course offers to search: every module of the enabled tracks (the tree has already
 * dropped the others) and every case study, which keeps its page whichever tracks are enabled.
 */
export function searchEntriesFromCourse<E extends BodyEntry<CourseModule>, C extends BodyEntry<CaseStudy>>(course: CourseTree<E, C>): {
  entries: SearchEntry[];
  tracks: SearchData['tracks'];
} {
  const modules = course.tracks.flatMap((track) =>
    track.modules.map((module): SearchEntry => ({
      type: 'module',
      title: module.entry.data.title,
      path: module.path,
      tracks: [track.id],
      body: module.entry.body ?? '',
      summary: module.entry.data.summary,
      objectives: module.entry.data.objectives,
    })),
  );
  const caseStudies = course.caseStudies.map((caseStudy): SearchEntry => ({
    type: 'case-study',
    title: caseStudy.entry.data.title,
    path: caseStudy.path,
    tracks: caseStudy.roles,
    body: caseStudy.entry.body ?? '',
    company: caseStudy.entry.data.company,
    year: caseStudy.entry.data.year,
    lesson: caseStudy.entry.data.lesson,
  }));
  return {
    entries: [...modules, ...caseStudies],
    tracks: course.tracks.map((track) => ({ id: track.id, title: track.data.title, path: track.path })),
  };
}
