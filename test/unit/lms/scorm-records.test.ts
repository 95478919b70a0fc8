import { describe, expect, it } from 'vitest';
import {
  FINAL_CHECK_OBJECTIVE,
  interactionSets,
  interactionValues,
  objectiveRecords,
  objectiveValues,
  POLICY_OBJECTIVE,
  reportedSetKeys,
  scorm12Choices,
  setKeyOf,
  type TrackFacts,
} from '../../../src/lms/scorm-records.ts';
import type { TrackRules } from '../../../src/lms/track-result.ts';
import { emptyProgress, type Progress } from '../../../src/progress/progress-schema.ts';

const rules: TrackRules = { trackId: 'it', moduleIds: ['it/a', 'it/b'], passRule: 'both', attestation: { title: 'Social media policy', version: '3.1' } };
const facts: TrackFacts = {
  moduleTitles: { 'it/a': 'Accounts', 'it/b': 'Recovery' },
  finalQuestions: {
    f01: { module: 'it/a', prompt: 'Which sign-in resists phishing?', choices: ['a', 'b', 'c', 'd'] },
    f02: { module: 'it/b', prompt: `A long prompt ${'x'.repeat(300)}`, choices: ['keep', 'drop', 'ask'] },
  },
};
const when = '2026-11-30T09:30:15.123Z';

function record(): Progress {
  const progress = emptyProgress();
  progress.modules['it/a'] = { firstVisited: when, lastVisited: when, completed: when };
  progress.quizzes['it/a'] = { attempts: [{ correct: 3, total: 5, score: 0.6, passed: false, date: when }, { correct: 5, total: 5, score: 1, passed: true, date: when }] };
  progress.modules['it/b'] = { firstVisited: when, lastVisited: when };
  progress.finalChecks.it = {
    attempts: [
      { correct: 1, total: 2, score: 0.5, passed: false, date: '2026-11-29T08:00:00.000Z', contentVersion: 'v1', answers: [{ question: 'f01', picks: ['b'], right: false }, { question: 'f02', picks: ['keep'], right: true }] },
      { correct: 2, total: 2, score: 1, passed: true, date: when, contentVersion: 'v1', answers: [{ question: 'f01', picks: ['a', 'c'], right: true }, { question: 'f02', picks: ['ask', 'keep'], right: true }] },
    ],
  };
  progress.attestations.it = { date: '2026-11-30T09:40:00.000Z', policy: 'Social media policy', version: '3.1' };
  return progress;
}

/** The data types each version's elements must meet (SCORM 1.2 RTE 3.4, SCORM 2004 4th Edition RTE 4.2), as strictly as the standards word them. */
const FORMATS = {
  '1.2': {
    id: /^[\x21-\x7e]{1,255}$/,
    status: /^(passed|completed|failed|incomplete|browsed|not attempted)$/,
    type: /^(true-false|choice|fill-in|matching|performance|sequencing|likert|numeric)$/,
    result: /^(correct|wrong|unanticipated|neutral)$/,
    score: /^\d{1,3}$/,
  },
  '2004': {
    id: /^\S{1,4000}$/,
    completion: /^(completed|incomplete|not attempted|unknown)$/,
    success: /^(passed|failed|unknown)$/,
    type: /^(true-false|choice|fill-in|long-fill-in|matching|performance|sequencing|likert|numeric|other)$/,
    result: /^(correct|incorrect|unanticipated|neutral)$/,
    timestamp: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{1,6}Z$/,
    scaled: /^(0(\.\d+)?|1)$/,
  },
};

