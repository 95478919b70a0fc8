import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkCourse } from '../../../src/course/check-course.ts';
import { buildCourseTree } from '../../../src/course/course-tree.ts';
import { readCourseFiles } from '../../../src/course/read-course-files.ts';
import { bodySections, buildSearchFiles, PAGE_SECTIONS, searchDocuments, searchPagesFromCourse } from '../../../src/search/build-index.ts';
import { isFragment, isSearchManifest, isTermShard, SEARCH_DATA_VERSION, type TermShard } from '../../../src/search/search-data.ts';
import { shardFileName, shardForTerm } from '../../../src/search/shards.ts';
import { decodeWordList } from '../../../src/search/word-list.ts';
import { samplePages, sampleSearch, shippedSearch } from '../../helpers/search.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('bodySections', () => {
  it('splits a body at its h2 and h3 headings, with the anchors the page renders and the h2 above each h3', () => {
    const body = 'Opening words.\n\n## What to capture\n\nThe link.\n\n### On X\n\nThe post URL.\n\n#### Deeper\n\nStays inside.\n\n## What to capture\n\nAgain.';
    const { opening, sections } = bodySections(body);
    expect(opening).toEqual(['Opening words.']);
    expect(sections.map(({ heading, anchor, parents }) => ({ heading, anchor, parents }))).toEqual([
      { heading: 'What to capture', anchor: 'what-to-capture', parents: [] },
      { heading: 'On X', anchor: 'on-x', parents: ['What to capture'] },
      { heading: 'What to capture', anchor: 'what-to-capture-1', parents: [] },
    ]);
    expect(sections[1].blocks).toEqual(['The post URL.', 'Deeper.', 'Stays inside.']);
  });
});

describe('searchDocuments', () => {
  it('makes a document of each page opening and each section with text; glossary entries are sections', () => {
    const documents = searchDocuments(samplePages);
    const records = documents.filter((d) => d.page === 0);
    expect(records.map((d) => d.section?.anchor ?? '(opening)')).toEqual(['(opening)', 'why-it-matters', 'who-sends-it']);
    expect(records[0].fields).toMatchObject({ title: 'Records and e-discovery', page: '', heading: '' });
    expect(records[0].fields.lead).toBe('Keep social posts as records and put them under a litigation hold. Explain a litigation hold. Archive posts.');
    // A section knows its page (boosted less than an opening's title) and its heading.
    expect(records[2].fields).toMatchObject({ title: '', page: 'Records and e-discovery', heading: 'Who sends it' });
    expect(records[2].section?.parents).toEqual(['The hold']);
    const glossary = documents.find((d) => samplePages[d.page].type === 'glossary')!;
    expect(glossary.fields).toMatchObject({ heading: 'Litigation hold · legal hold', page: '' });
    expect(glossary.section?.anchor).toBe('litigation-hold');
  });
});

