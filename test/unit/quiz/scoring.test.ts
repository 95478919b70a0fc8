import { describe, expect, it } from 'vitest';
import { choiceVerdict, isAnswerRight, meetsPassMark, missedQuestions, scoreAnswers, withoutVerdict } from '../../../src/quiz/scoring.ts';
import { sampleQuiz } from '../../helpers/quiz.ts';

const [single, , multiple] = sampleQuiz().questions;

describe('scoring', () => {
  it('tells each choice of an answer apart: picked right, picked wrong, missed, left alone', () => {
    const picks = ['a', 'b'];
    expect(multiple!.choices.map((c) => choiceVerdict(c, picks))).toEqual(['picked-right', 'picked-wrong', 'missed', 'unpicked']);
  });

  it('needs exactly the right picks', () => {
    expect(isAnswerRight(single!, ['a'])).toBe(true);
    expect(isAnswerRight(single!, [])).toBe(false);
    expect(isAnswerRight(multiple!, ['c', 'a'])).toBe(true);
    expect(isAnswerRight(multiple!, ['a', 'a'])).toBe(false);
  });

  it('passes at the pass mark despite float rounding, never with no questions', () => {
    expect(meetsPassMark(7, 10, 0.7)).toBe(true);
    expect(meetsPassMark(6, 10, 0.7)).toBe(false);
    expect(meetsPassMark(2, 3, 2 / 3)).toBe(true);
    expect(meetsPassMark(0, 0, 0.5)).toBe(false);
  });

  it('scores unanswered questions as wrong', () => {
    expect(scoreAnswers(sampleQuiz().questions, { q1: ['a'] }, 0.2)).toEqual({ correct: 1, total: 5, score: 0.2, passed: true });
  });
});

describe('missedQuestions', () => {
  it('lists the wrongly answered questions in the order asked, with the picks', () => {
    const questions = sampleQuiz().questions;
    const asked = [questions[3]!, questions[0]!, questions[2]!];
    expect(missedQuestions(asked, { q4: ['a'], q1: ['a'], q3: ['a'] }).map(({ question, picks }) => [question.id, picks])).toEqual([
      ['q4', ['a']],
      ['q3', ['a']],
    ]);
  });
});

describe('choice feedback under a verdict label', () => {
  it('drops the author\'s own verdict, so "Not quite." is not shown twice', () => {
    expect(withoutVerdict('Not quite. The 2007 decision fitted what customers said.')).toBe('The 2007 decision fitted what customers said.');
    expect(withoutVerdict('Right: a known number, not the one that messaged you.')).toBe('A known number, not the one that messaged you.');
    expect(withoutVerdict('Correct — urgency is the tool.')).toBe('Urgency is the tool.');
    expect(withoutVerdict('No one reads it twice.')).toBe('No one reads it twice.');
    expect(withoutVerdict('Rightly so, it waits.')).toBe('Rightly so, it waits.');
    expect(withoutVerdict('Not quite.')).toBe('Not quite.');
  });
});
