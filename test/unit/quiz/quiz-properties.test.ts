import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createQuizMachine, type QuizEvent, type SaveRequest } from '../../../src/quiz/quiz-machine.ts';
import { quizHash } from '../../../src/quiz/quiz-hash.ts';
import type { QuestionType, QuizData, QuizQuestion } from '../../../src/quiz/quiz-types.ts';
import { resumeAttempt, toSavedAttempt } from '../../../src/quiz/saved-attempt.ts';
import { startQuiz } from '../../helpers/quiz.ts';

/** A question that obeys the schema's rules: truefalse has 2 choices, all but multiple exactly one right. */
const questionArb = (index: number): fc.Arbitrary<QuizQuestion> =>
  fc.constantFrom<QuestionType>('single', 'multiple', 'truefalse', 'scenario').chain((type) =>
    fc
      .integer({ min: 2, max: type === 'truefalse' ? 2 : 6 })
      .chain((count) =>
        type === 'multiple'
          ? fc.uniqueArray(fc.integer({ min: 0, max: count - 1 }), { minLength: 1, maxLength: count }).map((right) => ({ count, right }))
          : fc.integer({ min: 0, max: count - 1 }).map((right) => ({ count, right: [right] })),
      )
      .map(({ count, right }) => ({
        id: `q${index}`,
        type,
        prompt: `Question ${index}`,
        ...(type === 'scenario' ? { situation: 'Something happened.' } : {}),
        explanation: 'Because.',
        choices: Array.from({ length: count }, (_, i) => ({ id: `c${i}`, text: `Choice ${i}`, correct: right.includes(i), feedback: '…' })),
      })),
  );

const quizArb: fc.Arbitrary<QuizData> = fc
  .integer({ min: 1, max: 8 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => questionArb(i + 1))))
  .chain((questions) => fc.record({ shuffleQuestions: fc.boolean(), questions: fc.constant(questions), intro: fc.option(fc.constant('Read this first.'), { nil: undefined }) }));

/** A quiz with, for every question, the set of choices the learner means to pick (one for single-answer types). */
const quizWithAnswersArb = quizArb.chain((quiz) =>
  fc.record({
    quiz: fc.constant(quiz),
    seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
    passMark: fc.double({ min: 0.05, max: 1, noNaN: true }),
    picks: fc.tuple(
      ...quiz.questions.map((q) =>
        q.type === 'multiple'
          ? fc.uniqueArray(fc.constantFrom(...q.choices.map((c) => c.id)), { minLength: 1, maxLength: q.choices.length })
          : fc.constantFrom(...q.choices.map((c) => c.id)).map((id) => [id]),
      ),
    ),
  }),
);

describe('properties over random quizzes and answers', () => {
  it('n answers always reach a result whose score is the number of right answers', () => {
    fc.assert(
      fc.property(quizWithAnswersArb, ({ quiz, seed, passMark, picks }) => {
        const { actor } = startQuiz(quiz, passMark, { seed });
        actor.send({ type: 'quiz.start' });
        const intended = new Map(quiz.questions.map((q, i) => [q.id, picks[i]!]));
        for (let i = 0; i < quiz.questions.length; i++) {
          const { context } = actor.getSnapshot();
          const questionId = context.questionOrder[context.current]!;
          for (const choiceId of intended.get(questionId)!) actor.send({ type: 'answer.select', choiceId });
          actor.send({ type: 'answer.submit' });
          actor.send({ type: i < quiz.questions.length - 1 ? 'quiz.next' : 'quiz.finish' });
        }
        const snapshot = actor.getSnapshot();
        expect(snapshot.value).toBe('result');
        // The oracle: a question is right when the picks, sorted, are exactly its right choices, sorted.
        const right = quiz.questions.filter(
          (q) => [...intended.get(q.id)!].sort().join() === q.choices.filter((c) => c.correct).map((c) => c.id).sort().join(),
        ).length;
        const score = snapshot.context.history.at(-1)!;
        expect(score.correct).toBe(right);
        expect(score.total).toBe(quiz.questions.length);
        expect(score.passed).toBe(right / quiz.questions.length >= passMark - 1e-9);
      }),
      { numRuns: 300 },
    );
  });

  const eventArb: fc.Arbitrary<QuizEvent> = fc.oneof(
    fc.constantFrom<QuizEvent>({ type: 'quiz.start' }, { type: 'answer.submit' }, { type: 'quiz.next' }, { type: 'quiz.finish' }, { type: 'quiz.retake' }),
    fc.record({ type: fc.constant('answer.select' as const), choiceId: fc.constantFrom('c0', 'c1', 'c2', 'c5', 'zz'), selected: fc.option(fc.boolean(), { nil: undefined }) }),
  );

  it('any sequence of events keeps the machine in a known state, and every save resumes to the same place', () => {
    fc.assert(
      fc.property(quizArb, fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.array(eventArb, { maxLength: 60 }), (quiz, seed, events) => {
        const { actor, effects } = startQuiz(quiz, 0.8, { seed });
        const machine = createQuizMachine(quiz, 0.8);
        const hash = quizHash(quiz);
        for (const event of events) {
          effects.length = 0;
          actor.send(event);
          const snapshot = actor.getSnapshot();
          expect(['intro', 'question', 'feedback', 'result']).toContain(snapshot.value);
          expect(snapshot.context.current).toBeLessThan(quiz.questions.length);
          const save = effects.find((effect) => effect.type === 'save');
          if (!save) continue;
          const request = save.params as SaveRequest;
          const outcome = resumeAttempt(machine, quiz, hash, JSON.parse(JSON.stringify(toSavedAttempt(request, hash))));
          expect(outcome).toHaveProperty('resumed');
          if ('resumed' in outcome) expect([outcome.resumed.value, outcome.resumed.context]).toEqual([snapshot.value, snapshot.context]);
        }
        for (const score of actor.getSnapshot().context.history) expect(score.correct).toBeLessThanOrEqual(score.total);
      }),
      { numRuns: 200 },
    );
  });
});
