import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { fileURLToPath } from 'node:url';
import { checkCourse } from '../course/check-course.ts';
import { formatProblem, formatProblems } from '../course/problems.ts';
import { readCourseFiles } from '../course/read-course-files.ts';
import { buildSettings } from '../build-settings.ts';

/**
 * Validates every content file before Astro loads the collections, so that an author sees all
 * problems at once (Astro itself stops at the first invalid entry), and warns, one line per file,
 * about content due for review and answers a test-wise learner could guess.
 */
export function courseValidation(): AstroIntegration {
  return {
    name: 'course-validation',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const { problems, warnings } = checkCourse(readCourseFiles(fileURLToPath(config.root), buildSettings.siteFile));
        for (const warning of warnings) logger.warn(formatProblem(warning));
        if (problems.length > 0) {
          const error = new AstroError(formatProblems(problems), 'Fix the lines above and build again. content/README.md explains every field and component.');
          // The problems are the author's, not the code's: a stack trace would only hide them.
          error.stack = '';
          throw error;
        }
      },
    },
  };
}
