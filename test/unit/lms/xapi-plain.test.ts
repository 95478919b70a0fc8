import { describe, expect, it } from 'vitest';
import { newAttemptStatements, plainActor, readPlainLink, withoutPlainLink } from '../../../src/lms/xapi-plain.ts';
import { emptyProgress } from '../../../src/progress/progress-schema.ts';

describe('plain xAPI links', () => {
  it('reads the token and learner from the fragment, and removes them from it', () => {
    const hash = '#xapi-token=dXNlcjpzZWNyZXQ%3D&xapi-learner=Ana%40example.com&xapi-name=Ana%20P.&section=quiz';
    expect(readPlainLink(hash)).toEqual({ token: 'dXNlcjpzZWNyZXQ=', learner: 'Ana@example.com', name: 'Ana P.' });
    expect(withoutPlainLink(hash)).toBe('#section=quiz');
    expect(withoutPlainLink('#xapi-token=a&xapi-learner=b')).toBe('');
    expect(readPlainLink('#xapi-token=abc')).toBeUndefined();
    expect(readPlainLink('#xapi-learner=a%40b.c')).toBeUndefined();
    expect(readPlainLink('')).toBeUndefined();
  });

  it('names the learner by email, or by an account where the site sets its home page', () => {
    expect(plainActor({ token: 't', learner: 'Ana@Example.com', name: 'Ana' })).toEqual({ objectType: 'Agent', mbox: 'mailto:ana@example.com', name: 'Ana' });
    expect(plainActor({ token: 't', learner: 'not an email' })).toBeUndefined();
    expect(plainActor({ token: 't', learner: 'E12345' }, 'https://intranet.example.com')).toEqual({ objectType: 'Agent', account: { homePage: 'https://intranet.example.com', name: 'E12345' } });
  });
});

describe('newAttemptStatements', () => {
  const progress = emptyProgress();
  progress.quizzes['it/a'] = {
    attempts: [
      { correct: 2, total: 5, score: 0.4, passed: false, date: '2026-12-01T09:00:00.000Z' },
      { correct: 5, total: 5, score: 1, passed: true, date: '2026-12-01T09:10:00.000Z' },
    ],
  };
  const context = { actor: { mbox: 'mailto:ana@example.com' }, trackTitles: { it: 'IT' }, moduleTitles: { 'it/a': 'Module A' }, activityIdBase: 'https://training.example.com/' };
  let n = 0;
  const make = { now: () => new Date('2026-12-01T10:00:00Z'), uuid: () => `id-${++n}` };

  it('reports every attempt not sent yet, without cmi5 context or registration', () => {
    const { statements, keys } = newAttemptStatements(progress, new Set(), context, make);
    expect(keys).toHaveLength(2);
    expect(statements.map((s) => [s.verb.id.split('/').pop(), s.object.id, s.result?.score?.scaled])).toEqual([
      ['failed', 'https://training.example.com/tracks/it/a/', 0.4],
      ['passed', 'https://training.example.com/tracks/it/a/', 1],
    ]);
    expect(statements[0]!.context).toEqual({ contextActivities: { parent: [{ objectType: 'Activity', id: 'https://training.example.com/tracks/it/', definition: { type: 'https://w3id.org/xapi/cmi5/activitytype/course', name: { en: 'IT' } } }] } });
    expect(newAttemptStatements(progress, new Set(keys), context, make).statements).toEqual([]);
  });
});
