import { checkCourse } from '../course/check-course.ts';
import { buildCourseTree } from '../course/course-tree.ts';
import { formatProblems } from '../course/problems.ts';
import { readCourseFiles } from '../course/read-course-files.ts';
import { simulationSearchTexts } from '../simulation/search-text.ts';
import { searchPagesFromCourse } from './build-index.ts';

/**
 * The search pages of a course on disk, read without Astro (for tests and benchmarks). Throws
 * with the course's problems when it does not pass the content checks.
 */
export function searchPagesFromFiles(root: string): ReturnType<typeof searchPagesFromCourse> {
  const course = checkCourse(readCourseFiles(root));
  if (course.problems.length > 0 || !course.site) throw new Error(formatProblems(course.problems));
  const tree = buildCourseTree({ site: course.site, tracks: course.tracks, modules: course.modules, caseStudies: course.caseStudies, quizzes: course.quizzes });
  return searchPagesFromCourse(tree, course.glossary, simulationSearchTexts(course.simulations));
}
