import { POLICY_ID } from './policy-sections.ts';
import { ROADMAP_ID, ROADMAP_TITLE } from './roadmap.ts';

/** A worksheet that closes a track, as the track and module pages link to it. */
export interface WorksheetEntry {
  /** Key in the progress store, `<track>/<slug>`. */
  id: string;
  track: string;
  slug: string;
  title: string;
  /** The link's text on the track page and the track's last module. */
  linkText: string;
  /** One sentence under the link. */
  summary: string;
  /** Root-relative URL (add the base path before use). */
  path: string;
}

const entry = (id: string, fields: Omit<WorksheetEntry, 'id' | 'track' | 'slug' | 'path'>): WorksheetEntry => {
  const [track, slug] = id.split('/') as [string, string];
  return { id, track, slug, path: `/tracks/${track}/${slug}/`, ...fields };
};

export const WORKSHEETS: WorksheetEntry[] = [
  entry(ROADMAP_ID, {
    title: `${ROADMAP_TITLE} worksheet`,
    linkText: 'Finish with the roadmap worksheet',
    summary: 'Write goals, vision, owners and first 90 days for each of the seven steps: one page to print or take away as Markdown.',
  }),
  entry(POLICY_ID, {
    title: 'Policy builder',
    linkText: 'Finish with the policy builder',
    summary: 'Pick and tune the sections of a social media policy, in a US or EU version, and take away a draft with drafting notes for counsel to review.',
  }),
];

/** The worksheet that closes a track, if it has one. */
export const worksheetForTrack = (track: string) => WORKSHEETS.find((worksheet) => worksheet.track === track);

/** The worksheet with this id; the pages use it to build their route only while its track is enabled. */
export function worksheetById(id: string): WorksheetEntry {
  const found = WORKSHEETS.find((worksheet) => worksheet.id === id);
  if (!found) throw new Error(`No worksheet with id ${id}`);
  return found;
}
