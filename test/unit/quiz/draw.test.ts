import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { attemptOrder, createQuizMachine } from '../../../src/quiz/quiz-machine.ts';
import { gradeSealed, sealQuestion, type SealedQuestion } from '../../../src/quiz/final-check.ts';
import type { QuizData } from '../../../src/quiz/quiz-types.ts';
import { resumeAttempt, toSavedAttempt } from '../../../src/quiz/saved-attempt.ts';
import { nextSeed } from '../../../src/quiz/shuffle.ts';
import { rightPicks, sampleQuiz, startQuiz, wrongPicks } from '../../helpers/quiz.ts';

const poolOf = (size: number): QuizData => {
  const base = sampleQuiz().questions;
  return { shuffleQuestions: true, questions: Array.from({ length: size }, (_, i) => ({ ...base[i % base.length]!, id: `p${i}` })) };
};

describe('drawing questions from a pool', () => {
  it('every attempt asks a valid subset of `draw` distinct pool questions, each with a permutation of its choices (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 30 }).chain((size) => fc.tuple(fc.constant(size), fc.integer({ min: 1, max: size }), fc.integer({ min: 0, max: 2 ** 32 - 1 }))), ([size, draw, seed]) => {
        const quiz = { ...poolOf(size), draw };
        const { questionOrder, choiceOrder } = attemptOrder(quiz, seed);
        const ids = quiz.questions.map((q) => q.id);
        expect(questionOrder).toHaveLength(draw);
        expect(new Set(questionOrder).size).toBe(draw);
        expect(questionOrder.every((id) => ids.includes(id))).toBe(true);
        expect(Object.keys(choiceOrder).sort()).toEqual([...questionOrder].sort());
        for (const id of questionOrder) expect([...choiceOrder[id]!].sort()).toEqual(quiz.questions.find((q) => q.id === id)!.choices.map((c) => c.id).sort());
      }),
    );
  });

  it('is reproducible from the seed, and a retake draws afresh', () => {
    const quiz = { ...poolOf(20), draw: 5 };
    expect(attemptOrder(quiz, 42)).toEqual(attemptOrder(quiz, 42));
    const draws = new Set<string>();
    let seed = 42;
    for (let attempt = 0; attempt < 20; attempt++, seed = nextSeed(seed)) draws.add([...attemptOrder(quiz, seed).questionOrder].sort().join());
    expect(draws.size).toBeGreaterThan(15);
  });

  it('reaches every question of the pool over many attempts', () => {
    const quiz = { ...poolOf(16), draw: 8 };
    const seen = new Set<string>();
    for (let seed = 0; seed < 50; seed++) attemptOrder(quiz, seed).questionOrder.forEach((id) => seen.add(id));
    expect(seen.size).toBe(16);
  });

  it('keeps the order of a quiz without draw exactly as before pools existed (saved attempts still resume)', () => {
    const quiz = sampleQuiz();
    // Pinned from the engine before draws: the same seed gives the same order.
    expect(attemptOrder(quiz, 1).questionOrder).toEqual(attemptOrder({ ...quiz, draw: undefined }, 1).questionOrder);
    expect(attemptOrder({ ...quiz, draw: 5 }, 7)).toEqual(attemptOrder(quiz, 7));
  });

  it('a practice quiz with draw asks `draw` questions, scores out of them, and resumes mid-attempt', () => {
    const quiz = { ...poolOf(9), draw: 4 };
    const { actor, answer, effects } = startQuiz(quiz, 0.75, { seed: 3 });
    answer(rightPicks);
    answer(wrongPicks);
    const save = effects.filter((e) => e.type === 'save').at(-1)!.params as Parameters<typeof toSavedAttempt>[0];
    const machine = createQuizMachine(quiz, 0.75);
    const outcome = resumeAttempt(machine, quiz, 'h', toSavedAttempt(save, 'h'));
    expect('resumed' in outcome && outcome.resumed.context.current).toBe(2);
    answer(rightPicks);
    answer(rightPicks);
    expect(actor.getSnapshot().context.history).toEqual([{ correct: 3, total: 4, score: 0.75, passed: true }]);
  });

  it('refuses a saved attempt whose draw does not fit the pool (too many questions, an unknown one, a repeat)', () => {
    const quiz = { ...poolOf(9), draw: 4 };
    const machine = createQuizMachine(quiz, 0.8);
    const context = { seed: 1, ...attemptOrder(quiz, 1), current: 0, selection: [], answers: {}, history: [] };
    const saved = (patch: object) => toSavedAttempt({ state: 'question', context: { ...context, ...patch } }, 'h');
    expect('resumed' in resumeAttempt(machine, quiz, 'h', saved({}))).toBe(true);
    const [a, b, c] = context.questionOrder;
    expect(resumeAttempt(machine, quiz, 'h', saved({ questionOrder: [...context.questionOrder, 'p8'] }))).toEqual({ dropped: 'unreadable' });
    expect(resumeAttempt(machine, quiz, 'h', saved({ questionOrder: [a, b, c, 'nope'] }))).toEqual({ dropped: 'unreadable' });
    expect(resumeAttempt(machine, quiz, 'h', saved({ questionOrder: [a, b, c, a] }))).toEqual({ dropped: 'unreadable' });
  });
});

