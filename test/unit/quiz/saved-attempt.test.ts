import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { QUIZ_MACHINE_VERSION, createQuizMachine, type SaveRequest } from '../../../src/quiz/quiz-machine.ts';
import { quizHash } from '../../../src/quiz/quiz-hash.ts';
import { resumeAttempt, toSavedAttempt, type SavedAttempt } from '../../../src/quiz/saved-attempt.ts';
import { rightPicks, sampleQuiz, startQuiz } from '../../helpers/quiz.ts';

const quiz = sampleQuiz();
const hash = quizHash(quiz);

/** Answers two questions, then saves whatever the machine asked to save last (through JSON, as storage does). */
function savedMidQuiz(submitThird = false) {
  const run = startQuiz(quiz, 0.8, { seed: 77 });
  run.answer(rightPicks);
  run.answer(rightPicks);
  if (submitThird) {
    for (const id of rightPicks(run.current())) run.actor.send({ type: 'answer.select', choiceId: id });
    run.actor.send({ type: 'answer.submit' });
  }
  const request = run.effects.filter((e) => e.type === 'save').at(-1)!.params as SaveRequest;
  return { run, saved: JSON.parse(JSON.stringify(toSavedAttempt(request, hash))) as SavedAttempt };
}

describe('resuming a saved attempt', () => {
  it('resumes at the same question with the same order, and finishes with the same score', () => {
    const { run, saved } = savedMidQuiz();
    const before = run.actor.getSnapshot();
    const machine = createQuizMachine(quiz, 0.8);
    const outcome = resumeAttempt(machine, quiz, hash, saved);
    if (!('resumed' in outcome)) throw new Error(`dropped: ${outcome.dropped}`);
    const actor = createActor(machine, { snapshot: outcome.resumed, input: { seed: 1 } }).start();
    const after = actor.getSnapshot();
    expect(after.value).toBe('question');
    expect(after.context).toEqual(before.context);
    expect(after.context.current).toBe(2);

    const byId = new Map(quiz.questions.map((q) => [q.id, q]));
    for (let i = 2; i < 5; i++) {
      const q = byId.get(actor.getSnapshot().context.questionOrder[i]!)!;
      for (const id of rightPicks(q)) actor.send({ type: 'answer.select', choiceId: id });
      actor.send({ type: 'answer.submit' });
      actor.send({ type: i < 4 ? 'quiz.next' : 'quiz.finish' });
    }
    expect(actor.getSnapshot().context.history.at(-1)).toEqual({ correct: 5, total: 5, score: 1, passed: true });
  });

  it('resumes on the feedback of an answer given just before the reload', () => {
    const { run, saved } = savedMidQuiz(true);
    const outcome = resumeAttempt(createQuizMachine(quiz, 0.8), quiz, hash, saved);
    expect('resumed' in outcome && outcome.resumed.value).toBe('feedback');
    expect('resumed' in outcome && outcome.resumed.context).toEqual(run.actor.getSnapshot().context);
  });

  it('drops an attempt saved on an edited quiz or by another engine version', () => {
    const { saved } = savedMidQuiz();
    const edited = sampleQuiz({ questions: quiz.questions.slice(1) });
    expect(resumeAttempt(createQuizMachine(edited, 0.8), edited, quizHash(edited), saved)).toEqual({ dropped: 'changed' });
    expect(resumeAttempt(createQuizMachine(quiz, 0.8), quiz, hash, { ...saved, machineVersion: QUIZ_MACHINE_VERSION + 1 })).toEqual({ dropped: 'changed' });
  });

  const damaged: [string, (state: any) => unknown][] = [
    ['no state', () => null],
    ['a string', () => 'question'],
    ['an unknown state', (s) => ({ ...s, value: 'result' })],
    ['no context', (s) => ({ value: s.value })],
    ['a question missing from the order', (s) => ({ ...s, context: { ...s.context, questionOrder: s.context.questionOrder.slice(1) } })],
    ['an unknown choice in the order', (s) => ({ ...s, context: { ...s.context, choiceOrder: { ...s.context.choiceOrder, q1: ['a', 'b', 'x'] } } })],
    ['a current index past the end', (s) => ({ ...s, context: { ...s.context, current: 5 } })],
    ['a fractional index', (s) => ({ ...s, context: { ...s.context, current: 1.5 } })],
    ['a pick of another question', (s) => ({ ...s, context: { ...s.context, selection: ['zz'] } })],
    ['an answer to a question not reached yet', (s) => ({ ...s, context: { ...s.context, answers: { ...s.context.answers, [s.context.questionOrder[4]]: ['a'] } } })],
    ['a missing answer', (s) => ({ ...s, context: { ...s.context, answers: {} } })],
    ['a broken history', (s) => ({ ...s, context: { ...s.context, history: [{ correct: 'all' }] } })],
    ['a string seed', (s) => ({ ...s, context: { ...s.context, seed: '7' } })],
  ];
  it.each(damaged)('drops a damaged attempt (%s) without throwing', (_, damage) => {
    const { saved } = savedMidQuiz();
    expect(resumeAttempt(createQuizMachine(quiz, 0.8), quiz, hash, { ...saved, state: damage(saved.state) })).toEqual({ dropped: 'unreadable' });
  });
});

describe('quizHash', () => {
  it('ignores key order but notices any edit', () => {
    const reordered = { questions: quiz.questions, shuffleQuestions: quiz.shuffleQuestions };
    expect(quizHash(reordered)).toBe(hash);
    expect(hash).toMatch(/^[0-9a-f]{16}$/);
    const retitled = sampleQuiz();
    retitled.questions[0]!.choices[0]!.text = 'choice A';
    expect(quizHash(retitled)).not.toBe(hash);
    expect(quizHash(sampleQuiz({ shuffleQuestions: false }))).not.toBe(hash);
  });
});
