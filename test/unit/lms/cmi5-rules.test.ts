import { describe, expect, it } from 'vitest';
import { afterSending, auCriteriaFor, auOutcome, masteryScoreOf, newSessionReport, verdictsToSend, type AuCriteria, type SessionReport } from '../../../src/lms/cmi5-rules.ts';
import { emptyProgress, type Progress } from '../../../src/progress/progress-schema.ts';

const MODULES = ['it/a', 'it/b'];
const when = '2026-11-02T10:00:00.000Z';
const modules = (mastery = 0.8): AuCriteria => ({ trackId: 'it', moduleIds: MODULES, passRule: 'modules', masteryScore: mastery });

function withScores(scores: Record<string, [number, number, boolean][]>): Progress {
  const progress = emptyProgress();
  for (const [id, attempts] of Object.entries(scores)) {
    const passed = attempts.some(([, , p]) => p);
    progress.modules[id] = { firstVisited: when, lastVisited: when, ...(passed ? { completed: when } : {}) };
    progress.quizzes[id] = { attempts: attempts.map(([correct, total, p]) => ({ correct, total, score: correct / total, passed: p, date: when })) };
  }
  return progress;
}

describe('auCriteriaFor', () => {
  const site = { passMark: 0.75, certificateRequires: 'both' as const, finalCheck: { passMark: 0.85 } };
  it('judges a track with a final check as its certificate, at the final check’s pass mark', () => {
    expect(auCriteriaFor(site, { id: 'it', moduleIds: MODULES, hasFinalCheck: true })).toEqual({ trackId: 'it', moduleIds: MODULES, passRule: 'both', masteryScore: 0.85 });
  });
  it('judges a track without one by its modules, at the site’s pass mark', () => {
    expect(auCriteriaFor(site, { id: 'it', moduleIds: MODULES, hasFinalCheck: false })).toEqual({ trackId: 'it', moduleIds: MODULES, passRule: 'modules', masteryScore: 0.75 });
  });
  it('asks for the policy confirmation where site.yaml names the track, as the SCORM package does', () => {
    const withPolicy = { ...site, policy: { title: 'Policy', version: '2' }, attestation: { track: 'it' } };
    expect(auCriteriaFor(withPolicy, { id: 'it', moduleIds: MODULES, hasFinalCheck: true }).attestation).toEqual({ title: 'Policy', version: '2' });
  });
  it('lets the LMS’s mastery score win', () => {
    expect(masteryScoreOf(modules(), { masteryScore: 0.9 })).toBe(0.9);
    expect(masteryScoreOf(modules(), {})).toBe(0.8);
  });
});

describe('auOutcome by modules', () => {
  it('is unknown and not completed before every quiz is taken', () => {
    expect(auOutcome(withScores({ 'it/a': [[5, 5, true]] }), undefined, modules(), 0.8)).toEqual({ completed: false, success: 'unknown' });
  });
  it('is completed and passed when every quiz is passed, scored by the weakest module', () => {
    expect(auOutcome(withScores({ 'it/a': [[5, 5, true]], 'it/b': [[4, 5, true]] }), undefined, modules(), 0.8)).toMatchObject({ completed: true, success: 'passed', score: { scaled: 0.8 } });
  });
  it('is failed with the weakest module’s score, below the mastery score where the mean would reach it (one quiz failed, one perfect)', () => {
    expect(auOutcome(withScores({ 'it/a': [[10, 10, true]], 'it/b': [[6, 10, false]] }), undefined, modules(0.8), 0.8)).toMatchObject({ completed: true, success: 'failed', score: { scaled: 0.6 } });
  });
  it('is failed without a score where a lower LMS mastery score would contradict the verb', () => {
    const outcome = auOutcome(withScores({ 'it/a': [[10, 10, true]], 'it/b': [[6, 10, false]] }), undefined, modules(0.5), 0.5);
    expect(outcome).toMatchObject({ completed: true, success: 'failed' });
    expect(outcome.score).toBeUndefined();
  });
  it('is failed with its score below the mastery score', () => {
    expect(auOutcome(withScores({ 'it/a': [[2, 5, false]], 'it/b': [[3, 5, false]] }), undefined, modules(), 0.8)).toMatchObject({ success: 'failed', score: { scaled: 0.4 } });
  });
  it('waits for the policy confirmation, as the certificate does', () => {
    const criteria = { ...modules(), attestation: { title: 'Policy', version: '2' } };
    const done = withScores({ 'it/a': [[5, 5, true]], 'it/b': [[5, 5, true]] });
    expect(auOutcome(done, undefined, criteria, 0.8)).toMatchObject({ completed: true, success: 'unknown' });
    expect(auOutcome({ ...done, attestations: { it: { date: when, policy: 'Policy', version: '2' } } }, undefined, criteria, 0.8).success).toBe('passed');
  });
  it('follows a higher LMS mastery score: every quiz passed is not enough below it', () => {
    expect(auOutcome(withScores({ 'it/a': [[4, 5, true]], 'it/b': [[4, 5, true]] }), undefined, modules(), 0.9)).toMatchObject({ success: 'failed', score: { scaled: 0.8 } });
  });
  it('bases a failure on the attempts, so a retake makes a new one', () => {
    const first = auOutcome(withScores({ 'it/a': [[2, 5, false]], 'it/b': [[3, 5, false]] }), undefined, modules(), 0.8);
    const retaken = auOutcome(withScores({ 'it/a': [[2, 5, false], [3, 5, false]], 'it/b': [[3, 5, false]] }), undefined, modules(), 0.8);
    expect(first.basis).not.toBe(retaken.basis);
  });
});

