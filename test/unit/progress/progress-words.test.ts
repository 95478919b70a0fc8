import { describe, expect, it } from 'vitest';
import { certificateCondition, finalCheckCertificateNote } from '../../../src/progress/certificate-words.ts';
import { describeFinalCheck, describeProgressCounts, type FinalCheckStatus, type TrackOutline } from '../../../src/progress/course-status.ts';
import { emptyProgress, type FinalAttempt } from '../../../src/progress/progress-schema.ts';
import { attempt } from '../../helpers/progress.ts';

const outline = (patch: Partial<TrackOutline> = {}): TrackOutline => ({
  id: 'it',
  title: 'IT and security',
  href: '/tracks/it/',
  certificateHref: '/certificate/it/',
  modules: [{ id: 'it/a', title: 'A', href: '/tracks/it/a/', minutes: 10 }],
  finalCheck: { href: '/tracks/it/final/', minutes: 8, passMark: 0.8, retakeAfterMinutes: 10, contentVersion: 'v1' },
  ...patch,
});
const day = '2026-12-01T09:00:00.000Z';
const final = (score: number, passed: boolean): FinalAttempt => ({ score, passed, date: day }) as unknown as FinalAttempt;

describe('what the certificate needs, in words', () => {
  it('names every quiz, the final check, or both, by site.yaml certificateRequires', () => {
    expect(certificateCondition(outline({ certificateRequires: 'modules' }))).toBe('every quiz is passed');
    expect(certificateCondition(outline({ certificateRequires: 'final' }))).toBe('the final check is passed');
    expect(certificateCondition(outline({ certificateRequires: 'both' }))).toBe('every quiz and the final check are passed');
    expect(certificateCondition(outline())).toBe('every quiz is passed');
  });

  it('asks only for the quizzes of a track without a final check, whatever the setting', () => {
    expect(certificateCondition(outline({ certificateRequires: 'final', finalCheck: undefined }))).toBe('every quiz is passed');
    expect(certificateCondition(outline({ certificateRequires: 'both', finalCheck: undefined }))).toBe('every quiz is passed');
  });

  it('says on the final check page what the check counts for', () => {
    expect(finalCheckCertificateNote(outline({ certificateRequires: 'modules' }))).toBe('your certificate needs every module quiz; this check shows what you kept');
    expect(finalCheckCertificateNote(outline({ certificateRequires: 'final' }))).toBe('your certificate needs this check');
    expect(finalCheckCertificateNote(outline({ certificateRequires: 'both' }))).toBe('your certificate needs every module quiz and this check');
  });
});

describe('progress counts, in words', () => {
  it('counts opened modules and passed quizzes, one and many', () => {
    const progress = emptyProgress();
    expect(describeProgressCounts(progress)).toBe('0 modules opened and 0 quizzes passed');
    progress.modules['it/a'] = { firstVisited: day, lastVisited: day };
    progress.quizzes['it/a'] = { attempts: [attempt(2, 5, day), attempt(5, 5, day)] };
    expect(describeProgressCounts(progress)).toBe('1 module opened and 1 quiz passed');
    progress.modules['it/b'] = { firstVisited: day, lastVisited: day };
    progress.quizzes['it/b'] = { attempts: [attempt(1, 5, day)] };
    expect(describeProgressCounts(progress)).toBe('2 modules opened and 1 quiz passed');
  });

  it('describes a final check by its best attempt, or as in progress or not taken', () => {
    const status = (patch: Partial<FinalCheckStatus>): FinalCheckStatus => ({ attempts: 0, inProgress: false, ...patch });
    expect(describeFinalCheck(status({}))).toBe('final check not taken');
    expect(describeFinalCheck(status({ inProgress: true }))).toBe('final check in progress');
    expect(describeFinalCheck(status({ attempts: 1, best: final(0.625, false) }))).toBe('final check not passed yet (best 63%)');
    expect(describeFinalCheck(status({ attempts: 2, best: final(0.875, true), passed: final(0.875, true) }))).toBe('final check passed (best 88%)');
  });
});
