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
}

/** The text of an export file for this progress. */
export function createExport(progress: Progress, now: Date): string {
  const file: ProgressExport = { format: EXPORT_FORMAT, version: PROGRESS_VERSION, exportedAt: now.toISOString(), progress };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A file name that sorts by date, e.g. `social-literacy-progress-2026-02-01.json`. */
export const exportFileName = (now: Date) => `social-literacy-progress-${now.toISOString().slice(0, 10)}.json`;

export type ImportResult = { ok: true; progress: Progress; exportedAt?: string } | { ok: false; error: string };

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
  return { ok: true, progress: parsed.progress, ...(exportedAt ? { exportedAt } : {}) };
}
