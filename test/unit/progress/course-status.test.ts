import { afterEach, describe, expect, it } from 'vitest';
import { certificateDate, certificateStatus, verificationCode } from '../../../src/progress/certificate.ts';
import { continueWhere, describeModuleStatus, describeTrackStatus, moduleStatus, trackSummary, type TrackOutline } from '../../../src/progress/course-status.ts';
import { emptyProgress, type Progress } from '../../../src/progress/progress-schema.ts';
import { attempt } from '../../helpers/progress.ts';

const track = (id: string, slugs: string[]): TrackOutline => ({
  id,
  title: `Track ${id}`,
  href: `/tracks/${id}/`,
  certificateHref: `/certificate/${id}/`,
  modules: slugs.map((slug, i) => ({ id: `${id}/${slug}`, title: `Module ${slug}`, href: `/tracks/${id}/${slug}/`, minutes: 10 + i })),
});
const it_ = track('it', ['a', 'b', 'c']);
const legal = track('legal', ['x', 'y']);
const visit = (at: string, completed?: string) => ({ firstVisited: at, lastVisited: at, ...(completed ? { completed } : {}) });

function progressWith(patch: Partial<Progress>): Progress {
  return { ...emptyProgress(), ...patch };
}

describe('module and track status', () => {
  const progress = progressWith({
    modules: { 'it/a': visit('2026-01-01T10:00:00.000Z', '2026-01-01T10:30:00.000Z'), 'it/b': visit('2026-01-02T10:00:00.000Z') },
    quizzes: {
      'it/a': { attempts: [attempt(3, 5, '2026-01-01T10:20:00.000Z'), attempt(5, 5, '2026-01-01T10:30:00.000Z'), attempt(4, 5, '2026-01-01T10:40:00.000Z')] },
      'it/b': { attempts: [attempt(2, 5, '2026-01-02T10:20:00.000Z')], snapshot: { machineVersion: 1, quizHash: 'h', state: {} } },
    },
  });

  it('tells apart not started, in progress and done, with the best score', () => {
    expect(moduleStatus(progress, 'it/a')).toEqual({ state: 'done', bestScore: 1, attempts: 3, completed: '2026-01-01T10:30:00.000Z', quizInProgress: false });
    expect(moduleStatus(progress, 'it/b')).toEqual({ state: 'in-progress', bestScore: 0.4, attempts: 1, quizInProgress: true });
    expect(moduleStatus(progress, 'it/c')).toEqual({ state: 'not-started', attempts: 0, quizInProgress: false });
    expect(describeModuleStatus(moduleStatus(progress, 'it/a'))).toBe('Done · best score 100%');
    expect(describeModuleStatus(moduleStatus(progress, 'it/b'))).toBe('Quiz in progress · best score 40%');
    expect(describeModuleStatus(moduleStatus(progress, 'it/c'))).toBe('Not started');
  });

  it('sums up a track: modules done and minutes left', () => {
    const summary = trackSummary(progress, it_);
    expect(summary).toMatchObject({ total: 3, started: 2, done: 1, minutesLeft: 11 + 12, complete: false });
    expect(describeTrackStatus(summary)).toBe('1 of 3 modules done · about 23 minutes left');
    expect(describeTrackStatus(trackSummary(progress, legal))).toBe('Not started');
  });

  it('continues with the module opened last, or the next one not done', () => {
    expect(continueWhere(emptyProgress(), [it_, legal])).toBeUndefined();
    expect(continueWhere(progress, [it_, legal])).toMatchObject({ module: { id: 'it/b' }, resume: true });
    const bDone = structuredClone(progress);
    bDone.quizzes['it/b']!.attempts.push(attempt(5, 5, '2026-01-02T11:00:00.000Z'));
    expect(continueWhere(bDone, [it_, legal])).toMatchObject({ module: { id: 'it/c' }, resume: false });
    bDone.modules['it/c'] = visit('2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
    expect(continueWhere(bDone, [it_, legal])).toBeUndefined();
  });
});

describe('certificates', () => {
  it('lists what is left before the track is complete', () => {
    const progress = progressWith({ quizzes: { 'legal/x': { attempts: [attempt(5, 5, '2026-01-01T00:00:00.000Z')] } } });
    expect(certificateStatus(progress, legal)).toEqual({ complete: false, remaining: [legal.modules[1]], finalMissing: false });
    expect(certificateStatus(emptyProgress(), legal)).toEqual({ complete: false, remaining: legal.modules, finalMissing: false });
  });

  it('is dated when the last quiz was passed and shows the best scores', () => {
    const progress = progressWith({
      quizzes: {
        'legal/x': { attempts: [attempt(4, 5, '2026-01-03T00:00:00.000Z'), attempt(5, 5, '2026-01-04T00:00:00.000Z')] },
        'legal/y': { attempts: [attempt(3, 5, '2026-01-01T00:00:00.000Z'), attempt(5, 6, '2026-01-02T00:00:00.000Z')] },
      },
    });
    expect(certificateStatus(progress, legal)).toEqual({
      complete: true,
      completedOn: '2026-01-03T00:00:00.000Z',
      day: '2026-01-03',
      scores: [
        { module: legal.modules[0], best: 1 },
        { module: legal.modules[1], best: 5 / 6 },
      ],
    });
  });

  it('derives a short, stable verification code from exactly what the certificate says', () => {
    const facts = { name: 'Ada Lovelace', trackId: 'legal', completedOn: '2026-01-03T00:00:00.000Z', scores: { 'legal/x': 1, 'legal/y': 5 / 6 } };
    const code = verificationCode(facts);
    // Pinned: a printed certificate must still verify after any refactoring.
    expect(code).toMatchInlineSnapshot(`"PCC0-8522-FD"`);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}$/);
    expect(verificationCode({ ...facts, scores: { 'legal/y': 5 / 6, 'legal/x': 1 } })).toBe(code);
    expect(verificationCode({ ...facts, name: ' Ada   Lovelace ' })).toBe(code);
    expect(verificationCode({ ...facts, completedOn: '2026-01-03T18:00:00.000Z' })).toBe(code);
    const changes = [
      { ...facts, name: 'Ada Lovelac' },
      { ...facts, trackId: 'it' },
      { ...facts, completedOn: '2026-01-04T00:00:00.000Z' },
      { ...facts, scores: { 'legal/x': 1, 'legal/y': 4 / 6 } },
      { ...facts, scores: { 'legal/x': 1, 'legal/y': null } },
    ];
    const codes = new Set([code, ...changes.map(verificationCode)]);
    expect(codes.size).toBe(changes.length + 1);
  });

  describe('one day on the whole certificate, in every time zone', () => {
    const zone = process.env.TZ;
    afterEach(() => {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    });

    it.each([
      ['America/Los_Angeles', '2026-03-05T03:30:00.000Z', '2026-03-05', 'March 5, 2026'],
      ['Asia/Tokyo', '2026-03-04T20:00:00.000Z', '2026-03-04', 'March 4, 2026'],
      ['Pacific/Kiritimati', '2026-12-31T12:00:00.000Z', '2026-12-31', 'December 31, 2026'],
      ['UTC', '2026-01-01T00:00:00.000Z', '2026-01-01', 'January 1, 2026'],
    ])('in %s, a track completed at %s shows the day the verification code uses', (timeZone, completedOn, day, text) => {
      process.env.TZ = timeZone;
      // The local day differs from the UTC day in the first three zones: the old mix showed both.
      expect(certificateDate(completedOn, 'en-US')).toEqual({ day, text });
      const facts = { name: 'Ada', trackId: 'legal', scores: {} };
      expect(verificationCode({ ...facts, completedOn })).toBe(verificationCode({ ...facts, completedOn: `${day}T12:00:00.000Z` }));
    });
  });
});
