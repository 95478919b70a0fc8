import { describe, expect, it } from 'vitest';
import type { Quiz } from '../../../src/course/schemas/quiz.ts';
import { quizHash } from '../../../src/quiz/quiz-hash.ts';
import { askedSections, browserQuiz, quizMeta, staticChoiceOrder } from '../../../src/quiz/quiz-projection.ts';
import { sampleQuiz } from '../../helpers/quiz.ts';

const authored = (): Quiz => ({ module: 'it/a', passMark: 0.9, ...(sampleQuiz() as Omit<Quiz, 'module'>) }) as Quiz;

describe('the quiz a module page sends and prints', () => {
  it('sends only what an attempt depends on, fingerprinted', () => {
    const quiz = authored();
    const { quiz: sent, hash } = browserQuiz(quiz);
    expect(Object.keys(sent).sort()).toEqual(['draw', 'intro', 'questions', 'shuffleQuestions']);
    expect(sent).not.toHaveProperty('module');
    expect(sent).not.toHaveProperty('passMark');
    expect(hash).toBe(quizHash(sent));
    // The pass mark and the module are not part of the edition: changing them keeps saved attempts.
    expect(browserQuiz({ ...quiz, passMark: 0.5 } as Quiz).hash).toBe(hash);
    expect(browserQuiz({ ...quiz, questions: quiz.questions.slice(1) }).hash).not.toBe(hash);
  });

  it('keeps the headings a question names, by slug', () => {
    const headings = [
      { slug: 'intro', text: 'Intro' },
      { slug: 'passkeys', text: 'Passkeys' },
      { slug: 'recovery', text: 'Recovery' },
    ];
    expect(askedSections(headings, [{ section: 'recovery' }, { section: 'passkeys' }, { section: 'missing' }, {}])).toEqual({ passkeys: 'Passkeys', recovery: 'Recovery' });
  });

  it('lists choices without JavaScript in one order per build, never the authored one', () => {
    const questions = Array.from({ length: 40 }, (_, i) => ({ choices: ['a', 'b', 'c'].map((id) => ({ id: `${i}${id}` })) }));
    const order = staticChoiceOrder(questions, 'deadbeef00');
    expect(staticChoiceOrder(questions, 'deadbeef00')).toEqual(order);
    order.forEach((choices, i) => {
      expect(choices.map((c) => c.id).sort()).toEqual(questions[i]!.choices.map((c) => c.id));
      expect(choices.map((c) => c.id)).not.toEqual(questions[i]!.choices.map((c) => c.id));
    });
    expect(staticChoiceOrder(questions, '0badf00d00')).not.toEqual(order);
    expect(staticChoiceOrder([{ choices: [{ id: 'only' }] }], 'deadbeef')).toEqual([[{ id: 'only' }]]);
  });

  it('says how many questions an attempt asks, from how many, and the pass mark', () => {
    expect(quizMeta(5, 5, 0.8)).toBe('5 questions · pass mark 80%');
    expect(quizMeta(5, 8, 0.75)).toBe('5 questions, drawn afresh from 8 on each attempt · pass mark 75%');
  });
});
