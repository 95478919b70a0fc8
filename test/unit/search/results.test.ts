import { describe, expect, it } from 'vitest';
import { SearchEngine } from '../../../src/search/engine.ts';
import { countHits, filterHits, filtersFromParams, searchParams } from '../../../src/search/filters.ts';
import { learnerTrack } from '../../../src/search/learner-track.ts';
import { presentHit, textDirective } from '../../../src/search/present.ts';
import { runQuery } from '../../../src/search/query.ts';
import { groupHits, shownInGroup, shownOrder } from '../../../src/search/results.ts';
import { matcherFor } from '../../../src/search/snippet.ts';
import { sampleSearch } from '../../helpers/search.ts';

const sample = sampleSearch();
const engine = await SearchEngine.open(sample.file);
const { manifest } = engine;

describe('grouping', () => {
  it('groups hits by page in the order of each page’s best hit, glossary entries together', async () => {
    const { hits } = await runQuery(engine, 'account number');
    const groups = groupHits(manifest, hits);
    expect(new Set(groups.map((g) => g.key)).size).toBe(groups.length);
    expect(groups.map((g) => g.hits[0])).toEqual(hits.filter((hit, i) => hits.findIndex((h) => h.page === hit.page) === i));
    const legal = groupHits(manifest, (await runQuery(engine, 'litigation hold')).hits);
    expect(legal.filter((g) => g.type === 'glossary')).toHaveLength(1);
  });

  it('shows a page’s best section, and a second only when it scores close to it', () => {
    const hit = (doc: number, score: number) => ({ doc, page: 0, score, terms: [], tier: 1 });
    expect(shownInGroup({ key: 'page:0', type: 'module', hits: [hit(0, 10), hit(1, 6), hit(2, 6)] }).shown.map((h) => h.doc)).toEqual([0, 1]);
    expect(shownInGroup({ key: 'page:0', type: 'module', hits: [hit(0, 10), hit(1, 4)] })).toMatchObject({ shown: [{ doc: 0 }], more: [{ doc: 1 }] });
    expect(shownOrder(manifest, [hit(0, 10), hit(1, 4)]).map((h) => h.doc)).toEqual([0]);
  });
});

describe('textDirective', () => {
  const isMatch = matcherFor(['account', 'number']);
  it('takes the longest run of matched words, with plain words of the same clause around it', () => {
    expect(textDirective('Nothing here.\nHide the post that shows the account number, then reply in private.', isMatch)).toBe(':~:text=that%20shows%20the%20account%20number');
  });
  it('stays within one block and leaves out words the page may typeset differently', () => {
    expect(textDirective('The "account" here\naccount number-two', isMatch)).toBe(':~:text=account');
    expect(textDirective('Nothing matches.', isMatch)).toBe('');
  });
});

describe('presentHit', () => {
  it('links to the section’s anchor under the base path, with the text directive, and marks the words', async () => {
    const { hits } = await runQuery(engine, 'account number posted');
    const presented = presentHit(hits[0], await engine.fragment(hits[0].doc), '/training/');
    expect(presented.href).toMatch(/^\/training\/tracks\/it\/two-factor\/#when-an-account-number-is-posted:~:text=/);
    expect(presented.headings[0].filter((s) => s.match).map((s) => s.text)).toEqual(['account', 'number', 'posted']);
    expect(presented.title.map((s) => s.text).join('')).toBe('Two-factor for every account');
  });
});

describe('filters', () => {
  it('filter and count by track and type, from the manifest', async () => {
    const { hits } = await runQuery(engine, 'guitar');
    const pathsOf = (list: typeof hits) => [...new Set(list.map((hit) => sample.pages[hit.page].path))];
    expect(pathsOf(filterHits(manifest, hits, { track: 'it' }))).toEqual(['/tracks/it/two-factor/']);
    expect(pathsOf(filterHits(manifest, hits, { type: 'case-study' }))).toEqual(['/case-studies/guitar-song/']);
    expect(filterHits(manifest, hits, {})).toEqual(hits);
    const counts = countHits(manifest, hits);
    expect(counts.types.get('module')).toBe(2);
    expect(counts.tracks.get('support')).toBeGreaterThanOrEqual(2);
  });

  it('read from the address, ignoring unknown values', () => {
    expect(filtersFromParams(new URLSearchParams('q=x&track=it&type=glossary'), ['legal', 'it'])).toEqual({ track: 'it', type: 'glossary' });
    expect(filtersFromParams(new URLSearchParams('track=<script>&type=video'), ['legal'])).toEqual({});
  });

  it('write a query string that round-trips', () => {
    const text = searchParams('title:guitar & <b>', { track: 'it', type: 'case-study' });
    expect(text).toBe('?q=title%3Aguitar+%26+%3Cb%3E&track=it&type=case-study');
    expect(new URLSearchParams(text).get('q')).toBe('title:guitar & <b>');
    expect(searchParams('', {})).toBe('');
  });
});

describe('learnerTrack', () => {
  const storage = (value: string | null) => ({ getItem: (key: string) => (key === 'acme:progress' ? value : null) });
  it('reads only the track from stored progress, and only a track the index knows', () => {
    expect(learnerTrack(storage('{"version":1,"track":"support","modules":{}}'), 'acme', ['support'])).toBe('support');
    expect(learnerTrack(storage('{"track":"marketing"}'), 'acme', ['support'])).toBeUndefined();
    expect(learnerTrack(storage('{broken'), 'acme', ['support'])).toBeUndefined();
    expect(learnerTrack(storage('null'), 'acme', ['support'])).toBeUndefined();
    expect(learnerTrack({ getItem: () => { throw new Error('blocked'); } }, 'acme', ['support'])).toBeUndefined();
    expect(learnerTrack(undefined, 'acme', ['support'])).toBeUndefined();
  });
});
