import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { CourseFiles } from './check-course.ts';
import type { RawFile } from './parse-files.ts';
import { DEFAULT_SITE_FILE } from './site-file.ts';

/** Paths below `root/dir` ending in `extension`, relative to `root`, with forward slashes. */
function listPaths(root: string, dir: string, extension: string): string[] {
  const absolute = join(root, dir);
  if (!existsSync(absolute)) return [];
  return readdirSync(absolute, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension) && !entry.name.startsWith('_'))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

function listFiles(root: string, dir: string, extension: string): RawFile[] {
  return listPaths(root, dir, extension).map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') }));
}

/** Reads every content file below `root` (the project root or a test fixture). */
export function readCourseFiles(root: string, sitePath = DEFAULT_SITE_FILE): CourseFiles {
  const optional = (path: string) => (existsSync(join(root, path)) ? { path, text: readFileSync(join(root, path), 'utf8') } : undefined);
  return {
    site: optional(sitePath),
    sitePath,
    glossary: optional('content/glossary.yaml'),
    tracks: listFiles(root, 'content/tracks', '.yaml'),
    modules: listFiles(root, 'content/modules', '.mdx'),
    caseStudies: listFiles(root, 'content/case-studies', '.mdx'),
    quizzes: listFiles(root, 'quizzes', '.yaml'),
    worksheets: listFiles(root, 'content/worksheets', '.yaml'),
    guides: listFiles(root, 'content/trainer', '.mdx'),
    simulations: listFiles(root, 'simulations', '.yaml'),
    publicFiles: listPaths(root, 'public', '').map((path) => path.slice('public/'.length)),
  };
}