describe('buildSearchFiles', () => {
  const built = sampleSearch();
  const file = (path: string) => JSON.parse(built.files.get(built.folder + path)!);

  it('writes every file in one folder named by a hash of their content', () => {
    expect(built.folder).toMatch(/^search-index\/[0-9a-f]{12}\/$/);
    expect([...built.files.keys()].every((path) => path.startsWith(built.folder))).toBe(true);
    expect(sampleSearch().folder).toBe(built.folder);
    const changed = structuredClone(samplePages);
    changed[0].title = 'Records and holds';
    expect(buildSearchFiles(changed).manifest).not.toBe(built.manifest);
  });

  it('writes a manifest the browser accepts, with each page’s type, documents and tracks', () => {
    const manifest = file('index.json');
    expect(isSearchManifest(manifest)).toBe(true);
    expect(manifest.version).toBe(SEARCH_DATA_VERSION);
    expect(manifest.fields).toEqual(['title', 'page', 'heading', 'lead', 'body']);
    expect(manifest.pages.reduce((sum: number, [, count]: number[]) => sum + count, 0)).toBe(built.documents.length);
    expect(manifest.pages[0]).toEqual([0, 3, 0]); // a module, three documents, the legal track
  });

  it('puts every term in the shard the browser will look in, with lunr’s weights as thousandths', () => {
    const { shards } = file('index.json');
    const full = built.index as unknown as { invertedIndex: Record<string, { _index: number }> };
    for (const term of Object.keys(full.invertedIndex)) {
      const key = shardForTerm(shards, term)!;
      const shard: TermShard = file(`t/${shardFileName(key)}.json`);
      expect(isTermShard(shard)).toBe(true);
      const entry = shard.find(([candidate]) => candidate === term);
      expect(entry?.[1], term).toBe(full.invertedIndex[term]._index);
      expect(entry!.slice(2).flat().every(Number.isInteger)).toBe(true);
    }
  });

  it('writes one fragment per document: what its result shows', () => {
    const fragments = built.documents.map((_, doc) => file(`f/${doc}.json`));
    expect(fragments.every(isFragment)).toBe(true);
    expect(fragments[2]).toEqual({ title: 'Records and e-discovery', path: '/tracks/legal/records/', type: 'module', heading: 'Who sends it', anchor: 'who-sends-it', parents: ['The hold'], text: 'Counsel sends the litigation hold notice.' });
    expect(fragments.find((f) => f.company)).toMatchObject({ company: 'United Airlines', year: 2008, type: 'case-study' });
  });

  it('writes the respelling vocabulary (words in two documents or more) by first letter, and the full term list', () => {
    const vocabulary = decodeWordList(file('w/g.json')).map(({ word }) => word);
    expect(vocabulary).toContain('guitar');
    expect(vocabulary.every((word) => word.startsWith('g'))).toBe(true);
    expect(decodeWordList(file('w/b.json')).map(({ word }) => word)).not.toContain('baggage'); // in one document only
    expect(decodeWordList(file('w/q.json'))).toEqual([]);
    expect(decodeWordList(file('terms.json')).map(({ word }) => word)).toEqual(Object.keys((built.index as unknown as { invertedIndex: object }).invertedIndex).sort());
  });

  it('builds an empty but loadable index for an empty course', () => {
    const empty = buildSearchFiles([]);
    expect(isSearchManifest(JSON.parse(empty.files.get(empty.manifest)!))).toBe(true);
  });
});

describe('searchPagesFromCourse', () => {
  const course = checkCourse(readCourseFiles(root));
  const tree = (enabledTracks: string[]) =>
    buildCourseTree({ site: { ...course.site!, enabledTracks: enabledTracks as never }, tracks: course.tracks, modules: course.modules, caseStudies: course.caseStudies, quizzes: course.quizzes });

  it('offers every module of the enabled tracks, every case study and every glossary entry', () => {
    const { pages, tracks } = searchPagesFromCourse(tree(course.site!.enabledTracks), course.glossary);
    expect(pages.filter((p) => p.type === 'module')).toHaveLength(course.modules.length);
    expect(pages.filter((p) => p.type === 'case-study')).toHaveLength(course.caseStudies.length);
    expect(pages.filter((p) => p.type === 'glossary')).toHaveLength(course.glossary.length);
    expect(tracks.map((t) => t.id)).toEqual(course.site!.enabledTracks);
  });

  it('leaves out disabled tracks: their modules, and their names on case studies and glossary entries', () => {
    const { pages, tracks } = searchPagesFromCourse(tree(['foundations', 'it']), course.glossary);
    expect(tracks.map((t) => t.id)).toEqual(['foundations', 'it']);
    expect(pages.flatMap((p) => p.tracks).every((t) => ['foundations', 'it'].includes(t))).toBe(true);
    expect(pages.map((p) => p.path)).not.toContain('/tracks/legal/regulated-disclosure/');
  });

  it('strips the Markdown of every shipped section to plain text', { timeout: 60_000 }, () => {
    const leftovers = shippedSearch().documents.filter((d) => [d.fields.lead, ...d.fields.body].some((text) => /\*\*|\]\(|^#|\s#{2,}\s|<\/?[a-z]+[ >]|\n/.test(text)));
    expect(leftovers.map((d) => d.section?.anchor)).toEqual([]);
  });

  it('names the sections the lesson and case pages render around the body by their real ids', () => {
    const lesson = readFileSync(`${root}src/components/pages/ModuleLesson.astro`, 'utf8');
    const caseStudy = readFileSync(`${root}src/pages/case-studies/[slug].astro`, 'utf8');
    expect(lesson).toContain(`id="${PAGE_SECTIONS.monday.anchor}">${PAGE_SECTIONS.monday.heading}<`);
    expect(caseStudy).toContain(`id="${PAGE_SECTIONS.sinceThen.anchor}">${PAGE_SECTIONS.sinceThen.heading}<`);
  });
});
