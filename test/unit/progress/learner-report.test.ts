import { describe, expect, it } from 'vitest';
import { createExport } from '../../../src/progress/export-import.ts';
import { buildLearnerReport, csvRows, formatLearnerTable, type ReportTrack } from '../../../src/progress/learner-report.ts';
import { emptyProgress, type Progress } from '../../../src/progress/progress-schema.ts';

const TRACKS: ReportTrack[] = [
  { id: 'foundations', title: 'Foundations', modules: [{ id: 'foundations/a', title: 'A' }, { id: 'foundations/b', title: 'B, the second' }] },
  { id: 'legal', title: 'Legal', modules: [{ id: 'legal/c', title: 'C' }] },
];
const NO_FINAL = ['', '', '', '', '', '', ''];
const day = (d: number) => new Date(Date.UTC(2026, 2, d, 12)).toISOString();

function learner(name: string | undefined, results: Record<string, number[]>): Progress {
  const progress = emptyProgress();
  if (name) progress.learnerName = name;
  for (const [id, scores] of Object.entries(results)) {
    const passedAt = scores.findIndex((s) => s >= 0.8);
    progress.modules[id] = { firstVisited: day(1), lastVisited: day(2), ...(passedAt >= 0 ? { completed: day(2 + passedAt) } : {}) };
    progress.quizzes[id] = { attempts: scores.map((score, i) => ({ correct: score * 5, total: 5, score, passed: score >= 0.8, date: day(2 + i) })) };
  }
  return progress;
}
const file = (name: string, progress: Progress) => ({ name, text: createExport(progress, new Date(day(20))) });

describe('buildLearnerReport', () => {
  const report = buildLearnerReport(
    [
      file('exports/ada.json', learner('Ada Lovelace', { 'foundations/a': [0.6, 1], 'foundations/b': [0.8], 'legal/c': [0.4] })),
      file('exports/grace-hopper.json', learner(undefined, { 'legal/c': [1] })),
      file('exports/new.json', emptyProgress()),
      { name: 'exports/notes.txt', text: 'hello' },
      { name: 'exports/other.json', text: '{"format":"someone-else/progress"}' },
      { name: 'exports/future.json', text: JSON.stringify({ format: 'social-literacy-academy/progress', version: 99, progress: {} }) },
      { name: 'exports/damaged.json', text: JSON.stringify({ format: 'social-literacy-academy/progress', version: 1, progress: { version: 1, modules: 'x' } }) },
      { name: 'exports/locked.json', readError: 'could not be read (EACCES)' },
    ],
    TRACKS,
  );

  it('names learners from the record, or from the file name', () => {
    expect(report.learners.map((l) => l.learner)).toEqual(['Ada Lovelace', 'grace-hopper', 'new']);
    expect(report.learners[0]!.exportedAt).toBe(day(20));
  });

  it('says which tracks each learner started and completed', () => {
    expect(report.learners.map((l) => l.tracks.map((t) => `${t.id} ${t.done}/${t.total}${t.completed ? ' completed' : ''}`))).toEqual([
      ['foundations 2/2 completed', 'legal 0/1'],
      ['legal 1/1 completed'],
      [],
    ]);
  });

  it('has a row per module of each started track, with the best score, attempts and the day first passed', () => {
    const adaCode = report.learners[0]!.tracks[0]!.code;
    expect(adaCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}$/);
    expect(csvRows(report)).toEqual([
      ['Ada Lovelace', 'exports/ada.json', 'Foundations', 'yes', 'A', 'yes', 100, 2, day(3).slice(0, 10), ...NO_FINAL.slice(0, 6), adaCode, 'matches'],
      ['Ada Lovelace', 'exports/ada.json', 'Foundations', 'yes', 'B, the second', 'yes', 80, 1, day(2).slice(0, 10), ...NO_FINAL.slice(0, 6), adaCode, 'matches'],
      ['Ada Lovelace', 'exports/ada.json', 'Legal', 'no', 'C', 'no', 40, 1, '', ...NO_FINAL, 'matches'],
      // No name, so no certificate and no code.
      ['grace-hopper', 'exports/grace-hopper.json', 'Legal', 'yes', 'C', 'yes', 100, 1, day(2).slice(0, 10), ...NO_FINAL, 'matches'],
    ]);
  });

  it('adds the final check (best, attempts, edition), the policy confirmation and flags a file edited after export', () => {
    const tracks: ReportTrack[] = [{ ...TRACKS[0]!, finalCheck: { contentVersion: 'pool-v2' }, certificateRequires: 'both', attestation: { title: 'Acme Policy', version: '3.1' } }];
    const progress = learner('Ada Lovelace', { 'foundations/a': [1], 'foundations/b': [1] });
    const finalAttempt = (correct: number, d: number, contentVersion: string) => ({ correct, total: 8, score: correct / 8, passed: correct >= 7, date: day(d), contentVersion, answers: [] });
    progress.finalChecks.foundations = { attempts: [finalAttempt(5, 4, 'pool-v1'), finalAttempt(7, 5, 'pool-v2')] };
    progress.attestations.foundations = { date: day(5), policy: 'Acme Policy', version: '3.1' };
    const good = file('ada.json', progress);
    const tampered = JSON.parse(good.text);
    tampered.progress.finalChecks.foundations.attempts[0].correct = 8;
    const both = buildLearnerReport([good, { name: 'ada-edited.json', text: JSON.stringify(tampered) }], tracks);
    const [row] = csvRows(both);
    expect(row!.slice(9)).toEqual(['yes', 88, 2, day(5).slice(0, 10), 'pool-v2 (current)', `Acme Policy 3.1, ${day(5).slice(0, 10)}`, both.learners[0]!.tracks[0]!.code, 'matches']);
    expect(both.learners[0]!.tracks[0]!.code).toMatch(/^[0-9A-Z]{4}-/);
    expect(csvRows(both).at(-1)!.at(-1)).toBe('DOES NOT MATCH (edited after export)');
    const table = formatLearnerTable(both);
    expect(table).toContain(`Foundations 2/2 ✓ completed, final check 88% passed, policy confirmed ${day(5).slice(0, 10)}, code ${both.learners[0]!.tracks[0]!.code}`);
    expect(table).toMatch(/ada-edited\.json \(EDITED AFTER EXPORT\)/);
  });

  it('lists every file that is not a progress export with the reason, and skips it', () => {
    expect(report.skipped.map((s) => s.file)).toEqual(['exports/notes.txt', 'exports/other.json', 'exports/future.json', 'exports/damaged.json', 'exports/locked.json']);
    expect(report.skipped[0]!.reason).toMatch(/not JSON/);
    expect(report.skipped[1]!.reason).toMatch(/not a Social Literacy Academy progress export/);
    expect(report.skipped[2]!.reason).toMatch(/newer version of the course \(format version 99/);
    expect(report.skipped[3]!.reason).toMatch(/damaged/);
    expect(report.skipped[4]!.reason).toBe('could not be read (EACCES)');
  });

  it('prints a table with one line per learner, with control characters from files made harmless', () => {
    const table = formatLearnerTable(buildLearnerReport([file('x.json', learner('Evil\u001b[2J name', { 'legal/c': [1] }))], TRACKS));
    expect(table.split('\n')).toEqual([
      'Learner        Tracks (modules passed / all)             File',
      '-------------  ----------------------------------------  ------',
      `Evil?[2J name  Legal 1/1 ✓ completed, code ${buildLearnerReport([file('x.json', learner('Evil\u001b[2J name', { 'legal/c': [1] }))], TRACKS).learners[0]!.tracks[0]!.code}  x.json`,
    ]);
  });
});
