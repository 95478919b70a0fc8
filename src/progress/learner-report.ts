/**
 * The trainer's report of exported progress files (`npm run report`): who completed which track
 * and quiz, with scores, the final check, the policy confirmation and the certificate's
 * verification code. Pure: the script reads the files and writes the outputs.
 */
import { certificateFacts, certificateStatus, verificationCode } from './certificate.ts';
import { finalCheckStatus, moduleStatus, trackSummary, type TrackOutline } from './course-status.ts';
import { readImport, type ChecksumState } from './export-import.ts';
import type { Attestation, Progress } from './progress-schema.ts';

/** A track of the course as the report needs it. */
export interface ReportTrack {
  id: string;
  title: string;
  modules: { id: string; title: string }[];
  /** The final check's pool edition (its fingerprint) as the course ships it, if the track has one. */
  finalCheck?: { contentVersion: string };
  certificateRequires?: TrackOutline['certificateRequires'];
  /** The policy the track's learners confirm, if any. */
  attestation?: TrackOutline['attestation'];
}

/** A learner's final check of one track. */
export interface ReportFinal {
  passed: boolean;
  /** Best score, 0–1. */
  best: number;
  attempts: number;
  /** Edition of the pool of the best attempt, and whether it is the one the course ships now. */
  contentVersion: string;
  currentEdition?: boolean;
  /** Day first passed (YYYY-MM-DD). */
  passedOn?: string;
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
  /** The track's final check, if the learner took it. */
  final?: ReportFinal;
  /** The certificate's verification code, once the certificate is complete and named. */
  code?: string;
  /** The policy confirmation for this track, if given. */
  attestation?: Attestation;
  /** Whether the file still states what was exported. */
  checksum: ChecksumState;
}

/** One learner at a glance. */
export interface LearnerSummary {
  learner: string;
  file: string;
  exportedAt?: string;
  checksum: ChecksumState;
  /** Per track the learner started: modules done of all, the final check, the certificate. */
  tracks: { id: string; title: string; done: number; total: number; completed: boolean; final?: ReportFinal; code?: string; attestation?: Attestation }[];
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
  ...(track.finalCheck ? { finalCheck: { href: '', minutes: 0, passMark: 0, retakeAfterMinutes: 0, contentVersion: track.finalCheck.contentVersion } } : {}),
  ...(track.certificateRequires ? { certificateRequires: track.certificateRequires } : {}),
  ...(track.attestation ? { attestation: track.attestation } : {}),
});

/** The final check of a track as the report states it, if the learner took it. */
function reportFinal(progress: Progress, track: TrackOutline): ReportFinal | undefined {
  const status = finalCheckStatus(progress, track.id);
  if (!status.best) return undefined;
  return {
    passed: status.passed !== undefined,
    best: status.best.score,
    attempts: status.attempts,
    contentVersion: status.best.contentVersion,
    ...(track.finalCheck ? { currentEdition: status.best.contentVersion === track.finalCheck.contentVersion } : {}),
    ...(status.passed ? { passedOn: status.passed.date.slice(0, 10) } : {}),
  };
}

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
    const summary: LearnerSummary = { learner, file: file.name, ...(result.exportedAt ? { exportedAt: result.exportedAt } : {}), checksum: result.checksum, tracks: [] };
    for (const track of tracks) {
      const trackOutline = outline(track);
      const status = trackSummary(progress, trackOutline);
      const final = reportFinal(progress, trackOutline);
      if (status.started === 0 && !final) continue;
      const certificate = certificateStatus(progress, trackOutline);
      const code = certificate.complete && progress.learnerName ? verificationCode(certificateFacts(progress.learnerName, track.id, certificate)) : undefined;
      const attestation = progress.attestations[track.id];
      const extra = { ...(final ? { final } : {}), ...(code ? { code } : {}), ...(attestation ? { attestation } : {}) };
      summary.tracks.push({ id: track.id, title: track.title, done: status.done, total: status.total, completed: status.complete, ...extra });
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
          ...extra,
          checksum: result.checksum,
        });
      }
    }
    report.learners.push(summary);
  }
  return report;
}

export const CSV_HEADER = [
  'Learner',
  'File',
  'Track',
  'Track completed',
  'Module',
  'Quiz passed',
  'Best score (%)',
  'Attempts',
  'Passed on',
  'Final check passed',
  'Final check best (%)',
  'Final check attempts',
  'Final check passed on',
  'Final check edition',
  'Policy confirmed',
  'Verification code',
  'File checksum',
] as const;

/** The pool edition of a final check, marked current or earlier when the course knows its own. */
const edition = (final: ReportFinal) => `${final.contentVersion}${final.currentEdition === undefined ? '' : final.currentEdition ? ' (current)' : ' (earlier)'}`;
/** How the file's checksum reads in the report. */
export const CHECKSUM_TEXT: Record<ChecksumState, string> = { matches: 'matches', differs: 'DOES NOT MATCH (edited after export)', missing: 'none (older file)' };

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
    row.final ? (row.final.passed ? 'yes' : 'no') : '',
    row.final ? Math.round(row.final.best * 100) : '',
    row.final?.attempts ?? '',
    row.final?.passedOn ?? '',
    row.final ? edition(row.final) : '',
    row.attestation ? `${row.attestation.policy}${row.attestation.version ? ` ${row.attestation.version}` : ''}, ${row.attestation.date.slice(0, 10)}` : '',
    row.code ?? '',
    CHECKSUM_TEXT[row.checksum],
  ]);

/** Control characters (terminal escape sequences) in names from files shown as `?`. */
const printable = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');

/** The summary table for the terminal: one line per learner, their tracks as done/total. */
export function formatLearnerTable(report: LearnerReport): string {
  const header = ['Learner', 'Tracks (modules passed / all)', 'File'];
  const lines = report.learners.map((l) => [
    printable(l.learner),
    l.tracks.length === 0
      ? 'nothing started'
      : l.tracks
          .map((t) =>
            [
              `${t.title} ${t.done}/${t.total}${t.completed ? ' ✓ completed' : ''}`,
              t.final && `final check ${Math.round(t.final.best * 100)}% ${t.final.passed ? 'passed' : 'not passed'}${t.final.currentEdition === false ? ' (earlier edition)' : ''}`,
              t.attestation && `policy confirmed ${t.attestation.date.slice(0, 10)}`,
              t.code && `code ${t.code}`,
            ]
              .filter(Boolean)
              .join(', '),
          )
          .join('; '),
    printable(l.file) + (l.checksum === 'differs' ? ' (EDITED AFTER EXPORT)' : ''),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((line) => line[i]!.length)));
  const format = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd();
  return [format(header), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(format)].join('\n');
}
