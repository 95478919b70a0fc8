import { describe, expect, it } from 'vitest';
import {
  activityIds,
  allowedStatement,
  answerStatement,
  CMI5_CATEGORY,
  definedStatement,
  finalCheckResultStatement,
  isoDuration,
  MASTERY_SCORE_EXTENSION,
  moduleResultStatement,
  MOVEON_CATEGORY,
  score,
  SESSION_ID_EXTENSION,
  VERBS,
  type AuSession,
} from '../../../src/lms/xapi-statements.ts';

const session: AuSession = {
  actor: { objectType: 'Agent', account: { homePage: 'https://lms.example.com', name: 'l-1' } },
  registration: 'reg-1',
  activityId: 'https://lms.example.com/aus/42',
  launchData: {
    launchMode: 'Normal',
    masteryScore: 0.8,
    contextTemplate: { contextActivities: { grouping: [{ objectType: 'Activity', id: 'urn:x:tracks/it/cmi5-au' }] }, extensions: { [SESSION_ID_EXTENSION]: 's-1' } },
  },
};
const startedAt = new Date('2026-12-01T09:00:00Z');
const now = new Date('2026-12-01T09:12:34.567Z');
const ids = activityIds('urn:x:', 'it');
const categories = (statement: { context: { contextActivities?: { category?: { id: string }[] } } }) => statement.context.contextActivities?.category?.map((c) => c.id) ?? [];

describe('isoDuration', () => {
  it('writes hours, minutes and seconds to the hundredth, dropping empty parts', () => {
    expect(isoDuration(0)).toBe('PT0S');
    expect(isoDuration(1234)).toBe('PT1.23S');
    expect(isoDuration(754_567)).toBe('PT12M34.57S');
    expect(isoDuration(3_600_000)).toBe('PT1H');
    expect(isoDuration(3_725_000)).toBe('PT1H2M5S');
    expect(isoDuration(-5)).toBe('PT0S');
  });
});

describe('activityIds', () => {
  it('follows the site’s paths under the base, distinct for course and AU', () => {
    const web = activityIds('https://training.example.com/academy/', 'legal');
    expect(web.course).toBe('https://training.example.com/academy/tracks/legal/');
    expect(web.au).not.toBe(web.course);
    expect(web.module('legal/policies-that-enable')).toBe('https://training.example.com/academy/tracks/legal/policies-that-enable/');
    expect(web.question('f 1')).toBe('https://training.example.com/academy/tracks/legal/final-check/f%201');
  });
});

describe('cmi5 defined statements', () => {
  it('start from the context template with the registration, about the launch activity id, with the cmi5 category', () => {
    const statement = definedStatement(session, 'initialized', { id: 'id-1', now, startedAt });
    expect(statement).toEqual({
      id: 'id-1',
      actor: session.actor,
      verb: VERBS.initialized,
      object: { objectType: 'Activity', id: session.activityId },
      context: {
        registration: 'reg-1',
        contextActivities: { grouping: session.launchData.contextTemplate.contextActivities!.grouping, category: [{ objectType: 'Activity', id: CMI5_CATEGORY }] },
        extensions: { [SESSION_ID_EXTENSION]: 's-1' },
      },
      timestamp: '2026-12-01T09:12:34.567Z',
    });
  });

  it('give completed completion and a duration, passed and failed success, a score and the mastery score, all three the moveOn category', () => {
    const completed = definedStatement(session, 'completed', { id: 'c', now, startedAt });
    expect(completed.result).toEqual({ completion: true, duration: 'PT12M34.57S' });
    expect(categories(completed)).toEqual([CMI5_CATEGORY, MOVEON_CATEGORY]);
    const passed = definedStatement(session, 'passed', { id: 'p', now, startedAt, score: score(7 / 8, 7, 8) });
    expect(passed.result).toEqual({ score: { scaled: 0.875, raw: 7, min: 0, max: 8 }, success: true, duration: 'PT12M34.57S' });
    expect(passed.context.extensions).toEqual({ [SESSION_ID_EXTENSION]: 's-1', [MASTERY_SCORE_EXTENSION]: 0.8 });
    const failed = definedStatement(session, 'failed', { id: 'f', now, startedAt });
    expect(failed.result).toEqual({ success: false, duration: 'PT12M34.57S' });
    expect(categories(failed)).toEqual([CMI5_CATEGORY, MOVEON_CATEGORY]);
  });

  it('give terminated a duration and no moveOn category; leave the template itself unchanged', () => {
    const before = JSON.stringify(session);
    const terminated = definedStatement(session, 'terminated', { id: 't', now, startedAt });
    expect(terminated.result).toEqual({ duration: 'PT12M34.57S' });
    expect(categories(terminated)).toEqual([CMI5_CATEGORY]);
    expect(JSON.stringify(session)).toBe(before);
  });

  it('leave the mastery score out when the LMS gave none', () => {
    const withoutMastery = { ...session, launchData: { ...session.launchData, masteryScore: undefined } };
    expect(definedStatement(withoutMastery, 'passed', { id: 'p', now, startedAt, score: score(1) }).context.extensions).toEqual({ [SESSION_ID_EXTENSION]: 's-1' });
  });
});

