import { describe, expect, it } from 'vitest';
import { createActor, transition } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { attemptOrder, createQuizMachine, type QuizEvent } from '../../../src/quiz/quiz-machine.ts';
import { rightPicks, sampleQuiz, startQuiz, wrongPicks } from '../../helpers/quiz.ts';

describe('a quiz attempt', () => {
  it('all right: passes with a score of 1', () => {
    const quiz = sampleQuiz();
    const { actor, answer, effects } = startQuiz(quiz);
    for (let i = 0; i < quiz.questions.length; i++) answer(rightPicks);
    const snapshot = actor.getSnapshot();
    expect(snapshot.value).toBe('result');
    expect(snapshot.hasTag('finished')).toBe(true);
    expect(snapshot.context.history).toEqual([{ correct: 5, total: 5, score: 1, passed: true }]);
    expect(effects.filter((e) => e.type === 'recordResult').map((e) => e.params)).toEqual([{ correct: 5, total: 5, score: 1, passed: true }]);
  });

  it('all wrong: fails with a score of 0', () => {
    const quiz = sampleQuiz();
    const { actor, answer } = startQuiz(quiz);
    for (let i = 0; i < quiz.questions.length; i++) answer(wrongPicks);
    expect(actor.getSnapshot().context.history).toEqual([{ correct: 0, total: 5, score: 0, passed: false }]);
  });

  it('mixed: 3 of 5 right does not reach a pass mark of 0.8', () => {
    const quiz = sampleQuiz();
    const { actor, answer } = startQuiz(quiz);
    [rightPicks, wrongPicks, rightPicks, wrongPicks, rightPicks].forEach((picks) => answer(picks));
    expect(actor.getSnapshot().context.history.at(-1)).toEqual({ correct: 3, total: 5, score: 0.6, passed: false });
  });

  it.each([
    [0.8, 4, true],
    [0.8, 3, false],
    [0.6, 3, true],
    [0.6, 2, false],
    [1, 5, true],
    [1, 4, false],
  ])('exactly at the pass mark passes (pass mark %d, %d of 5 right → %s)', (passMark, right, passed) => {
    const quiz = sampleQuiz();
    const { actor, answer } = startQuiz(quiz, passMark);
    for (let i = 0; i < 5; i++) answer(i < right ? rightPicks : wrongPicks);
    expect(actor.getSnapshot().context.history.at(-1)).toMatchObject({ correct: right, passed });
  });

  it('scores a multiple question all-or-nothing', () => {
    const quiz = sampleQuiz({ shuffleQuestions: false, questions: [sampleQuiz().questions[2]!] });
    const partial = startQuiz(quiz);
    partial.answer(() => ['a']);
    expect(partial.actor.getSnapshot().context.history.at(-1)).toMatchObject({ correct: 0 });

    const extra = startQuiz(quiz);
    extra.answer(() => ['a', 'c', 'd']);
    expect(extra.actor.getSnapshot().context.history.at(-1)).toMatchObject({ correct: 0 });

    const exact = startQuiz(quiz);
    exact.answer(() => ['c', 'a']);
    expect(exact.actor.getSnapshot().context.history.at(-1)).toMatchObject({ correct: 1 });
  });

  it('toggles picks on a multiple question and replaces them on the others', () => {
    const quiz = sampleQuiz({ shuffleQuestions: false });
    const { actor } = startQuiz(quiz);
    actor.send({ type: 'answer.select', choiceId: 'a' });
    actor.send({ type: 'answer.select', choiceId: 'b' });
    expect(actor.getSnapshot().context.selection).toEqual(['b']);
    actor.send({ type: 'answer.submit' });
    actor.send({ type: 'quiz.next' });
    actor.send({ type: 'answer.select', choiceId: 't' });
    actor.send({ type: 'answer.submit' });
    actor.send({ type: 'quiz.next' });
    const select = (choiceId: string, selected?: boolean) => actor.send({ type: 'answer.select', choiceId, selected });
    select('a');
    select('c');
    select('d');
    select('d');
    expect(actor.getSnapshot().context.selection).toEqual(['a', 'c']);
    select('a', true);
    select('b', false);
    expect(actor.getSnapshot().context.selection).toEqual(['c', 'a']);
    select('c', false);
    expect(actor.getSnapshot().context.selection).toEqual(['a']);
  });

  it('asks for effects in order: save, announce and focus on an answer; save and focus on the next question', () => {
    const quiz = sampleQuiz({ shuffleQuestions: false });
    const { actor, effects } = startQuiz(quiz);
    actor.send({ type: 'answer.select', choiceId: 'b' });
    actor.send({ type: 'answer.submit' });
    expect(effects.map((e) => e.type)).toEqual(['save', 'announce', 'focus']);
    expect(effects[0]!.params).toMatchObject({ state: 'feedback', context: { current: 0, answers: { q1: ['b'] } } });
    expect(effects[1]!.params).toEqual({ kind: 'feedback', right: false });
    expect(effects[2]!.params).toBe('feedback');
    effects.length = 0;
    actor.send({ type: 'quiz.next' });
    expect(effects).toEqual([
      { type: 'save', params: { state: 'question', context: expect.objectContaining({ current: 1, selection: [] }) } },
      { type: 'focus', params: 'question' },
    ]);
  });

  it('announces and focuses the result when the last answer has been seen', () => {
    const quiz = sampleQuiz();
    const { actor, answer, effects } = startQuiz(quiz);
    for (let i = 0; i < 4; i++) answer(rightPicks);
    answer(wrongPicks);
    expect(actor.getSnapshot().value).toBe('result');
    expect(effects.slice(-3)).toEqual([
      { type: 'recordResult', params: { correct: 4, total: 5, score: 0.8, passed: true } },
      { type: 'announce', params: { kind: 'result', score: { correct: 4, total: 5, score: 0.8, passed: true } } },
      { type: 'focus', params: 'result' },
    ]);
  });

  it('offers "next" before the last question and "finish" on it', () => {
    const quiz = sampleQuiz();
    const { actor, current } = startQuiz(quiz);
    for (let i = 0; i < 5; i++) {
      actor.send({ type: 'answer.select', choiceId: current().choices[0]!.id });
      actor.send({ type: 'answer.submit' });
      const snapshot = actor.getSnapshot();
      expect(snapshot.can({ type: 'quiz.next' })).toBe(i < 4);
      expect(snapshot.can({ type: 'quiz.finish' })).toBe(i === 4);
      actor.send({ type: i < 4 ? 'quiz.next' : 'quiz.finish' });
    }
    expect(actor.getSnapshot().value).toBe('result');
  });
});

