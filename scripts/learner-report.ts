// The trainer's report of learners' exported progress files.
//   npm run report -- <files or folders …> [--out learner-report.csv]
// Prints one line per learner (tracks started, modules passed, completed tracks, the final check,
// the policy confirmation and the certificate's verification code; files edited after export are
// flagged), lists files that are not progress exports and why, and writes a CSV with one row per
// learner and module.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkCourse } from '../src/course/check-course.ts';
import { readCourseFiles } from '../src/course/read-course-files.ts';
import { TRACK_IDS } from '../src/course/schemas/common.ts';
import { MAX_IMPORT_BYTES } from '../src/progress/export-import.ts';
import { quizHash } from '../src/quiz/quiz-hash.ts';
import { buildLearnerReport, CSV_HEADER, csvRows, formatLearnerTable, type ReportFile, type ReportTrack } from '../src/progress/learner-report.ts';
import { toCsv } from '../src/progress/csv.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string', default: 'learner-report.csv' } } });
if (positionals.length === 0) {
  console.error('Usage: npm run report -- <exported progress files or folders …> [--out learner-report.csv]');
  process.exit(2);
}

const root = resolve(import.meta.dirname, '..');
const course = checkCourse(readCourseFiles(root));
const moduleTitle = new Map(course.modules.map((m) => [`${m.track}/${m.id.split('/').pop()}`, m.data.title]));
const site = course.site;
const tracks: ReportTrack[] = TRACK_IDS.flatMap((id) => {
  const track = course.tracks.find((t) => t.id === id);
  if (!track) return [];
  const final = course.finalChecks.find((f) => f.id === id);
  const policy = site?.policy;
  return [
    {
      id,
      title: track.data.title,
      modules: track.data.modules.map((slug) => ({ id: `${id}/${slug}`, title: moduleTitle.get(`${id}/${slug}`) ?? slug })),
      // The same fingerprint the final-check page gives the pool (src/pages/tracks/[track]/final.astro).
      ...(final ? { finalCheck: { contentVersion: quizHash(final.data) } } : {}),
      ...(site ? { certificateRequires: site.certificateRequires } : {}),
      ...(policy && site?.attestation?.track === id ? { attestation: { title: policy.title, ...(policy.version ? { version: policy.version } : {}) } } : {}),
    },
  ];
});

/** Reads one file, never throwing: what went wrong becomes the reason it is skipped. */
function readOne(path: string, name: string): ReportFile {
  try {
    const size = statSync(path).size;
    if (size > MAX_IMPORT_BYTES) return { name, readError: `is ${(size / 1e6).toFixed(1)} MB, too large to be a progress export` };
    return { name, text: readFileSync(path, 'utf8') };
  } catch (error) {
    return { name, readError: `could not be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
}

const files: ReportFile[] = [];
for (const given of positionals) {
  const path = resolve(given);
  let isFolder = false;
  try {
    isFolder = statSync(path).isDirectory();
  } catch {
    files.push({ name: given, readError: 'does not exist' });
    continue;
  }
  if (!isFolder) {
    files.push(readOne(path, given));
    continue;
  }
  for (const entry of readdirSync(path, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.isFile() && !entry.name.startsWith('.')) files.push(readOne(join(path, entry.name), join(given, entry.name)));
  }
}

const report = buildLearnerReport(files, tracks);
console.log(report.learners.length > 0 ? formatLearnerTable(report) : 'No progress files found.');
if (report.skipped.length > 0) {
  console.log(`\nSkipped ${report.skipped.length} file${report.skipped.length === 1 ? '' : 's'} that ${report.skipped.length === 1 ? 'is not a' : 'are not'} progress export${report.skipped.length === 1 ? '' : 's'}:`);
  for (const { file, reason } of report.skipped) console.log(`  ${file}: ${reason}`);
}
const out = resolve(values.out);
writeFileSync(out, toCsv(CSV_HEADER, csvRows(report)));
console.log(`\n${report.learners.length} learner${report.learners.length === 1 ? '' : 's'}, ${report.rows.length} rows: CSV written to ${relative(process.cwd(), out).startsWith('..') ? out : relative(process.cwd(), out)}`);
