// Builds one cmi5 course package (a zip) per enabled track, for an LMS that launches cmi5 AUs and
// an LRS that records what they send.
//   npm run package:cmi5                        every track enabled in content/site.yaml, in cmi5/
//   npm run package:cmi5 -- --track executive   only some tracks (repeat --track)
//   npm run package:cmi5 -- --out other-folder  somewhere other than cmi5/
// Each package is a build of the course limited to its track, with its own browser storage
// namespace, relative links (as the SCORM packages: scripts/lib/package-site.ts), a launch page
// that holds the AU session (src/lms/cmi5-launch.ts) and cmi5.xml: one course, one AU.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildPackageFiles, courseToPackage, failWith, root, writePackage } from './lib/package-site.ts';
import { buildCourseStructure } from '../src/lms/cmi5-course-structure.ts';
import { auCriteriaFor } from '../src/lms/cmi5-rules.ts';
import { activityIds } from '../src/lms/xapi-statements.ts';
import { DEFAULT_STORAGE_NAMESPACE } from '../src/progress/safe-storage.ts';
import { cmi5LaunchPath, pageFile } from '../src/course/routes.ts';

const { values } = parseArgs({
  options: {
    track: { type: 'string', multiple: true },
    out: { type: 'string', default: 'cmi5' },
  },
});

const fail = failWith('package:cmi5');
const { course, site, tracks } = courseToPackage(fail, values.track);
const outDir = resolve(root, values.out);

for (const trackId of tracks) {
  const track = course.tracks.find((t) => t.id === trackId)!;
  const name = `social-literacy-academy-${trackId}-cmi5`;
  console.log(`\n${name}: building ${track.data.title} for cmi5 …`);
  const files = buildPackageFiles(fail, name, outDir, {
    ENABLED_TRACKS: trackId,
    CMI5_PACKAGE: '1',
    // Every package on an LMS shares one browser origin: each keeps its progress apart.
    STORAGE_NAMESPACE: `${DEFAULT_STORAGE_NAMESPACE}-cmi5-${trackId}`,
  });
  const moduleIds = track.data.modules.map((slug) => `${trackId}/${slug}`);
  const criteria = auCriteriaFor(site, { id: trackId, moduleIds, hasFinalCheck: course.finalChecks.some((final) => final.id === trackId) });
  const ids = activityIds(site.xapi.activityIdBase, trackId);
  const structure = buildCourseStructure({
    courseId: ids.course,
    auId: ids.au,
    title: `${track.data.title} · ${site.title}`,
    description: track.data.summary,
    url: pageFile(cmi5LaunchPath()),
    moveOn: 'CompletedAndPassed',
    masteryScore: criteria.masteryScore,
  });
  files.set('cmi5.xml', new TextEncoder().encode(structure));
  writePackage(name, outDir, files);
}
