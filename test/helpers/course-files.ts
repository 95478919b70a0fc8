import { fileURLToPath } from 'node:url';
import type { CourseFiles } from '../../src/course/check-course.ts';
import { readCourseFiles } from '../../src/course/read-course-files.ts';

export const fixtureRoot = (name: string) => fileURLToPath(new URL(`../fixtures/${name}/`, import.meta.url));

/** The valid fixture course, freshly read so a test may change it. */
export const validCourse = (): CourseFiles => readCourseFiles(fixtureRoot('course-valid'));

type Kind = Exclude<keyof CourseFiles, 'site' | 'sitePath' | 'glossary' | 'publicFiles'>;

/** Returns `files` with the text of one file replaced via `edit` (it must change something). */
export function editFile(files: CourseFiles, path: string, edit: (text: string) => string): CourseFiles {
  if (files.site?.path === path) return { ...files, site: { path, text: change(files.site.text, edit, path) } };
  if (files.glossary?.path === path) return { ...files, glossary: { path, text: change(files.glossary.text, edit, path) } };
  const kinds: Kind[] = ['tracks', 'modules', 'caseStudies', 'quizzes', 'worksheets', 'guides', 'simulations'];
  const kind = kinds.find((k) => files[k].some((f) => f.path === path));
  if (!kind) throw new Error(`no fixture file ${path}`);
  return { ...files, [kind]: files[kind].map((f) => (f.path === path ? { path, text: change(f.text, edit, path) } : f)) };
}

/** Returns `files` with one more file of the given kind. */
export function addFile(files: CourseFiles, kind: Kind, path: string, text: string): CourseFiles {
  return { ...files, [kind]: [...files[kind], { path, text }] };
}

function change(text: string, edit: (text: string) => string, path: string) {
  const changed = edit(text);
  if (changed === text) throw new Error(`the edit of ${path} changed nothing`);
  return changed;
}

export const MODULE = 'content/modules/foundations/first-steps.mdx';
export const QUIZ = 'quizzes/foundations/first-steps.yaml';
export const TRACK = 'content/tracks/foundations.yaml';
export const CASE = 'content/case-studies/fixture-case.mdx';
export const SITE = 'content/site.yaml';
export const GLOSSARY = 'content/glossary.yaml';
export const FINAL = 'quizzes/foundations/final.yaml';
