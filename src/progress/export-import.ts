import { stableStringify } from '../quiz/quiz-hash.ts';
import { sha256Hex } from '../quiz/sha256.ts';
import { parseProgress } from './progress-codec.ts';
import { PROGRESS_VERSION, type Progress } from './progress-schema.ts';

/** Identifies an exported progress file; documented in README.md ("Progress files"). */
export const EXPORT_FORMAT = 'social-literacy-academy/progress';

/** Files larger than this are not progress exports (a busy learner's file is a few kilobytes). */
export const MAX_IMPORT_BYTES = 5_000_000;

/** The file "Export progress" saves. */
export interface ProgressExport {
  format: typeof EXPORT_FORMAT;
  /** Version of `progress` (PROGRESS_VERSION when written); older files are migrated on import. */
  version: number;
  /** When the file was written (ISO 8601). */
  exportedAt: string;
  progress: Progress;
  /**
   * A checksum of `exportedAt` and `progress` (see `exportChecksum`), so a trainer can see whether
   * the file was edited after it was exported. Not a signature: the method is public, so anyone
   * who edits the file can recompute it. Absent in files of version 1.
   */
  checksum?: string;
}

/**
 * The file's checksum: the first 80 bits of SHA-256 over the export date and the progress as JSON
 * with sorted keys, in groups of four hex digits (`1a2b-3c4d-…`).
 */
export function exportChecksum(exportedAt: string, progress: unknown): string {
  return (sha256Hex(stableStringify({ exportedAt, progress })).slice(0, 20).match(/.{4}/g) ?? []).join('-');
}

/** The text of an export file for this progress. */
export function createExport(progress: Progress, now: Date): string {
  const exportedAt = now.toISOString();
  const file: ProgressExport = { format: EXPORT_FORMAT, version: PROGRESS_VERSION, exportedAt, progress, checksum: exportChecksum(exportedAt, progress) };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A learner's name as a file-name part: ASCII letters and digits joined by hyphens ("José Núñez" → "jose-nunez"). */
const fileNamePart = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');

/** A file name that names the learner and sorts by date, e.g. `social-literacy-progress-ada-lovelace-2026-02-01.json`. */
export function exportFileName(now: Date, learnerName?: string): string {
  const name = learnerName ? fileNamePart(learnerName) : '';
  return `social-literacy-progress-${name ? `${name}-` : ''}${now.toISOString().slice(0, 10)}.json`;
}

/** Whether a file's checksum fits what it states: `missing` for files written before checksums. */
export type ChecksumState = 'matches' | 'differs' | 'missing';

export type ImportResult = { ok: true; progress: Progress; exportedAt?: string; checksum: ChecksumState } | { ok: false; error: string };

const HOW_TO = 'Choose the .json file that “Export progress” saved.';

/**
 * Checks a whole file before anything is changed. Never throws; a bad file comes back with a
 * sentence for the learner saying what is wrong with it.
 */
export function readImport(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, error: `This file is too large to be a progress export. ${HOW_TO}` };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: `This file is not a progress export: it is not JSON. ${HOW_TO}` };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== EXPORT_FORMAT) {
    return { ok: false, error: `This file is JSON but not a Social Literacy Academy progress export (it lacks "format": "${EXPORT_FORMAT}"). ${HOW_TO}` };
  }
  const file = data as Partial<ProgressExport>;
  if (typeof file.version !== 'number' || !Number.isInteger(file.version) || file.version < 1) {
    return { ok: false, error: 'This progress file has no valid version number, so it cannot be read safely.' };
  }
  if (file.version > PROGRESS_VERSION) {
    return {
      ok: false,
      error: `This progress file comes from a newer version of the course (format version ${file.version}; this course reads up to version ${PROGRESS_VERSION}). Import it into the newer course, or ask your trainer to update this one.`,
    };
  }
  const parsed = parseProgress(file.progress);
  if (!parsed.ok) return { ok: false, error: `This progress file is damaged: its progress ${parsed.reason}. Nothing was imported.` };
  const exportedAt = typeof file.exportedAt === 'string' && !Number.isNaN(Date.parse(file.exportedAt)) ? file.exportedAt : undefined;
  // Over the progress exactly as the file holds it (before migration), so any edit shows.
  const checksum: ChecksumState =
    typeof file.checksum !== 'string' ? 'missing' : typeof file.exportedAt === 'string' && file.checksum === exportChecksum(file.exportedAt, file.progress) ? 'matches' : 'differs';
  return { ok: true, progress: parsed.progress, ...(exportedAt ? { exportedAt } : {}), checksum };
}
