import { PROGRESS_VERSION } from './progress-schema.ts';

/** Turns a record of version `n` into one of version `n + 1`. Gets JSON that passed no schema yet. */
export type Migration = (record: Record<string, unknown>) => Record<string, unknown>;

/**
 * Migration from version `n` (the key) to `n + 1`. A migration only adds or reshapes: it never
 * drops an attempt, a completion or a worksheet (an upgrade must not lower what a learner achieved).
 *
 * - 1 → 2: final checks and policy attestations arrive, as empty maps (a v1 record has neither);
 *   module quiz attempts may carry their `contentVersion` from now on (older ones have none).
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: (v1) => ({ ...v1, version: 2, finalChecks: {}, attestations: {} }),
};

export type MigrationResult =
  | { ok: true; record: Record<string, unknown> }
  | { ok: false; reason: string };

/**
 * Brings a parsed record up to `targetVersion` by running each step in turn. It does not validate
 * the result against the schema (the caller does), and it never throws: a record without a usable
 * version, from a newer release, or one a migration chokes on comes back as `ok: false` with why.
 */
export function migrate(
  data: unknown,
  targetVersion: number = PROGRESS_VERSION,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
): MigrationResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, reason: 'is not a progress record (expected a JSON object)' };
  let record = data as Record<string, unknown>;
  const from = record.version;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1) return { ok: false, reason: 'has no valid version number' };
  if (from > targetVersion) return { ok: false, reason: `is version ${from}, newer than this course understands (version ${targetVersion})` };
  for (let version = from; version < targetVersion; version++) {
    const step = migrations[version];
    if (!step) return { ok: false, reason: `cannot be migrated from version ${version}: no migration exists` };
    try {
      record = step(record);
    } catch (error) {
      return { ok: false, reason: `failed to migrate from version ${version}: ${error instanceof Error ? error.message : String(error)}` };
    }
    if (typeof record !== 'object' || record === null || record.version !== version + 1) {
      return { ok: false, reason: `migration from version ${version} did not produce version ${version + 1}` };
    }
  }
  return { ok: true, record };
}
