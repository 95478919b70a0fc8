import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeProgress, encodeProgress, parseProgress } from '../../../src/progress/progress-codec.ts';
import { PROGRESS_VERSION, emptyProgress, type Progress } from '../../../src/progress/progress-schema.ts';
import { sampleProgress, validProgress } from '../../helpers/progress.ts';

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
    expect(decodeProgress(text)).toEqual({ ok: false, reason: 'uses the reserved name "__proto__" in worksheets.w.fields' });
  });

  it('reads an empty record', () => {
    expect(decodeProgress(encodeProgress(emptyProgress()))).toEqual({ ok: true, progress: emptyProgress() });
  });
});
