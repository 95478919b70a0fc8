import { describe, expect, it } from 'vitest';
import { betterFinalCheck, decodeCourseState, emptyCourseState, encodeCourseState, mergeCourseStates, type CourseState } from '../../../src/lms/cmi5-state.ts';
import { decodeSuspendData } from '../../../src/lms/suspend-data.ts';
import { emptyProgress, type Progress } from '../../../src/progress/progress-schema.ts';

const at = (day: number) => new Date(Date.UTC(2026, 10, day, 9)).toISOString();
function passed(moduleId: string, day: number, correct = 5): Progress {
  const progress = emptyProgress();
  progress.modules[moduleId] = { firstVisited: at(day), lastVisited: at(day), ...(correct >= 4 ? { completed: at(day) } : {}) };
  progress.quizzes[moduleId] = { attempts: [{ correct, total: 5, score: correct / 5, passed: correct >= 4, date: at(day) }] };
  return progress;
}

describe('the course state document', () => {
  it('carries the same suspend data as SCORM, the final check and what was reported', () => {
    const state: CourseState = { progress: passed('it/a', 2), finalCheck: { correct: 7, total: 8, passed: true, date: at(3) }, reported: { completed: true, failedBasis: 'final:x' } };
    const document = encodeCourseState(state);
    const decoded = decodeSuspendData(document.suspendData);
    expect(decoded.ok && decoded.progress.modules['it/a']?.completed).toBe(at(2));
    expect(decodeCourseState(JSON.parse(JSON.stringify(document)))).toEqual(state);
  });

  it('reads no document as a fresh start, and one it cannot read as a fresh start marked unreadable, keeping a readable verdict', () => {
    expect(decodeCourseState(undefined)).toEqual(emptyCourseState());
    expect(decodeCourseState(null)).toEqual(emptyCourseState());
    for (const document of ['text', [], { v: 2 }, {}]) expect(decodeCourseState(document)).toEqual({ ...emptyCourseState(), unreadable: expect.any(String) });
    expect(decodeCourseState({ v: 1, suspendData: 'not json', reported: { passed: true, completed: 'yes' } })).toEqual({ progress: emptyProgress(), reported: { passed: true }, unreadable: 'its suspend data is not JSON' });
    expect(decodeCourseState({ v: 1, suspendData: '', finalCheck: { correct: 9, total: 8, passed: true, date: at(1) }, reported: {} })).toEqual(emptyCourseState());
  });

  it('merges without lowering anything', () => {
    const mine: CourseState = { progress: passed('it/a', 5, 2), finalCheck: { correct: 5, total: 8, passed: false, date: at(6) }, reported: {} };
    const lrs: CourseState = { progress: passed('it/a', 2, 5), finalCheck: { correct: 7, total: 8, passed: true, date: at(3) }, reported: { completed: true, passed: true } };
    const merged = mergeCourseStates(mine, lrs);
    expect(merged.progress.modules['it/a']?.completed).toBe(at(2));
    expect(merged.progress.quizzes['it/a']?.attempts.map((a) => a.correct)).toEqual([5, 2]);
    expect(merged.finalCheck?.correct).toBe(7);
    expect(merged.reported).toEqual({ completed: true, passed: true });
  });

  it('keeps the better final check, the earlier on a tie', () => {
    const a = { correct: 6, total: 8, passed: false, date: at(4) };
    const b = { correct: 3, total: 4, passed: false, date: at(2) };
    expect(betterFinalCheck(a, undefined)).toBe(a);
    expect(betterFinalCheck(undefined, b)).toBe(b);
    expect(betterFinalCheck(a, b)).toBe(b);
    expect(betterFinalCheck(a, { ...a, correct: 7 })).toEqual({ ...a, correct: 7 });
  });
});
