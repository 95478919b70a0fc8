import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gradeSealed, openReview, retakeAvailableAt, revealKey, sealQuestion, type FinalQuestionSource } from '../../../src/quiz/final-check.ts';

const choice = (id: string, correct = false) => ({ id, text: `Choice ${id}`, correct, feedback: `Why ${id} ${correct ? 'is right' : 'is wrong'}` });
const question = (overrides: Partial<FinalQuestionSource> = {}): FinalQuestionSource => ({
  id: 'f01',
  type: 'multiple',
  prompt: 'Which of these apply? Select all that apply.',
  explanation: 'The principle, in one sentence — with an “é”.',
  module: 'foundations/spot-capture-pass-on',
  section: 'what-to-capture',
  choices: [choice('a', true), choice('b'), choice('c', true), choice('d')],
  ...overrides,
});

describe('a sealed final-check question', () => {
  const sealed = sealQuestion(question(), 'v1');

  it('carries no key, no feedback and no explanation in readable form', () => {
    const text = JSON.stringify(sealed);
    expect(text).not.toMatch(/correct|feedback|explanation|principle|is right|is wrong/);
    expect(sealed.choices).toEqual(['a', 'b', 'c', 'd'].map((id) => ({ id, text: `Choice ${id}` })));
    expect(sealed).toMatchObject({ module: 'foundations/spot-capture-pass-on', section: 'what-to-capture' });
  });

  it('grades exactly the right set as right, in any order, and everything else as wrong', () => {
    expect(gradeSealed(sealed, ['a', 'c'])).toBe(true);
    expect(gradeSealed(sealed, ['c', 'a'])).toBe(true);
    for (const picks of [[], ['a'], ['c'], ['a', 'b', 'c'], ['b', 'd'], ['a', 'c', 'd']]) expect(gradeSealed(sealed, picks), picks.join()).toBe(false);
  });

  it('reveals its key and review only by trying answers against the hash, and never for a wrong key', () => {
    expect(revealKey(sealed)).toEqual(['a', 'c']);
    expect(openReview(sealed, ['a', 'c'])).toEqual({
      explanation: 'The principle, in one sentence — with an “é”.',
      feedback: { a: 'Why a is right', b: 'Why b is wrong', c: 'Why c is right', d: 'Why d is wrong' },
    });
    expect(openReview(sealed, ['a'])).toBeUndefined();
    expect(openReview({ ...sealed, review: 'not base64!' }, ['a', 'c'])).toBeUndefined();
  });

  it('hashes the same answer differently in another question or another edition of the pool', () => {
    const other = sealQuestion(question({ id: 'f02' }), 'v1');
    const nextEdition = sealQuestion(question(), 'v2');
    expect(new Set([sealed.key, other.key, nextEdition.key]).size).toBe(3);
    expect(new Set([sealed.salt, other.salt, nextEdition.salt]).size).toBe(3);
  });

  it('grades and reveals any question of any type (property)', () => {
    const arb = fc.constantFrom('single', 'multiple', 'truefalse', 'scenario' as const).chain((type) =>
      fc.integer({ min: 2, max: type === 'truefalse' ? 2 : 6 }).chain((count) =>
        (type === 'multiple' ? fc.uniqueArray(fc.integer({ min: 0, max: count - 1 }), { minLength: 1, maxLength: count }) : fc.integer({ min: 0, max: count - 1 }).map((i) => [i])).map(
          (right) => ({ type, count, right }),
        ),
      ),
    );
    fc.assert(
      fc.property(arb, fc.string({ minLength: 1, maxLength: 12 }), ({ type, count, right }, version) => {
        const source = question({ type: type as FinalQuestionSource['type'], choices: Array.from({ length: count }, (_, i) => choice(`c${i}`, right.includes(i))) });
        const sealed = sealQuestion(source, version);
        const key = right.map((i) => `c${i}`).sort();
        expect(gradeSealed(sealed, key)).toBe(true);
        expect(revealKey(sealed)?.sort()).toEqual(key);
        expect(openReview(sealed, key)?.feedback).toEqual(Object.fromEntries(source.choices.map((c) => [c.id, c.feedback])));
      }),
      { numRuns: 60 },
    );
  });
});

describe('waiting before a retake', () => {
  const now = new Date('2026-12-01T10:00:00.000Z');
  const at = (minutesAgo: number, passed: boolean) => ({ passed, date: new Date(now.getTime() - minutesAgo * 60_000).toISOString() });

  it('asks for the wait after a failed attempt and says until when', () => {
    expect(retakeAvailableAt([at(3, false)], 10, now)).toEqual(new Date('2026-12-01T10:07:00.000Z'));
  });
  it('lets the learner retake once the wait is over, after a pass, with no wait, or before any attempt', () => {
    expect(retakeAvailableAt([at(10, false)], 10, now)).toBeUndefined();
    expect(retakeAvailableAt([at(1, false), at(0, true)], 10, now)).toBeUndefined();
    expect(retakeAvailableAt([at(0, false)], 0, now)).toBeUndefined();
    expect(retakeAvailableAt([], 10, now)).toBeUndefined();
  });
});
