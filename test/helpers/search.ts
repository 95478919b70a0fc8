import { fileURLToPath } from 'node:url';
import { buildSearchFiles, type SearchPage } from '../../src/search/build-index.ts';
import { searchPagesFromFiles } from '../../src/search/index-course-files.ts';
import type { SearchTrack } from '../../src/search/search-data.ts';

/** A course's search files served from memory: `file(path)` reads a path of the hashed folder, parsed, as the browser gets it. */
export function servedSearch(pages: SearchPage[], tracks: SearchTrack[] = []) {
  const built = buildSearchFiles(pages, tracks);
  const folder = built.manifest.slice(0, -'index.json'.length);
  const fetched: string[] = [];
  const file = async (path: string): Promise<unknown> => {
    const body = built.files.get(folder + path);
    fetched.push(path);
    if (body === undefined) throw new Error(`no file ${path}`);
    return JSON.parse(body);
  };
  return { ...built, pages, tracks, folder, file, fetched };
}

let shipped: ReturnType<typeof servedSearch> | undefined;
/** The shipped course's search files (built once per test file). */
export function shippedSearch() {
  if (!shipped) {
    const { pages, tracks } = searchPagesFromFiles(fileURLToPath(new URL('../../', import.meta.url)));
    shipped = servedSearch(pages, tracks);
  }
  return shipped;
}

/** A small course to search: three modules, two case studies and a glossary entry with distinct words. */
export const samplePages: SearchPage[] = [
  {
    type: 'module',
    title: 'Records and e-discovery',
    path: '/tracks/legal/records/',
    tracks: ['legal'],
    lead: ['Keep social posts as records and put them under a litigation hold.', 'Explain a litigation hold', 'Archive posts'],
    body: 'Opening words.\n\n## Why it matters\n\nCourts treat **posts** as documents. See [the case](/case-studies/guitar-song/).\n\n- Preserve early\n- Ask counsel\n\n## The hold\n\n### Who sends it\n\nCounsel sends the litigation hold notice.',
  },
  {
    type: 'module',
    title: 'Two-factor for every account',
    path: '/tracks/it/two-factor/',
    tracks: ['it'],
    lead: ['Turn on two-factor authentication for brand accounts.', 'Enable two-factor', 'Remove shared passwords'],
    body: 'Shared passwords leak. A guitar teacher once said so, but this is about authentication.\n\n## When an account number is posted\n\nHide the post that shows the account number, then reply in private.',
  },
  {
    type: 'module',
    title: 'Answering complaints fast',
    path: '/tracks/support/answering/',
    tracks: ['support'],
    lead: ['Response time targets for social care.', 'Set a response time target', 'Staff for peaks'],
    body: 'Customers expect an answer within the hour. Guitars, pizzas and flights all get complaints.\n\n## Numbers in public\n\nA customer posts an account number in public: hide it and move to a private message.',
  },
  {
    type: 'case-study',
    title: 'A broken guitar becomes a song',
    path: '/case-studies/guitar-song/',
    tracks: ['support', 'executive'],
    company: 'United Airlines',
    year: 2008,
    lead: ['Small claims handled rigidly can become famous.'],
    body: '## What happened\n\nA musician’s guitar was broken by baggage handlers. He wrote a song about it.',
  },
  {
    type: 'case-study',
    title: 'A prank video in the kitchen',
    path: '/case-studies/prank-video/',
    tracks: ['marketing'],
    company: 'Domino’s Pizza',
    year: 2009,
    lead: ['Answer where the story spreads, and fast.'],
    body: '## What happened\n\nTwo employees filmed a prank video. The company’s president answered on YouTube.',
  },
  {
    type: 'glossary',
    title: 'Glossary',
    path: '/glossary/',
    tracks: ['legal'],
    lead: [],
    sections: [{ heading: 'Litigation hold', parents: [], anchor: 'litigation-hold', blocks: ['A notice to keep every record a lawsuit may need.'], aliases: ['legal hold'] }],
  },
];

export const sampleTracks: SearchTrack[] = [
  { id: 'legal', title: 'Legal', path: '/tracks/legal/' },
  { id: 'it', title: 'IT', path: '/tracks/it/' },
  { id: 'support', title: 'Support', path: '/tracks/support/' },
];

/** The sample course, served from memory. */
export const sampleSearch = () => servedSearch(samplePages, sampleTracks);
