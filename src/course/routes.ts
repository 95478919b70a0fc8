/**
 * Every path of the site, root-relative (`/tracks/it/`), and the names the page folders reserve.
 * Pages, components, islands and modules build links here and nowhere else; `url()` (src/lib/url.ts)
 * adds the deployment base path as the last step. Framework-free: no Astro, no React.
 *
 * The page files in src/pages give each route its place; test/unit/course/routes.test.ts checks that
 * each path built here is one the build writes a page for.
 */
import type { Theme, TrackId } from './schemas/common.ts';

/** The track everyone takes (the course's common start): working in it does not make it the learner's role track. */
export const EVERYONE_TRACK = 'foundations' satisfies TrackId;

/** A track's final check: its page (`/tracks/<track>/final/`) and its file in the track's quiz folder. */
export const FINAL_CHECK_SLUG = 'final';
/** A track's printable handout (`/tracks/<track>/handout/`). */
export const HANDOUT_SLUG = 'handout';
/** The legal track's policy builder, the one worksheet page with code of its own. */
export const POLICY_BUILDER_TRACK = 'legal' satisfies TrackId;
export const POLICY_BUILDER_SLUG = 'policy-builder';
/** Worksheet pages with code of their own, as `<track>/<slug>` (the others are content/worksheets/*.yaml). */
export const CODE_WORKSHEET_IDS = [`${POLICY_BUILDER_TRACK}/${POLICY_BUILDER_SLUG}`] as const;

/**
 * Pages that live beside every track's modules (its handout, final check and the worksheets with
 * code of their own); a module may not take their names. A worksheet written as content reserves its
 * slug in its own track (src/course/check-course.ts).
 */
export const RESERVED_MODULE_SLUGS: readonly string[] = [HANDOUT_SLUG, FINAL_CHECK_SLUG, ...CODE_WORKSHEET_IDS.map((id) => id.split('/')[1]!)];

/** The trainer's certificate check (`/trainer/certificate-check/`), a page with code of its own. */
export const CERTIFICATE_CHECK_SLUG = 'certificate-check';
/** Pages of the trainer's guide with code of their own; a guide written as content may not take their names. */
export const RESERVED_GUIDE_SLUGS: readonly string[] = [CERTIFICATE_CHECK_SLUG];

/** `#anchor`, or nothing for no anchor. */
const hash = (anchor?: string) => (anchor ? `#${anchor}` : '');

export const homePath = () => '/';
/** A file in the public folder (`favicon.svg`, the organisation's logo), at the site's root. */
export const assetPath = (file: string) => `/${file.replace(/^\/+/, '')}`;

export const trackPath = (track: string) => `/tracks/${track}/`;
/** A module's page, or one of its sections with `anchor` (a heading's slug). */
export const modulePath = (track: string, slug: string, anchor?: string) => `${trackPath(track)}${slug}/${hash(anchor)}`;
export const finalCheckPath = (track: string) => modulePath(track, FINAL_CHECK_SLUG);
export const handoutPath = (track: string) => modulePath(track, HANDOUT_SLUG);
/** A worksheet page: a content worksheet's slug, or one with code of its own (POLICY_BUILDER_SLUG). */
export const worksheetPath = (track: string, slug: string) => modulePath(track, slug);
export const certificatePath = (track: string) => `/certificate/${track}/`;

/** A view of the case library: every case, or those for one role, one theme, or both. */
export interface LibraryFilter {
  role?: TrackId;
  theme?: Theme;
}
/** The case library, or one of its views: /case-studies/[role/<role>/][theme/<theme>/]. */
export const libraryPath = ({ role, theme }: LibraryFilter = {}) => `/case-studies/${role ? `role/${role}/` : ''}${theme ? `theme/${theme}/` : ''}`;
export const caseStudyPath = (id: string) => `${libraryPath()}${id}/`;

/** The glossary, or one entry on it. */
export const glossaryPath = (entryId?: string) => `/glossary/${hash(entryId)}`;

export const simulationsPath = () => '/simulations/';
export const simulationPath = (id: string) => `${simulationsPath()}${id}/`;
/** A simulation's printable script and debrief, for the trainer. */
export const simulationDebriefPath = (id: string) => `${simulationPath(id)}debrief/`;

/** The trainer's guide, or one of its pages (a guide's slug, or CERTIFICATE_CHECK_SLUG). */
export const trainerPath = (guide?: string) => `/trainer/${guide ? `${guide}/` : ''}`;
export const certificateCheckPath = () => trainerPath(CERTIFICATE_CHECK_SLUG);

/** The search page, or its deep link for `query` (`/search/?q=…`); filters are src/search/filters.ts. */
export const searchPath = (query?: string) => `/search/${query ? `?${new URLSearchParams({ q: query })}` : ''}`;
export const progressPath = () => '/progress/';

/** The page an LMS launches in a SCORM package build (src/integrations/scorm-launch.ts). */
export const scormLaunchPath = () => '/scorm-launch/';
/** The page an LMS launches in a cmi5 package build (src/integrations/cmi5-launch.ts). */
export const cmi5LaunchPath = () => '/cmi5-launch/';
/** A route as Astro's `injectRoute` takes it: no trailing slash (`/scorm-launch`). */
export const routePattern = (path: string) => path.replace(/(.)\/$/, '$1');
/** The file a path's page is written to, relative to the output folder (`scorm-launch/index.html`). */
export const pageFile = (path: string) => `${path.replace(/^\/+/, '')}index.html`;
