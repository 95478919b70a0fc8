import type { WorksheetDefinition } from '../course/schemas/worksheet.ts';
import { worksheetPath } from '../course/routes.ts';
import { POLICY_ID } from './policy-sections.ts';

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
  /** Minutes to fill it in, counted in the track's time. */
  minutes: number;
  /** Root-relative URL (add the base path before use). */
  path: string;
  /** How the page is built: from a content definition, or by its own island. */
  kind: 'form' | 'policy-builder';
}

const entry = (id: string, fields: Omit<WorksheetEntry, 'id' | 'track' | 'slug' | 'path'>): WorksheetEntry => {
  const [track, slug] = id.split('/') as [string, string];
  return { id, track, slug, path: worksheetPath(track, slug), ...fields };
};

/** Worksheets with their own code; the others are content (content/worksheets/*.yaml). */
export const CODE_WORKSHEETS: WorksheetEntry[] = [
  entry(POLICY_ID, {
    title: 'Policy builder',
    linkText: 'Finish with the policy builder',
    summary: 'Pick and tune the sections of a social media policy, in a US, EU or UK version, and take away a draft with drafting notes for counsel to review.',
    minutes: 20,
    kind: 'policy-builder',
  }),
];

/** The catalog entry of a worksheet written as content. */
export const formWorksheetEntry = (definition: WorksheetDefinition): WorksheetEntry =>
  entry(`${definition.track}/${definition.slug}`, {
    title: definition.title,
    linkText: definition.linkText,
    summary: definition.summary,
    minutes: definition.minutes,
    kind: 'form',
  });

/** Every worksheet: those with code of their own, then those written as content. */
export const allWorksheets = (definitions: readonly WorksheetDefinition[]) => [...CODE_WORKSHEETS, ...definitions.map(formWorksheetEntry)];
