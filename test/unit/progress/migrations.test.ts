import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate, type Migration } from '../../../src/progress/migrations.ts';
import { createProgressParser } from '../../../src/progress/progress-codec.ts';
import { PROGRESS_VERSION, progressSchema, quizProgressSchema } from '../../../src/progress/progress-schema.ts';
import { parseProgress } from '../../../src/progress/progress-codec.ts';
import { readImport } from '../../../src/progress/export-import.ts';
import { moduleStatus } from '../../../src/progress/course-status.ts';
import { sampleProgress, sampleProgressV1, validProgress } from '../../helpers/progress.ts';
import fc from 'fast-check';

/**
 * A made-up version 3, as the next real change might look: each quiz keeps its best score beside
 * its attempts. It exercises the migration path end to end, through the real v1 → v2 step.
 */
const v3Schema = z.object({
  ...progressSchema.shape,
  version: z.literal(3),
  quizzes: z.record(z.string(), z.object({ ...quizProgressSchema.shape, best: z.number() })),
});
const v2ToV3: Migration = (v2) => ({
  ...v2,
  version: 3,
  quizzes: Object.fromEntries(
    Object.entries(v2.quizzes as Record<string, { attempts: { score: number }[] }>).map(([id, quiz]) => [id, { ...quiz, best: Math.max(0, ...quiz.attempts.map((a) => a.score)) }]),
  ),
});
const parseV3 = createProgressParser(v3Schema, 3, { ...MIGRATIONS, 2: v2ToV3 });

describe('migrate', () => {
  it('has a migration for every version before the current one', () => {
    for (let version = 1; version < PROGRESS_VERSION; version++) expect(MIGRATIONS[version], `migration from v${version}`).toBeTypeOf('function');
  });

  it('leaves a current record as it is', () => {
    const record = sampleProgress();
    expect(migrate(record)).toEqual({ ok: true, record });
  });

  it('migrates a stored v1 record to v2: everything kept, no final checks or attestations yet', () => {
    const v1 = sampleProgressV1();
    const result = parseProgress(v1);
    expect(result).toEqual({ ok: true, progress: { ...(structuredClone(v1) as object), version: 2, finalChecks: {}, attestations: {} } });
  });

  it('imports an exported v1 file through the same migration', () => {
    const file = JSON.stringify({ format: 'social-literacy-academy/progress', version: 1, exportedAt: '2026-01-09T10:00:00.000Z', progress: sampleProgressV1() });
    const result = readImport(file);
    expect(result.ok && result.progress.version).toBe(2);
    expect(result.ok && result.progress.quizzes).toEqual(sampleProgress().quizzes);
  });

  it('never lowers what a learner achieved: every v1 record keeps its completions, attempts and worksheets (property)', () => {
    fc.assert(
      fc.property(validProgress, (progress) => {
        const { finalChecks: _f, attestations: _a, ...rest } = progress;
        const v1 = { ...JSON.parse(JSON.stringify(rest)), version: 1 };
        const result = parseProgress(v1);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.progress.modules).toEqual(v1.modules);
        expect(result.progress.quizzes).toEqual(v1.quizzes);
        expect(result.progress.worksheets).toEqual(v1.worksheets);
        for (const id of Object.keys(v1.modules)) expect(moduleStatus(result.progress, id)).toEqual(moduleStatus({ ...result.progress, ...v1 }, id));
      }),
      { numRuns: 100 },
    );
  });

  it('migrates a v1 record through v2 to the v3 fixture and validates it', () => {
    const v1 = sampleProgressV1();
    const result = parseV3(JSON.parse(JSON.stringify(v1)));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.progress.version).toBe(3);
    expect(result.progress.quizzes['foundations/what-social-media-changed']?.best).toBe(1);
    expect(result.progress.quizzes['legal/policies-that-enable']).toMatchObject({ best: 0, snapshot: sampleProgress().quizzes['legal/policies-that-enable']!.snapshot });
    expect(result.progress.modules).toEqual(sampleProgress().modules);
    expect(result.progress.finalChecks).toEqual({});
  });

  it('passes a v3 record through the v3 fixture untouched', () => {
    const v3 = v2ToV3(JSON.parse(JSON.stringify(sampleProgress())));
    expect(parseV3(v3)).toEqual({ ok: true, progress: v3 });
  });

  it('refuses records it cannot bring up to date, saying why', () => {
    expect(migrate({ version: 3 })).toEqual({ ok: false, reason: 'is version 3, newer than this course understands (version 2)' });
    expect(migrate({ version: 1, quizzes: {} }, 4, { ...MIGRATIONS, 2: v2ToV3 })).toEqual({ ok: false, reason: 'cannot be migrated from version 3: no migration exists' });
    expect(migrate({ version: '1' })).toEqual({ ok: false, reason: 'has no valid version number' });
    expect(migrate({ version: 0 })).toEqual({ ok: false, reason: 'has no valid version number' });
    expect(migrate(null)).toEqual({ ok: false, reason: 'is not a progress record (expected a JSON object)' });
    expect(migrate({ version: 2 }, 3, { 2: v2ToV3 })).toEqual({ ok: false, reason: 'failed to migrate from version 2: Cannot convert undefined or null to object' });
    expect(migrate({ version: 1 }, 2, { 1: (v1) => v1 })).toEqual({ ok: false, reason: 'migration from version 1 did not produce version 2' });
  });
});
