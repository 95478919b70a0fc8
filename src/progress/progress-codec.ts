import type * as z from 'zod/mini';
import { MIGRATIONS, migrate, type Migration } from './migrations.ts';
import { PROGRESS_VERSION, describeIssues, progressSchema, type Progress } from './progress-schema.ts';

export type DecodeResult<T> = { ok: true; progress: T } | { ok: false; reason: string };

/**
 * Builds the one way progress is read: migrate to the current version, then validate. Exposed as a
 * factory so tests can run the same pipeline against a future schema (see the v1 → v2 fixture).
 */
export function createProgressParser<S extends z.ZodMiniType>(schema: S, version: number, migrations: Readonly<Record<number, Migration>>) {
  return (data: unknown): DecodeResult<z.infer<S>> => {
    const reserved = reservedKeyPath(data);
    if (reserved !== undefined) return { ok: false, reason: `uses the reserved name "__proto__" (at ${reserved || 'the top level'})` };
    const migrated = migrate(data, version, migrations);
    if (!migrated.ok) return migrated;
    const parsed = schema.safeParse(migrated.record);
    if (!parsed.success) return { ok: false, reason: `does not match the progress format (${describeIssues(parsed.error)})` };
    return { ok: true, progress: parsed.data };
  };
}

/**
 * Where parsed JSON has a `__proto__` key, if anywhere. Such a key is plain data to JSON.parse but
 * is dropped when copied into an object, so accepting it would silently lose part of the record.
 */
function reservedKeyPath(value: unknown, path = ''): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  try {
    for (const [key, child] of Object.entries(value)) {
      const here = path ? `${path}.${key}` : key;
      if (key === '__proto__') return path;
      const found = reservedKeyPath(child, here);
      if (found !== undefined) return found;
    }
  } catch {
    return path; // nested too deep to inspect: not something progress ever writes
  }
  return undefined;
}

/** Validates (and migrates) already-parsed JSON as progress. Never throws. */
export const parseProgress = createProgressParser(progressSchema, PROGRESS_VERSION, MIGRATIONS);

/** Reads progress from its stored text. Never throws: anything unusable comes back with the reason. */
export function decodeProgress(text: string): DecodeResult<Progress> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'is not valid JSON' };
  }
  return parseProgress(data);
}

/** The stored text of progress. */
export const encodeProgress = (progress: Progress): string => JSON.stringify(progress);