describe('auOutcome by the final check', () => {
  const both: AuCriteria = { trackId: 'it', moduleIds: MODULES, passRule: 'both', masteryScore: 0.8 };
  const final: AuCriteria = { ...both, passRule: 'final' };
  const allPassed = withScores({ 'it/a': [[5, 5, true]], 'it/b': [[5, 5, true]] });
  it('is unknown, and not completed, until the final check is taken', () => {
    expect(auOutcome(allPassed, undefined, both, 0.8)).toMatchObject({ completed: false, success: 'unknown' });
  });
  it('passes on the final check’s score (raw, min and max from its questions)', () => {
    expect(auOutcome(allPassed, { correct: 7, total: 8, passed: true, date: when }, both, 0.8)).toMatchObject({ success: 'passed', score: { scaled: 0.875, raw: 7, min: 0, max: 8 }, basis: `final:${when}` });
  });
  it('fails below the mastery score, whatever the modules', () => {
    expect(auOutcome(emptyProgress(), { correct: 5, total: 8, passed: false, date: when }, both, 0.8)).toMatchObject({ completed: false, success: 'failed', score: { scaled: 0.625 } });
  });
  it('waits for the modules under "both", not under "final"', () => {
    const check = { correct: 8, total: 8, passed: true, date: when };
    expect(auOutcome(emptyProgress(), check, both, 0.8).success).toBe('unknown');
    expect(auOutcome(emptyProgress(), check, final, 0.8).success).toBe('passed');
  });
});

describe('verdictsToSend: cmi5’s exactly-once rules', () => {
  const started: SessionReport = { ...newSessionReport(), initialized: true };
  const passed = { completed: true, success: 'passed' as const, score: { scaled: 0.9 }, basis: 'x' };
  const failed = { completed: true, success: 'failed' as const, basis: 'y' };

  it('sends passed then completed once, in launchMode Normal only, after initialized and before terminated', () => {
    expect(verdictsToSend(passed, 'Normal', {}, started)).toEqual(['passed', 'completed']);
    expect(verdictsToSend(passed, 'Browse', {}, started)).toEqual([]);
    expect(verdictsToSend(passed, 'Review', {}, started)).toEqual([]);
    expect(verdictsToSend(passed, 'Normal', {}, newSessionReport())).toEqual([]);
    expect(verdictsToSend(passed, 'Normal', {}, { ...started, terminated: true })).toEqual([]);
  });

  it('never sends a verb twice: not in the session, not in the registration', () => {
    let registration = {};
    let session = started;
    for (const verb of verdictsToSend(passed, 'Normal', registration, session)) ({ registration, session } = afterSending(verb, passed.basis, registration, session));
    expect(verdictsToSend(passed, 'Normal', registration, session)).toEqual([]);
    // A later session of the same registration.
    expect(verdictsToSend(passed, 'Normal', registration, started)).toEqual([]);
  });

  it('never sends passed and failed in one session: a pass after a failure waits for the next session', () => {
    const { registration, session } = afterSending('failed', failed.basis, {}, started);
    expect(verdictsToSend(passed, 'Normal', registration, session)).toEqual(['completed']);
    expect(verdictsToSend(passed, 'Normal', registration, started)).toEqual(['passed', 'completed']);
  });

  it('never sends failed after passed, and the same failure only once', () => {
    expect(verdictsToSend(failed, 'Normal', { passed: true, completed: true }, started)).toEqual([]);
    const { registration } = afterSending('failed', failed.basis, {}, started);
    expect(verdictsToSend(failed, 'Normal', { ...registration, completed: true }, started)).toEqual([]);
    expect(verdictsToSend({ ...failed, basis: 'z' }, 'Normal', { ...registration, completed: true }, started)).toEqual(['failed']);
  });

  it('records what was sent', () => {
    expect(afterSending('initialized', undefined, {}, newSessionReport()).session.initialized).toBe(true);
    expect(afterSending('terminated', undefined, {}, started).session.terminated).toBe(true);
    expect(afterSending('completed', undefined, {}, started)).toEqual({ registration: { completed: true }, session: { ...started, completed: true } });
    expect(afterSending('passed', 'b', {}, started)).toEqual({ registration: { passed: true }, session: { ...started, verdict: 'passed' } });
  });
});
