import { buildSearchIndex, type SearchEntry } from '../../src/search/build-index.ts';
import { loadSearch } from '../../src/search/query.ts';
import type { SearchData } from '../../src/search/search-data.ts';

/** A small course to search: three modules and two case studies with distinct words. */
export const sampleEntries: SearchEntry[] = [
  {
    type: 'module',
    title: 'Records and e-discovery',
    path: '/tracks/legal/records/',
    tracks: ['legal'],
    summary: 'Keep social posts as records and put them under a litigation hold.',
    objectives: ['Explain a litigation hold', 'Archive posts'],
    body: '## Why it matters\n\nCourts treat **posts** as documents. See [the case](/case-studies/guitar-song/).\n\n- Preserve early\n- Ask counsel',
  },
  {
    type: 'module',
    title: 'Two-factor for every account',
    path: '/tracks/it/two-factor/',
    tracks: ['it'],
    summary: 'Turn on two-factor authentication for brand accounts.',
    objectives: ['Enable two-factor', 'Remove shared passwords'],
    body: 'Shared passwords leak. A guitar teacher once said so, but this is about authentication.',
  },
  {
    type: 'module',
    title: 'Answering complaints fast',
    path: '/tracks/support/answering/',
    tracks: ['support'],
    summary: 'Response time targets for social care.',
    objectives: ['Set a response time target', 'Staff for peaks'],
    body: 'Customers expect an answer within the hour. Guitars, pizzas and flights all get complaints.',
  },
  {
    type: 'case-study',
    title: 'A broken guitar becomes a song',
    path: '/case-studies/guitar-song/',
    tracks: ['support', 'executive'],
    company: 'United Airlines',
    year: 2008,
    lesson: 'Small claims handled rigidly can become famous.',
    body: 'A musician’s guitar was broken by baggage handlers. He wrote a song about it.',
  },
  {
    type: 'case-study',
    title: 'A prank video in the kitchen',
    path: '/case-studies/prank-video/',
    tracks: ['marketing'],
    company: 'Domino’s Pizza',
    year: 2009,
    lesson: 'Answer where the story spreads, and fast.',
    body: 'Two employees filmed a prank video. The company’s president answered on YouTube.',
  },
];

/** The sample course built, serialised, parsed and loaded, as the browser gets it. */
export function sampleSearch() {
  const data: SearchData = JSON.parse(JSON.stringify(buildSearchIndex(sampleEntries, [
    { id: 'legal', title: 'Legal', path: '/tracks/legal/' },
    { id: 'it', title: 'IT', path: '/tracks/it/' },
    { id: 'support', title: 'Support', path: '/tracks/support/' },
  ])));
  return { data, search: loadSearch(data) };
}

/** Paths of the hits, best first. */
export const paths = (hits: { document: { path: string } }[]) => hits.map((hit) => hit.document.path);