describe('intro and earlier attempts', () => {
  it('starts on the first question when the quiz has no intro', () => {
    expect(startQuiz(sampleQuiz()).actor.getSnapshot().value).toBe('question');
  });

  it('starts on the intro when the quiz has one, and "start" moves focus to the first question', () => {
    const { actor, effects } = startQuiz(sampleQuiz({ intro: 'Six questions.' }));
    expect(actor.getSnapshot().value).toBe('intro');
    actor.send({ type: 'quiz.start' });
    expect(actor.getSnapshot().value).toBe('question');
    expect(effects).toEqual([{ type: 'focus', params: 'question' }]);
  });

  it('opens on the last result when there are earlier attempts, and retakes from there', () => {
    const history = [{ correct: 2, total: 5, score: 0.4, passed: false }];
    const { actor, effects } = startQuiz(sampleQuiz({ intro: 'Hi' }), 0.8, { seed: 1, history });
    expect(actor.getSnapshot().value).toBe('recap');
    expect(actor.getSnapshot().hasTag('finished')).toBe(true);
    actor.send({ type: 'quiz.retake' });
    expect(actor.getSnapshot().value).toBe('question');
    expect(actor.getSnapshot().context.history).toEqual(history);
    expect(effects.map((e) => e.type)).toEqual(['save', 'focus']);
  });
});

describe('order', () => {
  it('shuffles questions and choices by seed: the same seed gives the same order', () => {
    const quiz = sampleQuiz();
    expect(attemptOrder(quiz, 42)).toEqual(attemptOrder(quiz, 42));
    const orders = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => JSON.stringify(attemptOrder(quiz, seed))));
    expect(orders.size).toBeGreaterThan(1);
    const { questionOrder, choiceOrder } = attemptOrder(quiz, 42);
    expect([...questionOrder].sort()).toEqual(['q1', 'q2', 'q3', 'q4', 'q5']);
    for (const q of quiz.questions) expect([...choiceOrder[q.id]!].sort()).toEqual(q.choices.map((c) => c.id).sort());
  });

  it('keeps the authored question order when the quiz turns shuffling off, still shuffling choices', () => {
    const quiz = sampleQuiz({ shuffleQuestions: false });
    const orders = [1, 2, 3, 4, 5, 6, 7, 8].map((seed) => attemptOrder(quiz, seed));
    for (const order of orders) expect(order.questionOrder).toEqual(['q1', 'q2', 'q3', 'q4', 'q5']);
    expect(new Set(orders.map((o) => JSON.stringify(o.choiceOrder))).size).toBeGreaterThan(1);
  });
});

describe('retake', () => {
  it('resets the answers, re-shuffles, and keeps the attempt history', () => {
    const quiz = sampleQuiz();
    const { actor, answer, effects } = startQuiz(quiz);
    for (let i = 0; i < 5; i++) answer(wrongPicks);
    const first = actor.getSnapshot().context;
    actor.send({ type: 'quiz.retake' });
    const retaken = actor.getSnapshot();
    expect(retaken.value).toBe('question');
    expect(retaken.context).toMatchObject({ current: 0, selection: [], answers: {}, history: first.history });
    expect(retaken.context.seed).not.toBe(first.seed);
    expect(effects.slice(-2)).toEqual([
      { type: 'save', params: { state: 'question', context: retaken.context } },
      { type: 'focus', params: 'question' },
    ]);
    for (let i = 0; i < 5; i++) answer(rightPicks);
    expect(actor.getSnapshot().context.history).toEqual([
      { correct: 0, total: 5, score: 0, passed: false },
      { correct: 5, total: 5, score: 1, passed: true },
    ]);
  });
});

