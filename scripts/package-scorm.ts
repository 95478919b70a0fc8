// Builds one SCORM package (a zip) per enabled track, for a company LMS.
//   npm run package:scorm                        SCORM 1.2 packages of every track enabled in content/site.yaml
//   npm run package:scorm -- --scorm 2004        SCORM 2004 4th Edition instead (--scorm both for both)
//   npm run package:scorm -- --track executive   only some tracks (repeat --track)
//   npm run package:scorm -- --out other-folder  somewhere other than scorm/
//   npm run package:scorm -- --scorm12-status completed
//                                                SCORM 1.2 packages report a passed track as "completed"
//                                                (for an LMS that counts only "completed" as done)
// Each package is a build of the course limited to its track (ENABLED_TRACKS), with its own
// browser storage namespace, relative links to explicit index.html files, and a launch page that
// talks to the LMS (src/lms/).
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { manifestProblems, schemaFiles } from './lib/manifest-schemas.ts';
import { buildPackageFiles, courseToPackage, failWith, root, writePackage } from './lib/package-site.ts';
import { buildManifest } from '../src/lms/scorm-manifest.ts';
import { SCORM_VERSIONS, type ScormVersion } from '../src/lms/scorm-report.ts';
import { DEFAULT_STORAGE_NAMESPACE } from '../src/progress/safe-storage.ts';
import { pageFile, scormLaunchPath } from '../src/course/routes.ts';

const { values } = parseArgs({
  options: {
    track: { type: 'string', multiple: true },
    scorm: { type: 'string', default: '1.2' },
    out: { type: 'string', default: 'scorm' },
    'scorm12-status': { type: 'string', default: 'passed' },
  },
});

const fail = failWith('package:scorm');
const { course, site, tracks } = courseToPackage(fail, values.track);
const versions: ScormVersion[] = values.scorm === 'both' ? [...SCORM_VERSIONS] : SCORM_VERSIONS.includes(values.scorm as ScormVersion) ? [values.scorm as ScormVersion] : fail(`--scorm must be 1.2, 2004 or both, not "${values.scorm}"`);
const outDir = resolve(root, values.out);
const scorm12Status = values['scorm12-status'];
if (scorm12Status !== 'passed' && scorm12Status !== 'completed') fail(`--scorm12-status must be passed or completed, not "${scorm12Status}"`);

for (const trackId of tracks) {
  const track = course.tracks.find((t) => t.id === trackId)!;
  for (const version of versions) {
    const name = `social-literacy-academy-${trackId}-scorm${version.replace('.', '')}`;
    console.log(`\n${name}: building ${track.data.title} for SCORM ${version} …`);
    const files = buildPackageFiles(fail, name, outDir, {
      ENABLED_TRACKS: trackId,
      SCORM_VERSION: version,
      ...(version === '1.2' && scorm12Status === 'completed' ? { SCORM12_STATUS: 'completed' } : {}),
      // Every package on an LMS shares one browser origin: each keeps its progress apart.
      STORAGE_NAMESPACE: `${DEFAULT_STORAGE_NAMESPACE}-scorm-${trackId}`,
    });
    const manifest = buildManifest({
      version,
      identifier: `social-literacy-academy-${trackId}`,
      title: `${track.data.title} · ${site.title}`,
      launch: pageFile(scormLaunchPath()),
      files: [...files.keys()],
    });
    // The official schema files the manifest names, at the package root (ADL's conformance test suite looks for them there).
    for (const [file, bytes] of schemaFiles(version)) {
      if (files.has(file)) fail(`${name}: the course build has a file ${file} where the package's schema file goes`);
      files.set(file, bytes);
    }
    const problems = await manifestProblems(version, manifest);
    if (problems.length > 0) fail(`${name}: the manifest does not validate against the SCORM ${version} schemas:\n  ${problems.join('\n  ')}`);
    files.set('imsmanifest.xml', new TextEncoder().encode(manifest));
    writePackage(name, outDir, files);
  }
}
