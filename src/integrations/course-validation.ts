import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { fileURLToPath } from 'node:url';
import { checkCourse } from '../course/check-course.ts';
import { formatProblems } from '../course/problems.ts';
import { readCourseFiles } from '../course/read-course-files.ts';

/**
 * Validates every content file before Astro loads the collections, so that an author sees all
 * problems at once (Astro itself stops at the first invalid entry).
 */
export function courseValidation(): AstroIntegration {
  return {
    name: 'course-validation',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const { problems } = checkCourse(readCourseFiles(fileURLToPath(config.root)));
        if (problems.length > 0) {
          throw new AstroError(formatProblems(problems), 'Fix the lines above and build again. README.md › "Adding a module" explains each field.');
        }
      },
    },
  };
}
