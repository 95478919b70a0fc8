/**
 * The trainer's report of exported progress files (`npm run report`): who completed which track
 * and quiz, with scores. Pure: the script reads the files and writes the outputs.
 */
import { moduleStatus, trackSummary, type TrackOutline } from './course-status.ts';
import { readImport } from './export-import.ts';
import type { Progress } from './progress-schema.ts';

/** A track of the course as the report needs it. */
export interface ReportTrack {
  id: string;
  title: string;
  modules: { id: string; title: string }[];
}

/** A file given to the report: its name and its text (undefined if it could not be read). */
export interface ReportFile {
  name: string;
  text?: string;
  /** Why the text could not be read, if it could not. */
  readError?: string;
}

/** One learner's result on one module's quiz. */
export interface ReportRow {
  learner: string;
  file: string;
  track: string;
  trackCompleted: boolean;
  module: string;
  quizPassed: boolean;
  /** Best score, 0–1; undefined before the first finished attempt. */
  bestScore?: number;
  attempts: number;
  /** Date the quiz was first passed (YYYY-MM-DD). */
  completedOn?: string;
}

/** One learner at a glance. */
export interface LearnerSummary {
  learner: string;
  file: string;
  exportedAt?: string;
  /** Per track the learner started: modules done of all. */
  tracks: { id: string; title: string; done: number; total: number; completed: boolean }[];
}

export interface LearnerReport {
  learners: LearnerSummary[];
  rows: ReportRow[];
  /** Files that are not (readable) progress exports, with the reason. */
  skipped: { file: string; reason: string }[];
}

const outline = (track: ReportTrack): TrackOutline => ({
  id: track.id,
  title: track.title,
  href: '',
  certificateHref: '',
  modules: track.modules.map((m) => ({ ...m, href: '', minutes: 0 })),
});

/** The learner's name from the record, else the file name without its extension. */
const learnerName = (progress: Progress, file: string) => progress.learnerName?.trim() || file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');

/**
 * Builds the report. Files that are not progress exports (not JSON, another format, a newer
 * version, damaged) are listed in `skipped` with the reason and otherwise ignored; nothing throws.
 * A learner appears with every track they started (opened a module of); learners who started
 * nothing appear with no tracks.
 */
export function buildLearnerReport(files: readonly ReportFile[], tracks: readonly ReportTrack[]): LearnerReport {
  const report: LearnerReport = { learners: [], rows: [], skipped: [] };
  for (const file of files) {
    if (file.text === undefined) {
      report.skipped.push({ file: file.name, reason: file.readError ?? 'could not be read' });
      continue;
    }
    const result = readImport(file.text);
    if (!result.ok) {
      report.skipped.push({ file: file.name, reason: result.error });
      continue;
    }
    const { progress } = result;
    const learner = learnerName(progress, file.name);
    const summary: LearnerSummary = { learner, file: file.name, ...(result.exportedAt ? { exportedAt: result.exportedAt } : {}), tracks: [] };
    for (const track of tracks) {
      const status = trackSummary(progress, outline(track));
      if (status.started === 0) continue;
      summary.tracks.push({ id: track.id, title: track.title, done: status.done, total: status.total, completed: status.complete });
      for (const module of track.modules) {
        const moduleState = moduleStatus(progress, module.id);
        report.rows.push({
          learner,
          file: file.name,
          track: track.title,
          trackCompleted: status.complete,
          module: module.title,
          quizPassed: moduleState.state === 'done',
          ...(moduleState.bestScore === undefined ? {} : { bestScore: moduleState.bestScore }),
          attempts: moduleState.attempts,
          ...(moduleState.completed ? { completedOn: moduleState.completed.slice(0, 10) } : {}),
        });
      }
    }
    report.learners.push(summary);
  }
  return report;
}

export const CSV_HEADER = ['Learner', 'File', 'Track', 'Track completed', 'Module', 'Quiz passed', 'Best score (%)', 'Attempts', 'Passed on'] as const;

/** The report's rows as CSV cells, in `CSV_HEADER` order. */
export const csvRows = (report: LearnerReport) =>
  report.rows.map((row) => [
    row.learner,
    row.file,
    row.track,
    row.trackCompleted ? 'yes' : 'no',
    row.module,
    row.quizPassed ? 'yes' : 'no',
    row.bestScore === undefined ? '' : Math.round(row.bestScore * 100),
    row.attempts,
    row.completedOn ?? '',
  ]);

/** Control characters (terminal escape sequences) in names from files shown as `?`. */
const printable = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');

/** The summary table for the terminal: one line per learner, their tracks as done/total. */
export function formatLearnerTable(report: LearnerReport): string {
  const header = ['Learner', 'Tracks (modules passed / all)', 'File'];
  const lines = report.learners.map((l) => [
    printable(l.learner),
    l.tracks.length === 0 ? 'nothing started' : l.tracks.map((t) => `${t.title} ${t.done}/${t.total}${t.completed ? ' ✓ completed' : ''}`).join('; '),
    printable(l.file),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((line) => line[i]!.length)));
  const format = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd();
  return [format(header), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(format)].join('\n');
}
