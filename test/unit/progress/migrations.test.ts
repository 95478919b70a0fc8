import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate, type Migration } from '../../../src/progress/migrations.ts';
import { createProgressParser } from '../../../src/progress/progress-codec.ts';
import { PROGRESS_VERSION, progressSchema, quizProgressSchema } from '../../../src/progress/progress-schema.ts';
import { sampleProgress } from '../../helpers/progress.ts';

/**
 * A made-up version 2, as the next real change might look: each quiz keeps its best score beside
 * its attempts. It exercises the migration path end to end before a real v2 exists.
 */
const v2Schema = z.object({
  ...progressSchema.shape,
  version: z.literal(2),
  quizzes: z.record(z.string(), z.object({ ...quizProgressSchema.shape, best: z.number() })),
});
const v1ToV2: Migration = (v1) => ({
  ...v1,
  version: 2,
  quizzes: Object.fromEntries(
    Object.entries(v1.quizzes as Record<string, { attempts: { score: number }[] }>).map(([id, quiz]) => [id, { ...quiz, best: Math.max(0, ...quiz.attempts.map((a) => a.score)) }]),
  ),
});
const parseV2 = createProgressParser(v2Schema, 2, { 1: v1ToV2 });

describe('migrate', () => {
  it('has a migration for every version before the current one', () => {
    for (let version = 1; version < PROGRESS_VERSION; version++) expect(MIGRATIONS[version], `migration from v${version}`).toBeTypeOf('function');
  });

  it('leaves a current record as it is', () => {
    const record = sampleProgress();
    expect(migrate(record)).toEqual({ ok: true, record });
  });

  it('migrates a v1 record to the v2 fixture and validates it', () => {
    const v1 = sampleProgress();
    const result = parseV2(JSON.parse(JSON.stringify(v1)));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.progress.version).toBe(2);
    expect(result.progress.quizzes['foundations/what-social-media-changed']?.best).toBe(1);
    expect(result.progress.quizzes['legal/policies-that-enable']).toMatchObject({ best: 0, snapshot: v1.quizzes['legal/policies-that-enable']!.snapshot });
    expect(result.progress.modules).toEqual(v1.modules);
    expect(result.progress.learnerName).toBe(v1.learnerName);
  });

  it('passes a v2 record through the v2 fixture untouched', () => {
    const v2 = v1ToV2(JSON.parse(JSON.stringify(sampleProgress())));
    expect(parseV2(v2)).toEqual({ ok: true, progress: v2 });
  });

  it('refuses records it cannot bring up to date, saying why', () => {
    expect(migrate({ version: 3 }, 2, { 1: v1ToV2 })).toEqual({ ok: false, reason: 'is version 3, newer than this course understands (version 2)' });
    expect(migrate({ version: 1, quizzes: {} }, 3, { 1: v1ToV2 })).toEqual({ ok: false, reason: 'cannot be migrated from version 2: no migration exists' });
    expect(migrate({ version: '1' })).toEqual({ ok: false, reason: 'has no valid version number' });
    expect(migrate({ version: 0 })).toEqual({ ok: false, reason: 'has no valid version number' });
    expect(migrate(null)).toEqual({ ok: false, reason: 'is not a progress record (expected a JSON object)' });
    expect(migrate({ version: 1 }, 2, { 1: v1ToV2 })).toEqual({ ok: false, reason: 'failed to migrate from version 1: Cannot convert undefined or null to object' });
    expect(migrate({ version: 1 }, 2, { 1: (v1) => v1 })).toEqual({ ok: false, reason: 'migration from version 1 did not produce version 2' });
  });
});
