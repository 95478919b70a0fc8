import { getCollection, getEntry } from 'astro:content';
import { buildSettings } from './build-settings.ts';
import { buildCourseTree } from './course/course-tree.ts';
import { enabledTracksFor } from './course/enabled-tracks.ts';
import { sortGlossary } from './course/glossary.ts';

/** Loads every collection once per build and arranges it into the course tree. */
async function loadCourse() {
  const site = await getEntry('site', 'site');
  if (!site) throw new Error('the site settings (content/site.yaml or SITE_FILE) did not load');
  const [tracks, modules, caseStudies, quizzes, finalChecks, worksheets, glossary] = await Promise.all([
    getCollection('tracks'),
    getCollection('modules'),
    getCollection('caseStudies'),
    getCollection('quizzes'),
    getCollection('finalChecks'),
    getCollection('worksheets'),
    getCollection('glossary'),
  ]);
  // ENABLED_TRACKS (build time) overrides site.yaml, e.g. for one SCORM package per track.
  const enabledTracks = enabledTracksFor(site.data.enabledTracks, buildSettings.enabledTracksOverride);
  const tree = buildCourseTree({ site: { ...site.data, enabledTracks }, tracks, modules, caseStudies, quizzes, finalChecks, worksheets });
  return { ...tree, glossary: sortGlossary(glossary.map((entry) => entry.data)) };
}

let course: ReturnType<typeof loadCourse> | undefined;
export const getCourse = () => (course ??= loadCourse());

export type Course = Awaited<ReturnType<typeof loadCourse>>;
export type CourseTrackNode = Course['tracks'][number];
export type CourseModuleNode = CourseTrackNode['modules'][number];