describe('cmi5 allowed statements', () => {
  it('keep the template and registration, add parents after the template’s, never the cmi5 category', () => {
    const statement = allowedStatement(
      { ...session, launchData: { ...session.launchData, contextTemplate: { ...session.launchData.contextTemplate, contextActivities: { ...session.launchData.contextTemplate.contextActivities, parent: [{ objectType: 'Activity', id: 'lms-parent' }] } } } },
      { id: 'a', now, verb: VERBS.answered, object: { objectType: 'Activity', id: 'q' }, parent: [{ objectType: 'Activity', id: 'mine' }] },
    );
    expect(statement.context.contextActivities?.parent?.map((a) => a.id)).toEqual(['lms-parent', 'mine']);
    expect(categories(statement)).toEqual([]);
    expect(statement.context.registration).toBe('reg-1');
    expect(statement.context.extensions).toEqual({ [SESSION_ID_EXTENSION]: 's-1' });
  });

  it('report a module quiz attempt as passed or failed with its score, under the course', () => {
    const statement = moduleResultStatement(session, ids, 'IT track', { moduleId: 'it/enable-access-safely', title: 'Enable access safely', correct: 3, total: 5, passed: false }, { id: 'm', now });
    expect(statement.verb).toEqual(VERBS.failed);
    expect(statement.object).toEqual({ objectType: 'Activity', id: 'urn:x:tracks/it/enable-access-safely/', definition: { type: 'http://adlnet.gov/expapi/activities/module', name: { en: 'Enable access safely' } } });
    expect(statement.result).toEqual({ score: { scaled: 0.6, raw: 3, min: 0, max: 5 }, success: false, completion: true });
    expect(statement.context.contextActivities?.parent?.map((a) => a.id)).toEqual(['urn:x:tracks/it/']);
  });

  it('report a final-check answer as a choice interaction, and the check’s result', () => {
    const answer = answerStatement(
      session,
      ids,
      'IT track',
      { questionId: 'f02', prompt: 'Which first?', choices: [{ id: 'a', text: 'Reset' }, { id: 'b', text: 'Revoke sessions' }], response: ['b', 'a'], correct: true, correctResponse: ['a', 'b'] },
      { id: 'q', now },
    );
    expect(answer.verb).toEqual(VERBS.answered);
    expect(answer.object.definition).toMatchObject({ type: 'http://adlnet.gov/expapi/activities/cmi.interaction', interactionType: 'choice', correctResponsesPattern: ['a[,]b'], choices: [{ id: 'a', description: { en: 'Reset' } }, { id: 'b', description: { en: 'Revoke sessions' } }] });
    expect(answer.result).toEqual({ response: 'b[,]a', success: true });
    expect(answer.context.contextActivities?.parent?.map((a) => a.id)).toEqual(['urn:x:tracks/it/final-check/', 'urn:x:tracks/it/']);
    const hidden = answerStatement(session, ids, 'IT track', { questionId: 'f03', prompt: 'p', choices: [], response: [], correct: false }, { id: 'q2', now });
    expect(hidden.object.definition).not.toHaveProperty('correctResponsesPattern');
    const result = finalCheckResultStatement(session, ids, 'IT track', { correct: 7, total: 8, passed: true }, { id: 'r', now });
    expect(result.verb).toEqual(VERBS.passed);
    expect(result.object.id).toBe('urn:x:tracks/it/final-check/');
    expect(result.result).toEqual({ score: { scaled: 0.875, raw: 7, min: 0, max: 8 }, success: true, completion: true });
    expect(categories(result)).toEqual([]);
  });
});
