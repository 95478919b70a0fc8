import lunr from 'lunr';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkCourse } from '../../../src/course/check-course.ts';
import { buildCourseTree } from '../../../src/course/course-tree.ts';
import { readCourseFiles } from '../../../src/course/read-course-files.ts';
import { buildSearchIndex, searchEntriesFromCourse } from '../../../src/search/build-index.ts';
import { expandIndex } from '../../../src/search/compact-index.ts';
import { isSearchData, SEARCH_DATA_VERSION } from '../../../src/search/search-data.ts';
import { paths, sampleSearch } from '../../helpers/search.ts';

describe('buildSearchIndex', () => {
  it('survives JSON and lunr.Index.load, and finds every field', () => {
    const { data } = sampleSearch();
    expect(isSearchData(data)).toBe(true);
    expect(data.version).toBe(SEARCH_DATA_VERSION);
    const index = lunr.Index.load(expandIndex(data.index));
    const refsFor = (query: string) => index.search(query).map((r) => data.documents[Number(r.ref)].path);
    expect(refsFor('title:record')).toEqual(['/tracks/legal/records/']);
    expect(refsFor('company:united')).toEqual(['/case-studies/guitar-song/']);
    expect(refsFor('lesson:claim')).toEqual(['/case-studies/guitar-song/']);
    expect(refsFor('summary:litig')).toEqual(['/tracks/legal/records/']);
    expect(refsFor('objectives:peak')).toEqual(['/tracks/support/answering/']);
    expect(refsFor('body:baggag')).toEqual(['/case-studies/guitar-song/']);
  });

  it('uses the English pipeline: stemming and no stop words', () => {
    const index = lunr.Index.load(expandIndex(sampleSearch().data.index));
    expect(index.search('answered').length).toBeGreaterThan(0);
    expect(index.search('the')).toEqual([]);
  });

  it('ranks a title match above the same word in a body', () => {
    const { search } = sampleSearch();
    const hits = search.index.search('guitar');
    expect(search.documents.get(hits[0].ref)?.path).toBe('/case-studies/guitar-song/');
    expect(hits.length).toBe(3);
  });

  it('ranks a company above the body, and the lesson above the body', () => {
    const entries = [
      { type: 'case-study' as const, title: 'One', path: '/a/', tracks: [], body: 'Acme is mentioned here. Rigid rules.', company: 'Other' },
      { type: 'case-study' as const, title: 'Two', path: '/b/', tracks: [], body: 'Nothing to see. Nothing at all.', company: 'Acme', lesson: 'Rigid rules fail.' },
    ];
    const data = buildSearchIndex(entries);
    const index = lunr.Index.load(expandIndex(JSON.parse(JSON.stringify(data.index))));
    expect(data.documents[Number(index.search('acme')[0].ref)].path).toBe('/b/');
    expect(data.documents[Number(index.search('rigid')[0].ref)].path).toBe('/b/');
  });

  it('keeps what results show, with plain text for snippets', () => {
    const { data } = sampleSearch();
    const [module, , , caseStudy] = data.documents;
    expect(module).toMatchObject({ ref: '0', type: 'module', title: 'Records and e-discovery', path: '/tracks/legal/records/', tracks: ['legal'] });
    expect(module.text).toBe(
      'Keep social posts as records and put them under a litigation hold. Explain a litigation hold. Archive posts. Why it matters. Courts treat posts as documents. See the case. Preserve early Ask counsel',
    );
    expect(caseStudy).toMatchObject({ type: 'case-study', company: 'United Airlines', year: 2008, tracks: ['support', 'executive'] });
    expect(caseStudy.text.startsWith('Small claims handled rigidly can become famous. A musician’s guitar')).toBe(true);
    expect(data.tracks.map((t) => t.id)).toEqual(['legal', 'it', 'support']);
  });

  it('stores no term positions (snippets are found from the text), which keeps the file small', () => {
    const json = JSON.stringify(sampleSearch().data.index);
    expect(json).not.toContain('position');
  });

  it('builds an empty but loadable index for an empty course', () => {
    const data = JSON.parse(JSON.stringify(buildSearchIndex([])));
    expect(data.documents).toEqual([]);
    expect(lunr.Index.load(expandIndex(data.index)).search('anything')).toEqual([]);
  });
});

describe('searchEntriesFromCourse', () => {
  const files = readCourseFiles(fileURLToPath(new URL('../../../', import.meta.url)));
  const course = checkCourse(files);
  const tree = (enabledTracks: string[]) =>
    buildCourseTree({ site: { ...course.site!, enabledTracks: enabledTracks as never }, tracks: course.tracks, modules: course.modules, caseStudies: course.caseStudies, quizzes: course.quizzes });

  it('indexes every module of the enabled tracks and every case study', () => {
    const { entries, tracks } = searchEntriesFromCourse(tree(course.site!.enabledTracks));
    expect(entries.filter((e) => e.type === 'module')).toHaveLength(course.modules.length);
    expect(entries.filter((e) => e.type === 'case-study')).toHaveLength(course.caseStudies.length);
    expect(tracks.map((t) => t.id)).toEqual(course.site!.enabledTracks);
    expect(entries.every((e) => e.body.length > 0)).toBe(true);
  });

  it('strips the Markdown of every shipped page to plain text', () => {
    const { entries, tracks } = searchEntriesFromCourse(tree(course.site!.enabledTracks));
    const leftovers = buildSearchIndex(entries, tracks).documents.filter((d) => /\*\*|\]\(|^#|\s#{2,}\s|<\/?[a-z]+[ >]|\n/.test(d.text));
    expect(leftovers.map((d) => d.path)).toEqual([]);
  });

  it('leaves out disabled tracks: their modules, and their names on case studies', () => {
    const { entries, tracks } = searchEntriesFromCourse(tree(['foundations', 'it']));
    expect(tracks.map((t) => t.id)).toEqual(['foundations', 'it']);
    const modules = entries.filter((e) => e.type === 'module');
    expect(modules.length).toBeGreaterThan(0);
    expect(modules.every((e) => ['foundations', 'it'].includes(e.tracks[0]))).toBe(true);
    expect(entries.flatMap((e) => e.tracks).every((t) => ['foundations', 'it'].includes(t))).toBe(true);
    const data = buildSearchIndex(entries, tracks);
    expect(paths(data.documents.map((document) => ({ document })))).not.toContain('/tracks/legal/regulated-disclosure/');
  });
});
