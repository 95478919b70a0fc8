import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeProgress, encodeProgress, parseProgress } from '../../../src/progress/progress-codec.ts';
import { PROGRESS_VERSION, emptyProgress, type Progress } from '../../../src/progress/progress-schema.ts';
import { sampleProgress } from '../../helpers/progress.ts';

const isoDate = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }).map((d) => d.toISOString());
const slug = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,12}$/);
const moduleId = fc.tuple(slug, slug).map(([track, name]) => `${track}/${name}`);
const attempt = fc
  .tuple(fc.integer({ min: 1, max: 20 }), fc.nat(20), fc.boolean(), isoDate)
  .map(([total, n, passed, date]) => {
    const correct = n % (total + 1);
    return { correct, total, score: correct / total, passed, date };
  });
const snapshot = fc.record({ machineVersion: fc.integer(), quizHash: fc.string({ maxLength: 40 }), state: fc.jsonValue() });

/** Any valid progress record. */
export const validProgress: fc.Arbitrary<Progress> = fc.record(
  {
    version: fc.constant(PROGRESS_VERSION as typeof PROGRESS_VERSION),
    track: slug,
    learnerName: fc.string({ maxLength: 120 }),
    modules: fc.dictionary(moduleId, fc.record({ firstVisited: isoDate, lastVisited: isoDate, completed: isoDate }, { requiredKeys: ['firstVisited', 'lastVisited'] })),
    quizzes: fc.dictionary(moduleId, fc.record({ attempts: fc.array(attempt, { maxLength: 5 }), snapshot }, { requiredKeys: ['attempts'] })),
    worksheets: fc.dictionary(fc.string({ minLength: 1, maxLength: 30 }).filter((id) => id !== '__proto__'), fc.record({ fields: fc.dictionary(fc.string({ maxLength: 20 }).filter((name) => name !== '__proto__'), fc.string()), updated: isoDate })),
  },
  { requiredKeys: ['version', 'modules', 'quizzes', 'worksheets'] },
);

describe('decodeProgress', () => {
  it('reads back every valid record exactly as it was written', () => {
    fc.assert(
      fc.property(validProgress, (progress) => {
        // The JSON round trip is what storage does; the record must survive it unchanged.
        const stored = JSON.parse(JSON.stringify(progress)) as Progress;
        const result = decodeProgress(encodeProgress(stored));
        expect(result).toEqual({ ok: true, progress: stored });
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on random text and reports why it could not read it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const result = decodeProgress(text);
        if (!result.ok) expect(result.reason).toMatch(/\w/);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on random JSON, and accepts it only if it is a valid record', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.record({ version: fc.oneof(fc.constant(1), fc.jsonValue()), modules: fc.jsonValue(), quizzes: fc.jsonValue(), worksheets: fc.jsonValue() })), (value) => {
        const result = decodeProgress(JSON.stringify(value) ?? 'null');
        if (result.ok) expect(result.progress.version).toBe(PROGRESS_VERSION);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps valid data when random keys are added around it', () => {
    fc.assert(
      fc.property(validProgress, fc.dictionary(fc.string(), fc.jsonValue()), (progress, extra) => {
        const stored = JSON.parse(JSON.stringify(progress)) as Progress;
        const result = decodeProgress(JSON.stringify({ ...extra, ...stored }));
        expect(result).toEqual({ ok: true, progress: stored });
      }),
    );
  });

  it('explains each kind of unreadable data', () => {
    expect(decodeProgress('{not json')).toEqual({ ok: false, reason: 'is not valid JSON' });
    expect(decodeProgress('[1,2]')).toEqual({ ok: false, reason: 'is not a progress record (expected a JSON object)' });
    expect(decodeProgress('{"modules":{}}')).toEqual({ ok: false, reason: 'has no valid version number' });
    expect(decodeProgress('{"version":99}')).toMatchObject({ ok: false, reason: expect.stringContaining('version 99, newer than') });
    const badScore = sampleProgress();
    badScore.quizzes['foundations/what-social-media-changed']!.attempts[0]!.score = 7;
    expect(decodeProgress(JSON.stringify(badScore))).toEqual({
      ok: false,
      reason: 'does not match the progress format (quizzes.foundations/what-social-media-changed.attempts.0.score: must be at most 1)',
    });
  });

  it('rejects impossible attempts and malformed ids and dates', () => {
    const record = (patch: (p: Progress) => void) => {
      const p = sampleProgress();
      patch(p);
      return parseProgress(p).ok;
    };
    expect(record(() => {})).toBe(true);
    expect(record((p) => (p.quizzes['foundations/what-social-media-changed']!.attempts[0]!.correct = 9))).toBe(false);
    expect(record((p) => (p.modules['not a module id'] = p.modules['legal/policies-that-enable']!))).toBe(false);
    expect(record((p) => (p.modules['legal/policies-that-enable']!.lastVisited = 'yesterday'))).toBe(false);
  });

  it('refuses a "__proto__" worksheet field rather than silently dropping it', () => {
    const text = '{"version":1,"modules":{},"quizzes":{},"worksheets":{"w":{"fields":{"__proto__":"x","a":"b"},"updated":"2026-01-01T00:00:00.000Z"}}}';
    expect(decodeProgress(text)).toEqual({ ok: false, reason: 'uses the reserved name "__proto__" (at worksheets.w.fields)' });
  });

  it('reads an empty record', () => {
    expect(decodeProgress(encodeProgress(emptyProgress()))).toEqual({ ok: true, progress: emptyProgress() });
  });
});