describe('objectives', () => {
  it('one per module, then the final check and the policy, with status and best score', () => {
    expect(objectiveRecords(record(), rules, facts)).toEqual([
      { id: 'it/a', description: 'Accounts', completion: 'completed', success: 'passed', score: 1 },
      { id: 'it/b', description: 'Recovery', completion: 'incomplete', success: 'unknown' },
      { id: FINAL_CHECK_OBJECTIVE, description: 'Final check', completion: 'completed', success: 'passed', score: 1 },
      { id: POLICY_OBJECTIVE, description: 'Confirmed having read Social media policy, version 3.1', completion: 'completed', success: 'passed' },
    ]);
    const outdated = { ...record(), attestations: { it: { date: when, policy: 'Social media policy', version: '3.0' } } };
    expect(objectiveRecords(outdated, rules, facts).at(-1)).toMatchObject({ completion: 'incomplete', success: 'unknown' });
    expect(objectiveRecords(emptyProgress(), { ...rules, attestation: undefined }, { ...facts, finalQuestions: {} }).map((o) => [o.id, o.completion, o.success])).toEqual([
      ['it/a', 'not attempted', 'unknown'],
      ['it/b', 'not attempted', 'unknown'],
    ]);
  });

  it.each(['1.2', '2004'] as const)('SCORM %s: the id first, every value within the version’s types', (version) => {
    for (const [index, objective] of objectiveRecords(record(), rules, facts).entries()) {
      const values = objectiveValues(version, index, objective);
      expect(values[0]).toEqual([`cmi.objectives.${index}.id`, objective.id]);
      for (const [element, value] of values) {
        const name = element.replace(/^cmi\.objectives\.\d+\./, '');
        const f = FORMATS[version] as Record<string, RegExp>;
        if (name === 'id') expect(value).toMatch(f.id!);
        else if (name === 'status') expect(value).toMatch(f.status!);
        else if (name === 'completion_status') expect(value).toMatch(f.completion!);
        else if (name === 'success_status') expect(value).toMatch(f.success!);
        else if (name === 'score.scaled') expect(value).toMatch(f.scaled!);
        else if (name === 'description') expect(value.length).toBeLessThanOrEqual(250);
        else expect(name).toMatch(/^score\.(raw|min|max)$/);
      }
    }
    const failed = objectiveValues(version, 0, { id: 'it/b', description: 'Recovery', completion: 'completed', success: 'failed', score: 0.4 });
    expect(Object.fromEntries(failed)).toMatchObject(version === '1.2' ? { 'cmi.objectives.0.status': 'failed', 'cmi.objectives.0.score.raw': '40' } : { 'cmi.objectives.0.success_status': 'failed', 'cmi.objectives.0.score.scaled': '0.4' });
  });
});

