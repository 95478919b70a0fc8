import { createActor } from 'xstate';
import { createQuizMachine, type QuizInput } from '../../src/quiz/quiz-machine.ts';
import type { QuizData, QuizQuestion } from '../../src/quiz/quiz-types.ts';

const choice = (id: string, correct = false) => ({ id, text: `choice ${id}`, correct, feedback: `feedback ${id}` });

/** Five questions, one of every type plus a second single: right answers are a / t / a+c / b / b. */
export const sampleQuiz = (overrides: Partial<QuizData> = {}): QuizData => ({
  shuffleQuestions: true,
  questions: [
    { id: 'q1', type: 'single', prompt: 'Single?', explanation: 'e1', choices: [choice('a', true), choice('b'), choice('c')] },
    { id: 'q2', type: 'truefalse', prompt: 'True?', explanation: 'e2', choices: [choice('t', true), choice('f')] },
    { id: 'q3', type: 'multiple', prompt: 'Which?', explanation: 'e3', choices: [choice('a', true), choice('b'), choice('c', true), choice('d')] },
    { id: 'q4', type: 'scenario', situation: 'It happened.', prompt: 'Now?', explanation: 'e4', choices: [choice('a'), choice('b', true)] },
    { id: 'q5', type: 'single', prompt: 'Again?', explanation: 'e5', choices: [choice('a'), choice('b', true), choice('c')] },
  ],
  ...overrides,
});

export const rightPicks = (question: QuizQuestion) => question.choices.filter((c) => c.correct).map((c) => c.id);
export const wrongPicks = (question: QuizQuestion) => [question.choices.find((c) => !c.correct)!.id];

/** An actor on a quiz machine, with every page-owned effect recorded in `effects`. */
export function startQuiz(quiz: QuizData, passMark = 0.8, input: QuizInput = { seed: 1 }) {
  const effects: { type: string; params: unknown }[] = [];
  const record = (type: string) => (_: unknown, params: unknown) => void effects.push({ type, params });
  const machine = createQuizMachine(quiz, passMark).provide({
    actions: { save: record('save'), recordResult: record('recordResult'), announce: record('announce'), focus: record('focus') },
  });
  const actor = createActor(machine, { input }).start();
  const byId = new Map(quiz.questions.map((q) => [q.id, q]));
  const current = () => {
    const { context } = actor.getSnapshot();
    return byId.get(context.questionOrder[context.current]!)!;
  };
  /** Picks `picks` on the question on screen, submits, and moves on (to the next question or the result). */
  const answer = (picks: (q: QuizQuestion) => string[]) => {
    for (const id of picks(current())) actor.send({ type: 'answer.select', choiceId: id });
    actor.send({ type: 'answer.submit' });
    actor.send({ type: actor.getSnapshot().can({ type: 'quiz.next' }) ? 'quiz.next' : 'quiz.finish' });
  };
  return { machine, actor, effects, current, answer };
}
