// Builds one SCORM package (a zip) per enabled track, for a company LMS.
//   npm run package:scorm                        SCORM 1.2 packages of every track enabled in content/site.yaml
//   npm run package:scorm -- --scorm 2004        SCORM 2004 4th Edition instead (--scorm both for both)
//   npm run package:scorm -- --track executive   only some tracks (repeat --track)
//   npm run package:scorm -- --out other-folder  somewhere other than scorm/
// Each package is a build of the course limited to its track (ENABLED_TRACKS), with its own
// browser storage namespace, relative links to explicit index.html files, and a launch page that
// talks to the LMS (src/lms/).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { zipSync } from 'fflate';
import { checkLinks } from './lib/link-check.ts';
import { checkCourse } from '../src/course/check-course.ts';
import { readCourseFiles } from '../src/course/read-course-files.ts';
import { buildManifest } from '../src/lms/scorm-manifest.ts';
import { SCORM_VERSIONS, type ScormVersion } from '../src/lms/scorm-report.ts';
import { isTextFile, packageProblems, PACKAGE_BASE_MARKER, relativiseText } from '../src/lms/relative-site.ts';
import { DEFAULT_STORAGE_NAMESPACE } from '../src/progress/safe-storage.ts';

const { values } = parseArgs({
  options: {
    track: { type: 'string', multiple: true },
    scorm: { type: 'string', default: '1.2' },
    out: { type: 'string', default: 'scorm' },
  },
});

const fail = (message: string): never => {
  console.error(`package:scorm: ${message}`);
  process.exit(1);
};

const root = resolve(import.meta.dirname, '..');
const course = checkCourse(readCourseFiles(root));
if (course.problems.length > 0 || !course.site) fail('the course content has problems: run `npm run build` to see them.');
const site = course.site!;
const versions: ScormVersion[] = values.scorm === 'both' ? [...SCORM_VERSIONS] : SCORM_VERSIONS.includes(values.scorm as ScormVersion) ? [values.scorm as ScormVersion] : fail(`--scorm must be 1.2, 2004 or both, not "${values.scorm}"`);
const tracks = values.track ?? site.enabledTracks;
for (const id of tracks) if (!site.enabledTracks.includes(id as never)) fail(`"${id}" is not an enabled track (enabled: ${site.enabledTracks.join(', ')})`);

const outDir = resolve(root, values.out);
mkdirSync(outDir, { recursive: true });

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

for (const trackId of tracks) {
  const track = course.tracks.find((t) => t.id === trackId)!;
  for (const version of versions) {
    const name = `social-literacy-academy-${trackId}-scorm${version.replace('.', '')}`;
    const buildDir = join(outDir, `.build-${name}`);
    console.log(`\n${name}: building ${track.data.title} for SCORM ${version} …`);
    const build = spawnSync('npx', ['astro', 'build'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        BASE_PATH: PACKAGE_BASE_MARKER,
        OUT_DIR: buildDir,
        ENABLED_TRACKS: trackId,
        SCORM_VERSION: version,
        // Every package on an LMS shares one browser origin: each keeps its progress apart.
        STORAGE_NAMESPACE: `${DEFAULT_STORAGE_NAMESPACE}-scorm-${trackId}`,
      },
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

    const manifest = buildManifest({
      version,
      identifier: `social-literacy-academy-${trackId}`,
      title: `${track.data.title} · ${site.title}`,
      launch: 'scorm-launch/index.html',
      files: [...files.keys()],
    });
    files.set('imsmanifest.xml', new TextEncoder().encode(manifest));
    const zip = zipSync(Object.fromEntries(files), { level: 9 });
    const zipPath = join(outDir, `${name}.zip`);
    writeFileSync(zipPath, zip);
    console.log(`${name}: ${files.size} files, ${(zip.length / 1024).toFixed(0)} KB → ${relative(root, zipPath)}`);
  }
}