describe('interactions', () => {
  it('are the questions of the best final-check attempt, then the policy confirmation', () => {
    const sets = interactionSets(record(), rules, facts);
    expect(sets.map((set) => set.key)).toEqual(['final@2026-11-30T09:30:15', 'policy@2026-11-30T09:40:00']);
    expect(sets[0]!.interactions.map((i) => [i.id, i.objective, i.response, i.result])).toEqual([
      ['final-check/f01', 'it/a', ['a', 'c'], 'correct'],
      ['final-check/f02', 'it/b', ['ask', 'keep'], 'correct'],
    ]);
    expect(sets[1]!.interactions[0]).toMatchObject({ id: POLICY_OBJECTIVE, kind: 'confirmation', response: ['Read Social media policy, version 3.1; confirmed 2026-11-30'], result: 'neutral' });
    // The keys the suspend data of the same record stands for: a relaunch does not send these again.
    expect(reportedSetKeys(record(), rules)).toEqual(sets.map((set) => set.key));
  });

  it('send no questions for an attempt whose answers are not known (read back from suspend data)', () => {
    const progress = record();
    progress.finalChecks.it!.attempts = progress.finalChecks.it!.attempts.map((a) => ({ ...a, answers: [] }));
    expect(interactionSets(progress, rules, facts).map((set) => set.key)).toEqual(['policy@2026-11-30T09:40:00']);
    expect(reportedSetKeys(progress, rules)).toContain('final@2026-11-30T09:30:15');
  });

  it('SCORM 1.2: choice responses in single characters; 2004: choice ids joined by [,]', () => {
    const [set] = interactionSets(record(), rules, facts);
    expect(Object.fromEntries(interactionValues('1.2', 4, set!.interactions[0]!))).toEqual({
      'cmi.interactions.4.id': 'final-check/f01',
      'cmi.interactions.4.type': 'choice',
      'cmi.interactions.4.objectives.0.id': 'it/a',
      'cmi.interactions.4.student_response': 'a,c',
      'cmi.interactions.4.result': 'correct',
    });
    // Choice ids that are not single characters become their letters by position.
    expect(interactionValues('1.2', 5, set!.interactions[1]!).find(([e]) => e.endsWith('student_response'))![1]).toBe('c,a');
    expect(Object.fromEntries(interactionValues('2004', 0, set!.interactions[1]!))).toEqual({
      'cmi.interactions.0.id': 'final-check/f02',
      'cmi.interactions.0.type': 'choice',
      'cmi.interactions.0.objectives.0.id': 'it/b',
      'cmi.interactions.0.timestamp': '2026-11-30T09:30:15.123Z',
      'cmi.interactions.0.description': expect.stringMatching(/^A long prompt x+…$/),
      'cmi.interactions.0.learner_response': 'ask[,]keep',
      'cmi.interactions.0.result': 'correct',
    });
    expect(interactionValues('2004', 0, { ...set!.interactions[0]!, result: 'wrong' }).at(-1)).toEqual(['cmi.interactions.0.result', 'incorrect']);
    expect(interactionValues('1.2', 0, { ...set!.interactions[0]!, result: 'wrong' }).at(-1)).toEqual(['cmi.interactions.0.result', 'wrong']);
  });

  it.each(['1.2', '2004'] as const)('SCORM %s: the id first, the type before the response, every value within the version’s types', (version) => {
    const f = FORMATS[version] as Record<string, RegExp>;
    for (const set of interactionSets(record(), rules, facts)) {
      for (const interaction of set.interactions) {
        const values = interactionValues(version, 7, interaction);
        const names = values.map(([element]) => element.replace('cmi.interactions.7.', ''));
        expect(names[0]).toBe('id');
        expect(names.indexOf('type')).toBeLessThan(names.findIndex((n) => n.endsWith('_response')));
        const value = (name: string) => values.find(([element]) => element.endsWith(`.${name}`))?.[1] ?? '';
        expect(value('id')).toMatch(f.id!);
        expect(value('type')).toMatch(f.type!);
        expect(value('result')).toMatch(f.result!);
        if (version === '2004') {
          expect(value('timestamp')).toMatch(f.timestamp!);
          expect(value('description').length).toBeLessThanOrEqual(250);
        } else {
          expect(names).not.toContain('timestamp');
          const response = value('student_response');
          if (interaction.kind === 'choice') expect(response).toMatch(/^[0-9a-z](,[0-9a-z])*$/);
          else expect(response.length).toBeLessThanOrEqual(255);
        }
      }
    }
  });

  it('maps SCORM 1.2 choices, leaving out what cannot be mapped', () => {
    expect(scorm12Choices(['b', 'd'], ['a', 'b', 'c', 'd'])).toBe('b,d');
    expect(scorm12Choices(['yes'], ['no', 'yes'])).toBe('b');
    expect(scorm12Choices(['gone', 'no'], ['no', 'yes'])).toBe('a');
    expect(scorm12Choices(['a', 'long'], undefined)).toBe('a');
  });

  it('tells which set an interaction read back from the LMS belongs to', () => {
    expect(setKeyOf('final-check/f01', '2026-11-30T09:30:15.1Z')).toBe('final@2026-11-30T09:30:15');
    expect(setKeyOf(POLICY_OBJECTIVE, '2026-11-30T09:40:00.000Z')).toBe('policy@2026-11-30T09:40:00');
    expect(setKeyOf('someone-elses', '2026-11-30T09:40:00.000Z')).toBeUndefined();
    expect(setKeyOf('final-check/f01', '')).toBeUndefined();
  });
});