describe('events that make no sense in a state are ignored', () => {
  const quiz = sampleQuiz({ intro: 'Hello' });
  const machine = createQuizMachine(quiz, 0.8);
  const reach = (events: QuizEvent[]) => {
    const actor = createActor(machine, { input: { seed: 3 } }).start();
    events.forEach((event) => actor.send(event));
    return actor.getSnapshot();
  };
  const firstChoice = (snapshot: ReturnType<typeof reach>) => snapshot.context.choiceOrder[snapshot.context.questionOrder[0]!]![0]!;
  const atIntro = reach([]);
  const atQuestion = reach([{ type: 'quiz.start' }]);
  const atFeedback = reach([{ type: 'quiz.start' }, { type: 'answer.select', choiceId: firstChoice(atIntro) }, { type: 'answer.submit' }]);
  const onLast = (() => {
    const events: QuizEvent[] = [{ type: 'quiz.start' }];
    const snap = reach(events);
    for (const id of snap.context.questionOrder) {
      events.push({ type: 'answer.select', choiceId: quiz.questions.find((q) => q.id === id)!.choices[0]!.id }, { type: 'answer.submit' }, { type: 'quiz.next' });
    }
    return events;
  })();
  const atResult = reach([...onLast.slice(0, -1), { type: 'quiz.finish' }]);

  it.each([
    ['intro', atIntro, [{ type: 'answer.select', choiceId: 'a' }, { type: 'answer.submit' }, { type: 'quiz.next' }, { type: 'quiz.finish' }, { type: 'quiz.retake' }]],
    ['question', atQuestion, [{ type: 'quiz.start' }, { type: 'answer.submit' }, { type: 'quiz.next' }, { type: 'quiz.finish' }, { type: 'quiz.retake' }, { type: 'answer.select', choiceId: 'nope' }]],
    ['feedback', atFeedback, [{ type: 'quiz.start' }, { type: 'answer.select', choiceId: 'a' }, { type: 'answer.submit' }, { type: 'quiz.finish' }, { type: 'quiz.retake' }]],
    ['result', atResult, [{ type: 'quiz.start' }, { type: 'answer.select', choiceId: 'a' }, { type: 'answer.submit' }, { type: 'quiz.next' }, { type: 'quiz.finish' }]],
  ] as const)('in %s', (state, snapshot, events) => {
    expect(snapshot.value).toBe(state);
    for (const event of events) {
      const [next, actions] = transition(machine, snapshot, event as QuizEvent);
      expect(next.value, event.type).toBe(snapshot.value);
      expect(next.context, event.type).toEqual(snapshot.context);
      expect(actions, event.type).toEqual([]);
    }
  });

  it('answer.select ignores a choice of another question', () => {
    const inOrder = createQuizMachine(sampleQuiz({ shuffleQuestions: false }), 0.8);
    const onFirst = createActor(inOrder, { input: { seed: 3 } }).start().getSnapshot();
    expect(onFirst.context.questionOrder[0]).toBe('q1');
    const [next] = transition(inOrder, onFirst, { type: 'answer.select', choiceId: 't' /* a choice of q2 */ });
    expect(next.context.selection).toEqual([]);
  });
});

describe('every state is reachable', () => {
  it('finds paths from the start to intro, question, feedback and result (and recap with history)', () => {
    const quiz = sampleQuiz({ intro: 'Hi', questions: sampleQuiz().questions.slice(0, 2) });
    const events: QuizEvent[] = [
      { type: 'quiz.start' },
      ...quiz.questions.flatMap((q) => q.choices.map((c) => ({ type: 'answer.select' as const, choiceId: c.id }))),
      { type: 'answer.submit' },
      { type: 'quiz.next' },
      { type: 'quiz.finish' },
      { type: 'quiz.retake' },
    ];
    const reached = (input: { seed: number; history?: [] | [{ correct: number; total: number; score: number; passed: boolean }] }) =>
      new Set(
        getShortestPaths(createQuizMachine(quiz, 0.5), {
          events,
          input,
          // A retake draws a new seed, so contexts never repeat: compare states by what the learner did instead.
          serializeState: (state) => JSON.stringify([state.value, state.context.current, state.context.selection.length, Object.keys(state.context.answers).length]),
        }).map((path) => String(path.state.value)),
      );
    expect(reached({ seed: 9 })).toEqual(new Set(['intro', 'question', 'feedback', 'result']));
    expect(reached({ seed: 9, history: [{ correct: 0, total: 2, score: 0, passed: false }] })).toEqual(new Set(['recap', 'question', 'feedback', 'result']));
  });
});
