import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeProgress } from '../../../src/progress/merge.ts';
import { emptyProgress, progressSchema, type Progress } from '../../../src/progress/progress-schema.ts';
import { attempt, sampleProgress, validProgress } from '../../helpers/progress.ts';

const best = (p: Progress, id: string) => Math.max(-1, ...(p.quizzes[id]?.attempts ?? []).map((a) => a.score));
const json = <T>(value: T): T => JSON.parse(JSON.stringify(value));

describe('mergeProgress', () => {
  it('keeps everything from both sides, best scores win, and the result is valid', () => {
    fc.assert(
      fc.property(validProgress, validProgress, (a, b) => {
        [a, b] = [json(a), json(b)];
        const merged = mergeProgress(a, b);
        expect(progressSchema.safeParse(merged).success).toBe(true);
        for (const id of new Set([...Object.keys(a.quizzes), ...Object.keys(b.quizzes)])) {
          expect(best(merged, id)).toBe(Math.max(best(a, id), best(b, id)));
        }
        for (const id of new Set([...Object.keys(a.modules), ...Object.keys(b.modules)])) expect(merged.modules[id]).toBeDefined();
        for (const id of new Set([...Object.keys(a.worksheets), ...Object.keys(b.worksheets)])) expect(merged.worksheets[id]).toBeDefined();
      }),
    );
  });

  it('changes nothing when merging a record into itself or into empty progress', () => {
    fc.assert(
      fc.property(validProgress, (raw) => {
        const p = json(raw);
        expect(mergeProgress(p, p)).toEqual(p);
        expect(mergeProgress(p, emptyProgress())).toEqual(p);
        expect(mergeProgress(emptyProgress(), p)).toEqual(p);
      }),
    );
  });

  it('combines visits, completions, attempts and worksheets as the learner would expect', () => {
    const mine = sampleProgress();
    const theirs: Progress = {
      ...emptyProgress(),
      track: 'it',
      learnerName: 'Someone Else',
      modules: {
        'foundations/what-social-media-changed': { firstVisited: '2026-01-01T09:00:00.000Z', lastVisited: '2026-01-09T09:00:00.000Z', completed: '2026-01-02T09:00:00.000Z' },
        'it/wrong-account-posts': { firstVisited: '2026-01-03T09:00:00.000Z', lastVisited: '2026-01-03T09:00:00.000Z' },
      },
      quizzes: {
        'foundations/what-social-media-changed': { attempts: [attempt(5, 6, '2026-01-02T09:00:00.000Z'), attempt(6, 6, '2026-01-06T10:20:00.000Z')] },
        'legal/policies-that-enable': { attempts: [attempt(2, 5, '2026-01-03T09:00:00.000Z')], snapshot: { machineVersion: 1, quizHash: 'other', state: null } },
      },
      worksheets: { 'executive/roadmap': { fields: { goal: 'older' }, updated: '2026-01-01T00:00:00.000Z' }, other: { fields: {}, updated: '2026-01-01T00:00:00.000Z' } },
    };
    const merged = mergeProgress(mine, theirs);
    expect(merged.track).toBe('legal');
    expect(merged.learnerName).toBe('Ada Lovelace');
    expect(merged.modules['foundations/what-social-media-changed']).toEqual({
      firstVisited: '2026-01-01T09:00:00.000Z',
      lastVisited: '2026-01-09T09:00:00.000Z',
      completed: '2026-01-02T09:00:00.000Z',
    });
    expect(merged.modules['it/wrong-account-posts']).toEqual(theirs.modules['it/wrong-account-posts']);
    expect(merged.quizzes['foundations/what-social-media-changed']?.attempts.map((a) => a.date)).toEqual([
      '2026-01-02T09:00:00.000Z',
      '2026-01-06T10:10:00.000Z',
      '2026-01-06T10:20:00.000Z',
    ]);
    expect(merged.quizzes['legal/policies-that-enable']?.snapshot).toEqual(mine.quizzes['legal/policies-that-enable']?.snapshot);
    expect(merged.worksheets['executive/roadmap']?.fields).toEqual({ goal: 'Answer complaints within an hour' });
    expect(merged.worksheets['other']).toBeDefined();
    expect(mergeProgress(emptyProgress(), theirs).track).toBe('it');
  });

  it('keeps final-check attempts of both sides and the later policy confirmation: an import never lowers what was achieved', () => {
    const mine = sampleProgress();
    const theirs = sampleProgress();
    const passed = { ...theirs.finalChecks.foundations!.attempts[0]!, correct: 2, score: 1, passed: true, date: '2026-01-09T09:00:00.000Z' };
    theirs.finalChecks.foundations!.attempts.push(passed);
    theirs.finalChecks.managers = { attempts: [passed] };
    theirs.attestations.foundations = { date: '2026-01-10T09:00:00.000Z', policy: 'Acme Social Media Policy', version: '3.2' };
    const merged = mergeProgress(mine, theirs);
    expect(merged.finalChecks.foundations!.attempts).toEqual([mine.finalChecks.foundations!.attempts[0], passed]);
    expect(merged.finalChecks.managers).toEqual({ attempts: [passed] });
    expect(merged.attestations.foundations!.version).toBe('3.2');
    expect(mergeProgress(theirs, mine).attestations.foundations!.version).toBe('3.2');
    expect(mergeProgress(merged, mine)).toEqual(merged);
  });
});
