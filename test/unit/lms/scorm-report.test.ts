import { describe, expect, it } from 'vitest';
import { cmiValues, trackResult } from '../../../src/lms/scorm-report.ts';
import { emptyProgress, type Progress } from '../../../src/progress/progress-schema.ts';

const MODULES = ['it/a', 'it/b', 'it/c', 'it/d'];
const when = '2026-02-01T10:00:00.000Z';

function withAttempts(scores: Record<string, [number, boolean][]>): Progress {
  const progress = emptyProgress();
  for (const [id, attempts] of Object.entries(scores)) {
    const passed = attempts.some(([, p]) => p);
    progress.modules[id] = { firstVisited: when, lastVisited: when, ...(passed ? { completed: when } : {}) };
    progress.quizzes[id] = { attempts: attempts.map(([score, p]) => ({ correct: score * 10, total: 10, score, passed: p, date: when })) };
  }
  return progress;
}

describe('trackResult', () => {
  it('has no score and an unknown outcome before any quiz', () => {
    expect(trackResult(emptyProgress(), MODULES)).toEqual({ completed: false, success: 'unknown' });
  });

  it('scores the mean of each module’s best attempt, a quiz not taken counting 0', () => {
    const result = trackResult(withAttempts({ 'it/a': [[0.4, false], [1, true], [0.9, true]], 'it/b': [[0.6, false]] }), MODULES);
    expect(result).toEqual({ completed: false, success: 'unknown', score: (1 + 0.6) / 4 });
  });

  it('is completed and failed once every quiz was taken but one is not passed yet', () => {
    const result = trackResult(withAttempts({ 'it/a': [[1, true]], 'it/b': [[0.8, true]], 'it/c': [[0.6, false]], 'it/d': [[1, true]] }), MODULES);
    expect(result).toEqual({ completed: true, success: 'failed', score: 0.85 });
  });

  it('is passed when every module’s quiz is', () => {
    const result = trackResult(withAttempts({ 'it/a': [[1, true]], 'it/b': [[0.8, true]], 'it/c': [[0.6, false], [0.8, true]], 'it/d': [[1, true]] }), MODULES);
    expect(result).toEqual({ completed: true, success: 'passed', score: 0.9 });
  });

  it('ignores modules of other tracks', () => {
    expect(trackResult(withAttempts({ 'legal/x': [[1, true]] }), MODULES)).toEqual({ completed: false, success: 'unknown' });
  });
});

describe('cmiValues', () => {
  it('SCORM 1.2: incomplete and suspended with no score at first', () => {
    expect(cmiValues('1.2', { completed: false, success: 'unknown' }, '{}')).toEqual([
      ['cmi.suspend_data', '{}'],
      ['cmi.core.lesson_status', 'incomplete'],
      ['cmi.core.exit', 'suspend'],
    ]);
  });

  it('SCORM 1.2: failed stays suspended (quizzes can be retaken); passed ends normally', () => {
    expect(cmiValues('1.2', { completed: true, success: 'failed', score: 0.666 }, 'x')).toEqual([
      ['cmi.suspend_data', 'x'],
      ['cmi.core.score.min', '0'],
      ['cmi.core.score.max', '100'],
      ['cmi.core.score.raw', '67'],
      ['cmi.core.lesson_status', 'failed'],
      ['cmi.core.exit', 'suspend'],
    ]);
    expect(Object.fromEntries(cmiValues('1.2', { completed: true, success: 'passed', score: 1 }, 'x'))).toMatchObject({ 'cmi.core.lesson_status': 'passed', 'cmi.core.exit': '', 'cmi.core.score.raw': '100' });
  });

  it('SCORM 2004: completion and success apart, a scaled score, exit normal once passed', () => {
    expect(cmiValues('2004', { completed: false, success: 'unknown', score: 0.25 }, 'x')).toEqual([
      ['cmi.suspend_data', 'x'],
      ['cmi.score.min', '0'],
      ['cmi.score.max', '100'],
      ['cmi.score.raw', '25'],
      ['cmi.score.scaled', '0.25'],
      ['cmi.completion_status', 'incomplete'],
      ['cmi.success_status', 'unknown'],
      ['cmi.exit', 'suspend'],
    ]);
    expect(Object.fromEntries(cmiValues('2004', { completed: true, success: 'passed', score: 1 }, 'x'))).toMatchObject({
      'cmi.completion_status': 'completed',
      'cmi.success_status': 'passed',
      'cmi.score.scaled': '1',
      'cmi.exit': 'normal',
    });
  });
});
