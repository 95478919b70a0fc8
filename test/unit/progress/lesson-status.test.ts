import { describe, expect, it } from 'vitest';
import { describeLessonStatus } from '../../../src/progress/lesson-status.ts';

describe('the status line at the top of a lesson', () => {
  it('says Passed once the quiz is passed, and otherwise where the quiz stands', () => {
    const base = { attempts: 0, quizInProgress: false } as const;
    expect(describeLessonStatus({ ...base, state: 'done', attempts: 2, bestScore: 0.83 })).toBe('Passed · best score 83%');
    expect(describeLessonStatus({ ...base, state: 'in-progress', attempts: 1, bestScore: 0.4 })).toBe('Quiz not passed yet · best score 40%');
    expect(describeLessonStatus({ ...base, state: 'in-progress', quizInProgress: true })).toBe('Quiz in progress');
    expect(describeLessonStatus({ ...base, state: 'in-progress' })).toBe('Quiz not taken yet');
    expect(describeLessonStatus({ ...base, state: 'not-started' })).toBe('Quiz not taken yet');
  });
});
