import { describe, expect, it } from 'vitest';
import { decodeSuspendData, encodeSuspendData, SUSPEND_DATA_LIMIT } from '../../../src/lms/suspend-data.ts';
import { emptyProgress, type Progress } from '../../../src/progress/progress-schema.ts';
import { fileURLToPath } from 'node:url';
import { checkCourse } from '../../../src/course/check-course.ts';
import { readCourseFiles } from '../../../src/course/read-course-files.ts';

/** The progress in suspend data that must decode. */
function decoded(text: string): Progress {
  const result = decodeSuspendData(text);
  if (!result.ok) throw new Error(`suspend data did not decode: ${result.reason}`);
  return result.progress;
}

const readShippedCourse = () => checkCourse(readCourseFiles(fileURLToPath(new URL('../../../', import.meta.url))));

const date = (day: number) => new Date(Date.UTC(2026, 0, day, 9, 30)).toISOString();
const attempt = (correct: number, total: number, passed: boolean, day: number) => ({ correct, total, score: correct / total, passed, date: date(day) });

/** A learner who did everything: every module passed after failing twice, quizzes left half-way, long worksheets. */
function busiestLearner(moduleIds: string[]): Progress {
  const progress = emptyProgress();
  progress.learnerName = 'N'.repeat(120);
  progress.track = 'executive';
  moduleIds.forEach((id, i) => {
    progress.modules[id] = { firstVisited: date(1), lastVisited: date(2 + i), completed: date(2 + i) };
    progress.quizzes[id] = {
      attempts: [attempt(1, 8, false, 1), attempt(7, 8, true, 2), attempt(8, 8, true, 3), attempt(3, 8, false, 4)],
      snapshot: { machineVersion: 1, quizHash: 'f'.repeat(16), state: { value: 'question', context: { seed: 123456789, questionOrder: ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8'], picks: ['a', 'b'], answers: { q1: ['a'], q2: ['b', 'c'] } } } },
    };
  });
  for (const sheet of ['roadmap', 'policy-builder', 'notes']) progress.worksheets[`${sheet}-executive`] = { fields: { text: 'w'.repeat(3000), more: 'é'.repeat(500) }, updated: date(9) };
  const track = moduleIds[0]!.split('/')[0]!;
  progress.finalChecks[track] = { attempts: [finalAttempt(3, 8, false, 5), finalAttempt(7, 8, true, 6), finalAttempt(8, 8, true, 7)], snapshot: progress.quizzes[moduleIds[0]!]!.snapshot };
  progress.attestations[track] = { date: date(7), policy: 'P'.repeat(300), version: 'v'.repeat(100) };
  return progress;
}

const finalAttempt = (correct: number, total: number, passed: boolean, day: number) => ({
  ...attempt(correct, total, passed, day),
  contentVersion: '0123456789abcdef',
  answers: Array.from({ length: total }, (_, i) => ({ question: `f${String(i).padStart(2, '0')}`, picks: ['a', 'b'], right: i < correct })),
});

describe('suspend data', () => {
  it('round-trips a learner: visits, completion, best attempt, name, track, snapshot, worksheet', () => {
    const progress = emptyProgress();
    progress.learnerName = 'Ada "Quotes" Lovelace';
    progress.track = 'legal';
    progress.modules['legal/a'] = { firstVisited: date(1), lastVisited: date(3), completed: date(2) };
    progress.modules['legal/b'] = { firstVisited: date(4), lastVisited: date(4) };
    progress.quizzes['legal/a'] = { attempts: [attempt(3, 5, false, 1), attempt(5, 5, true, 2), attempt(4, 5, true, 3)] };
    progress.quizzes['legal/b'] = { attempts: [], snapshot: { machineVersion: 2, quizHash: 'abc', state: { value: 'feedback' } } };
    progress.worksheets['roadmap-legal'] = { fields: { goal: 'Reply within a day' }, updated: date(5) };

    expect(decodeSuspendData(encodeSuspendData(progress))).toEqual({ ok: true, progress: {
      ...progress,
      // Only the best attempt is kept, as the LMS keeps the score.
      quizzes: { 'legal/a': { attempts: [attempt(5, 5, true, 2)] }, 'legal/b': progress.quizzes['legal/b'] },
    } });
  });

  it('carries the final check\'s best result, its first pass and edition, and the policy confirmation', () => {
    const progress = emptyProgress();
    progress.finalChecks.foundations = { attempts: [finalAttempt(3, 8, false, 1), finalAttempt(7, 8, true, 2), finalAttempt(8, 8, true, 3), finalAttempt(2, 8, false, 4)] };
    progress.finalChecks.managers = { attempts: [finalAttempt(5, 8, false, 5)] };
    progress.attestations.foundations = { date: date(3), policy: 'Acme Social Media Policy', version: '3.1 (May 2026)' };
    progress.attestations.managers = { date: date(4), policy: 'Acme Social Media Policy' };
    const text = encodeSuspendData(progress);
    expect(JSON.parse(text)).toMatchObject({ f: { foundations: [8, 8, 1, expect.any(String), '0123456789abcdef', expect.any(String)] }, a: { foundations: [expect.any(String), '3.1 (May 2026)', 'Acme Social Media Policy'] } });
    const back = decoded(text);
    const strip = (a: ReturnType<typeof finalAttempt>) => ({ ...a, answers: [] });
    expect(back.finalChecks).toEqual({
      foundations: { attempts: [{ ...strip(finalAttempt(8, 8, true, 3)), date: date(2) }, strip(finalAttempt(8, 8, true, 3))] },
      managers: { attempts: [strip(finalAttempt(5, 8, false, 5))] },
    });
    expect(back.attestations).toEqual(progress.attestations);
  });

  it.each([
    ['a final check that is not a list', '{"v":1,"m":{},"f":{"foundations":"passed"}}', /malformed final check for "foundations"/],
    ['a final check with a bad date', '{"v":1,"m":{},"f":{"foundations":[8,8,1,"!!","v",""]}}', /malformed final check/],
    ['a policy confirmation without its title', '{"v":1,"m":{},"a":{"foundations":["t8ddk0","3.1"]}}', /malformed policy confirmation/],
    ['a reserved key in final checks', '{"v":1,"m":{},"f":{"__proto__":[8,8,1,"t8ddk0","v",""]}}', /reserved name "__proto__" in final checks/],
  ])('refuses %s', (_, text, reason) => {
    const result = decodeSuspendData(text);
    expect(result.ok ? '' : result.reason).toMatch(reason);
  });

  it('keeps every shipped track within 4,096 characters at its busiest, dropping half-way quizzes and worksheets first', () => {
    const course = readShippedCourse();
    for (const track of course.tracks) {
      const moduleIds = track.data.modules.map((slug) => `${track.id}/${slug}`);
      const text = encodeSuspendData(busiestLearner(moduleIds));
      expect(text.length, track.id).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
      const back = decoded(text);
      expect(Object.keys(back.modules), track.id).toEqual(moduleIds);
      for (const id of moduleIds) {
        expect(back.modules[id]!.completed).toBe(date(2 + moduleIds.indexOf(id)));
        expect(back.quizzes[id]!.attempts).toEqual([attempt(8, 8, true, 3)]);
      }
      expect(back.learnerName).toBe('N'.repeat(120));
      expect(back.finalChecks[track.id]!.attempts.at(-1), track.id).toMatchObject({ correct: 8, total: 8, passed: true, contentVersion: '0123456789abcdef' });
      expect(back.attestations[track.id]!.version).toBe('v'.repeat(100));
      // 3,500-character worksheets never fit beside the rest.
      expect(back.worksheets).toEqual({});
    }
  });

  it('never exceeds the limit however many modules, keeping passed modules before merely visited ones', () => {
    const progress = emptyProgress();
    for (let i = 0; i < 400; i++) {
      const id = `track-${String(i).padStart(3, '0')}/a-rather-long-module-slug-${i}`;
      progress.modules[id] = { firstVisited: date(1), lastVisited: date(2), ...(i % 2 === 1 ? { completed: date(2) } : {}) };
      if (i % 2 === 1) progress.quizzes[id] = { attempts: [attempt(5, 5, true, 2)] };
    }
    const text = encodeSuspendData(progress);
    expect(text.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
    const back = decoded(text);
    const kept = Object.keys(back.modules);
    expect(kept.length).toBeGreaterThan(20);
    expect(kept.every((id) => back.modules[id]!.completed)).toBe(true);
    expect(encodeSuspendData(progress, 500).length).toBeLessThanOrEqual(500);
  });

  it('encodes a new learner in a few characters', () => {
    expect(encodeSuspendData(emptyProgress())).toBe('{"v":1,"m":{}}');
    expect(decodeSuspendData('{"v":1,"m":{}}')).toEqual({ ok: true, progress: emptyProgress() });
  });

  it.each([
    ['empty (a first launch)', '', /is empty/],
    ['not JSON', 'viewed=1,2,3|lastviewedslide=31', /is not JSON/],
    ['another encoding version', '{"v":2,"m":{}}', /encoding version 2.*reads version 1/],
    ['no encoding version', '{"m":{}}', /no encoding version/],
    ['no module map', '{"v":1}', /no module map/],
    ['a bad date', '{"v":1,"m":{"it/a":["!!","t8ddk0","",0]}}', /module "it\/a"/],
    ['a module entry that is not a list', '{"v":1,"m":{"it/a":"yesterday"}}', /module "it\/a"/],
    ['a bad module id', '{"v":1,"m":{"Not An Id":["t8ddk0","t8ddk0","",0]}}', /does not match the progress format/],
    ['a reserved key', '{"v":1,"m":{"__proto__":["t8ddk0","t8ddk0","",0]}}', /reserved name "__proto__"/],
    ['an attempt with more right than asked', '{"v":1,"m":{"it/a":["t8ddk0","t8ddk0","",[9,5,1,"t8ddk0"]]}}', /correct cannot exceed total/],
    ['a number', '42', /not suspend data of this course/],
  ])('reads %s as nothing, says why, and does not throw', (_, text, reason) => {
    const result = decodeSuspendData(text);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toMatch(reason);
  });
});
