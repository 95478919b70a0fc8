import type * as z from 'zod/mini';
import { MIGRATIONS, migrate, type Migration } from './migrations.ts';
import { PROGRESS_VERSION, describeIssues, progressSchema, type Progress } from './progress-schema.ts';

export type DecodeResult<T> = { ok: true; progress: T } | { ok: false; reason: string };

/**
 * Builds the one way progress is read: migrate to the current version, then validate. Exposed as a
 * factory so tests can run the same pipeline against a future schema (see the v1 → v2 fixture).
 */
export function createProgressParser<S extends z.ZodMiniType>(
  schema: S,
  version: number,
  migrations: Readonly<Record<number, Migration>>,
  reservedKey: (record: Record<string, unknown>) => string | undefined = () => undefined,
) {
  return (data: unknown): DecodeResult<z.infer<S>> => {
    const migrated = migrate(data, version, migrations);
    if (!migrated.ok) return migrated;
    const reserved = reservedKey(migrated.record);
    if (reserved !== undefined) return { ok: false, reason: `uses the reserved name "__proto__" in ${reserved}` };
    const parsed = schema.safeParse(migrated.record);
    if (!parsed.success) return { ok: false, reason: `does not match the progress format (${describeIssues(parsed.error)})` };
    return { ok: true, progress: parsed.data };
  };
}

/**
 * A `__proto__` key in one of the record's maps, if any. JSON.parse keeps such a key as data, but
 * zod drops it when it copies the map, so accepting the record would silently lose that entry.
 */
function reservedMapKey(record: Record<string, unknown>): string | undefined {
  const isMap = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
  const maps: [string, unknown][] = [
    ['modules', record.modules],
    ['quizzes', record.quizzes],
    ['worksheets', record.worksheets],
    ['finalChecks', record.finalChecks],
    ['attestations', record.attestations],
    ['simulations', record.simulations],
    ...(isMap(record.worksheets) ? Object.entries(record.worksheets).map(([id, sheet]): [string, unknown] => [`worksheets.${id}.fields`, isMap(sheet) ? sheet.fields : undefined]) : []),
  ];
  return maps.find(([, map]) => isMap(map) && Object.hasOwn(map, '__proto__'))?.[0];
}

/** Validates (and migrates) already-parsed JSON as progress. Never throws. */
export const parseProgress = createProgressParser(progressSchema, PROGRESS_VERSION, MIGRATIONS, reservedMapKey);

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