describe('an exam (final check): no feedback until the whole attempt is submitted', () => {
  const sealedPool = (size: number): QuizData<SealedQuestion> => ({
    shuffleQuestions: true,
    draw: 4,
    questions: poolOf(size).questions.map((q) => sealQuestion({ ...q, module: 'foundations/x', section: 's' }, 'v1')),
  });
  const source = poolOf(10).questions;
  const rightOf = (id: string) => source.find((q) => q.id === id)!.choices.filter((c) => c.correct).map((c) => c.id);

  function startExam(quiz = sealedPool(10), canRetake = () => true) {
    const effects: { type: string; params: unknown }[] = [];
    const record = (type: string) => (_: unknown, params: unknown) => void effects.push({ type, params });
    const machine = createQuizMachine(quiz, 0.75, { mode: 'exam', grade: gradeSealed }).provide({
      actions: { save: record('save'), recordResult: record('recordResult'), announce: record('announce'), focus: record('focus') },
      guards: { canRetake },
    });
    const actor = createActor(machine, { input: { seed: 5 } }).start();
    const currentId = () => actor.getSnapshot().context.questionOrder[actor.getSnapshot().context.current]!;
    const pick = (ids: string[]) => ids.forEach((choiceId) => actor.send({ type: 'answer.select', choiceId }));
    return { machine, actor, effects, currentId, pick };
  }

  it('goes from question to question without feedback or announcement, then to a confirmation, then grades against hashed keys', () => {
    const { actor, effects, currentId, pick } = startExam();
    const order = actor.getSnapshot().context.questionOrder;
    order.forEach((id, i) => {
      expect(actor.getSnapshot().value).toBe('question');
      pick(i === 0 ? [source.find((q) => q.id === id)!.choices.find((c) => !c.correct)!.id] : rightOf(id));
      expect(currentId()).toBe(id);
      actor.send({ type: 'answer.submit' });
    });
    expect(actor.getSnapshot().value).toBe('confirm');
    expect(effects.filter((e) => e.type === 'announce' || e.type === 'recordResult')).toEqual([]);
    expect(actor.getSnapshot().context.history).toEqual([]);
    actor.send({ type: 'quiz.finish' });
    expect(actor.getSnapshot().value).toBe('result');
    expect(actor.getSnapshot().context.history).toEqual([{ correct: 3, total: 4, score: 0.75, passed: true }]);
    expect(effects.filter((e) => e.type === 'recordResult').map((e) => e.params)).toEqual([{ correct: 3, total: 4, score: 0.75, passed: true }]);
  });

  it('goes back to change an answer, showing what was picked, and resumes from any saved point', () => {
    const { machine, actor, effects, currentId, pick } = startExam();
    const [first, second] = actor.getSnapshot().context.questionOrder;
    pick(rightOf(first!));
    actor.send({ type: 'answer.submit' });
    expect(currentId()).toBe(second);
    actor.send({ type: 'quiz.back' });
    expect(currentId()).toBe(first);
    expect([...actor.getSnapshot().context.selection].sort()).toEqual([...rightOf(first!)].sort());
    const saved = toSavedAttempt(effects.filter((e) => e.type === 'save').at(-1)!.params as never, 'h');
    const outcome = resumeAttempt(machine, sealedPool(10), 'h', saved, 'exam');
    expect('resumed' in outcome && outcome.resumed.context.current).toBe(0);
    // A practice attempt may not be resumed as an exam's confirmation, nor an exam's as practice feedback.
    expect(resumeAttempt(machine, sealedPool(10), 'h', { ...saved, state: { ...(saved.state as object), value: 'feedback' } }, 'exam')).toEqual({ dropped: 'unreadable' });
  });

  it('does not retake while the page says the learner must wait', () => {
    let allowed = false;
    const { actor, pick, currentId } = startExam(sealedPool(10), () => allowed);
    for (let i = 0; i < 4; i++) {
      pick(['zzz']);
      pick([source.find((q) => q.id === currentId())!.choices[0]!.id]);
      actor.send({ type: 'answer.submit' });
    }
    actor.send({ type: 'quiz.finish' });
    actor.send({ type: 'quiz.retake' });
    expect(actor.getSnapshot().value).toBe('result');
    allowed = true;
    actor.send({ type: 'quiz.retake' });
    expect(actor.getSnapshot().value).toBe('question');
    expect(actor.getSnapshot().context.questionOrder).toHaveLength(4);
  });
});
