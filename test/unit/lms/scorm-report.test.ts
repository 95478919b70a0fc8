import { describe, expect, it } from 'vitest';
import { cmiValues, keepRaising, lowersStatus, scorePoints, sessionTime } from '../../../src/lms/scorm-report.ts';
import type { TrackResult } from '../../../src/lms/track-result.ts';

const result = (fields: Partial<TrackResult>): TrackResult => ({ completed: false, success: 'unknown', met: {}, ...fields });

describe('cmiValues', () => {
  it('SCORM 1.2: incomplete and suspended with no score at first', () => {
    expect(cmiValues('1.2', result({}), '{}')).toEqual([
      ['cmi.suspend_data', '{}'],
      ['cmi.core.lesson_status', 'incomplete'],
      ['cmi.core.exit', 'suspend'],
    ]);
  });

  it('SCORM 1.2: failed, then passed, and suspended even once passed (the LMS keeps the data for the next launch)', () => {
    expect(cmiValues('1.2', result({ completed: true, success: 'failed', score: 0.666 }), 'x')).toEqual([
      ['cmi.suspend_data', 'x'],
      ['cmi.core.score.min', '0'],
      ['cmi.core.score.max', '100'],
      ['cmi.core.score.raw', '66'],
      ['cmi.core.lesson_status', 'failed'],
      ['cmi.core.exit', 'suspend'],
    ]);
    expect(Object.fromEntries(cmiValues('1.2', result({ completed: true, success: 'passed', score: 1 }), 'x'))).toMatchObject({ 'cmi.core.lesson_status': 'passed', 'cmi.core.exit': 'suspend', 'cmi.core.score.raw': '100' });
  });

  it('SCORM 1.2: a package built for an LMS that counts only “completed” reports a pass as completed', () => {
    expect(Object.fromEntries(cmiValues('1.2', result({ completed: true, success: 'passed', score: 1 }), 'x', { doneStatus: 'completed' }))['cmi.core.lesson_status']).toBe('completed');
    expect(Object.fromEntries(cmiValues('1.2', result({ completed: true, success: 'failed', score: 0.5 }), 'x', { doneStatus: 'completed' }))['cmi.core.lesson_status']).toBe('failed');
  });

  it('SCORM 2004: completion and success apart, a scaled score, exit suspend also once passed', () => {
    expect(cmiValues('2004', result({ score: 0.25 }), 'x')).toEqual([
      ['cmi.suspend_data', 'x'],
      ['cmi.score.min', '0'],
      ['cmi.score.max', '100'],
      ['cmi.score.raw', '25'],
      ['cmi.score.scaled', '0.25'],
      ['cmi.completion_status', 'incomplete'],
      ['cmi.success_status', 'unknown'],
      ['cmi.exit', 'suspend'],
    ]);
    expect(Object.fromEntries(cmiValues('2004', result({ completed: true, success: 'passed', score: 1 }), 'x'))).toMatchObject({
      'cmi.completion_status': 'completed',
      'cmi.success_status': 'passed',
      'cmi.score.scaled': '1',
      'cmi.exit': 'suspend',
    });
    // Completed and failed: the standard's way of saying "did everything, did not pass" (the trainer guide explains it).
    expect(Object.fromEntries(cmiValues('2004', result({ completed: true, success: 'failed', score: 0.75 }), 'x'))).toMatchObject({ 'cmi.completion_status': 'completed', 'cmi.success_status': 'failed' });
  });
});

describe('scorePoints', () => {
  it('rounds down, so a score below the pass mark never shows as the pass mark, and one at it does', () => {
    expect(scorePoints(0.7999)).toBe(79);
    expect(scorePoints(31 / 39)).toBe(79);
    expect(scorePoints(0.8)).toBe(80);
    expect(scorePoints(0.57)).toBe(57);
    expect(scorePoints(4 / 5)).toBe(80);
    expect(scorePoints(1)).toBe(100);
    expect(scorePoints(0)).toBe(0);
  });
});

describe('never lowering what the LMS holds', () => {
  it('orders statuses per version, objectives’ statuses too', () => {
    expect(lowersStatus('1.2', 'cmi.core.lesson_status', 'incomplete', 'passed')).toBe(true);
    expect(lowersStatus('1.2', 'cmi.core.lesson_status', 'passed', 'failed')).toBe(false);
    expect(lowersStatus('1.2', 'cmi.core.lesson_status', 'completed', 'passed')).toBe(true);
    expect(lowersStatus('1.2', 'cmi.objectives.3.status', 'failed', 'passed')).toBe(true);
    expect(lowersStatus('2004', 'cmi.completion_status', 'incomplete', 'completed')).toBe(true);
    expect(lowersStatus('2004', 'cmi.success_status', 'unknown', 'failed')).toBe(true);
    expect(lowersStatus('2004', 'cmi.objectives.0.success_status', 'unknown', 'passed')).toBe(true);
    expect(lowersStatus('2004', 'cmi.objectives.0.completion_status', 'completed', 'incomplete')).toBe(false);
    expect(lowersStatus('2004', 'cmi.suspend_data', '', 'x')).toBe(false);
    expect(lowersStatus('1.2', 'cmi.core.lesson_status', 'incomplete', '')).toBe(false);
  });

  it('leaves out a lower status and a whole lower score, keeps the rest', () => {
    const values = cmiValues('2004', result({ completed: false, success: 'unknown', score: 0.17 }), 'x');
    const held = new Map([['cmi.completion_status', 'completed'], ['cmi.success_status', 'passed'], ['cmi.score.raw', '100']]);
    expect(keepRaising('2004', values, held)).toEqual([['cmi.suspend_data', 'x'], ['cmi.exit', 'suspend']]);
    expect(keepRaising('2004', values, new Map([['cmi.score.raw', '10']]))).toEqual(values);
    const objective: [string, string][] = [['cmi.objectives.1.id', 'it/a'], ['cmi.objectives.1.score.min', '0'], ['cmi.objectives.1.score.raw', '40'], ['cmi.objectives.1.status', 'failed']];
    expect(keepRaising('1.2', objective, new Map([['cmi.objectives.1.score.raw', '90'], ['cmi.objectives.1.status', 'passed']]))).toEqual([['cmi.objectives.1.id', 'it/a']]);
  });
});

describe('sessionTime', () => {
  it('SCORM 1.2: HHHH:MM:SS.SS with two to four digits of hours', () => {
    expect(sessionTime('1.2', 0)).toBe('00:00:00.00');
    expect(sessionTime('1.2', 3_723_450)).toBe('01:02:03.45');
    expect(sessionTime('1.2', 125 * 3_600_000)).toBe('125:00:00.00');
    expect(sessionTime('1.2', 20_000 * 3_600_000)).toBe('9999:59:59.99');
    expect(sessionTime('1.2', -5)).toBe('00:00:00.00');
    for (const ms of [0, 999, 61_000, 3_723_450, 36_000_000]) expect(sessionTime('1.2', ms)).toMatch(/^\d{2,4}:[0-5]\d:[0-5]\d\.\d{2}$/);
  });
  it('SCORM 2004: an ISO 8601 duration to hundredths of a second', () => {
    expect(sessionTime('2004', 0)).toBe('PT0S');
    expect(sessionTime('2004', 3_723_450)).toBe('PT1H2M3.45S');
    expect(sessionTime('2004', 90_000)).toBe('PT1M30S');
  });
});
