// What every LMS package of the course shares (SCORM: scripts/package-scorm.ts, cmi5:
// scripts/package-cmi5.ts): the course checked once, one build per track with a marker base path,
// relative links to explicit index.html files, a refusal of anything an LMS would break, and a zip.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { zipSync } from 'fflate';
import { checkLinks } from './link-check.ts';
import { checkCourse } from '../../src/course/check-course.ts';
import { readCourseFiles } from '../../src/course/read-course-files.ts';
import { isTextFile, packageProblems, PACKAGE_BASE_MARKER, relativiseText } from '../../src/lms/relative-site.ts';

export const root = resolve(import.meta.dirname, '../..');

/** Prints `<script>: message` and exits with 1. */
export const failWith = (script: string) => (message: string): never => {
  console.error(`${script}: ${message}`);
  process.exit(1);
};

/** The checked course and the tracks to package (`--track` values, or every enabled track). */
export function courseToPackage(fail: (message: string) => never, requested: string[] | undefined) {
  const course = checkCourse(readCourseFiles(root));
  if (course.problems.length > 0 || !course.site) fail('the course content has problems: run `npm run build` to see them.');
  const site = course.site!;
  const tracks = requested ?? site.enabledTracks;
  for (const id of tracks) if (!site.enabledTracks.includes(id as never)) fail(`"${id}" is not an enabled track (enabled: ${site.enabledTracks.join(', ')})`);
  return { course, site, tracks };
}

/** Every file of a folder: relative path (with /) → contents. */
function readTree(dir: string): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    files.set(relative(dir, full).split(sep).join('/'), readFileSync(full));
  }
  return files;
}

/**
 * Builds the course for one package (`env`: ENABLED_TRACKS, STORAGE_NAMESPACE and the package
 * kind's own flag) and returns its files with relative links; fails if any link would break in an LMS.
 */
export function buildPackageFiles(fail: (message: string) => never, name: string, outDir: string, env: Record<string, string>): Map<string, Uint8Array> {
  mkdirSync(outDir, { recursive: true });
  const buildDir = join(outDir, `.build-${name}`);
  const build = spawnSync('npx', ['astro', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BASE_PATH: PACKAGE_BASE_MARKER, OUT_DIR: buildDir, ...env },
  });
  if (build.status !== 0) fail(`the build of ${name} failed`);

  const files = readTree(buildDir);
  rmSync(buildDir, { recursive: true, force: true });
  const texts = new Map<string, string>();
  for (const [path, bytes] of files) {
    if (!isTextFile(path)) continue;
    const text = relativiseText(path, new TextDecoder().decode(bytes));
    texts.set(path, text);
    files.set(path, new TextEncoder().encode(text));
  }
  // An LMS serves the package from any path, often without index files: refuse a package that would break there.
  const problems = [
    ...packageProblems(texts).map((p) => `${p.file}: ${p.reference} is not a relative link to a file`),
    ...checkLinks([...files.keys()].map((path) => ({ path, html: path.endsWith('.html') ? texts.get(path) : undefined })), '/').map((p) => `${p.page}: ${p.target} — ${p.reason}`),
  ];
  if (problems.length > 0) fail(`${name} would not work in an LMS:\n  ${problems.slice(0, 20).join('\n  ')}`);
  return files;
}

/** Zips the files into `<outDir>/<name>.zip` and says so. */
export function writePackage(name: string, outDir: string, files: Map<string, Uint8Array>): string {
  const zip = zipSync(Object.fromEntries(files), { level: 9 });
  const zipPath = join(outDir, `${name}.zip`);
  writeFileSync(zipPath, zip);
  console.log(`${name}: ${files.size} files, ${(zip.length / 1024).toFixed(0)} KB → ${relative(root, zipPath)}`);
  return zipPath;
}
