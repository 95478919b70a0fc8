import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createExport } from '../../../src/progress/export-import.ts';
import { emptyProgress } from '../../../src/progress/progress-schema.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'learner-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]) => spawnSync(process.execPath, ['--disable-warning=ExperimentalWarning', 'scripts/learner-report.ts', ...args], { cwd: root, encoding: 'utf8' });

describe('npm run report', () => {
  it('reports the good files of a folder, lists the bad ones, and writes the CSV', () => {
    const exports = join(dir, 'exports');
    mkdirSync(exports);
    // A module of the shipped course, read from its track file so the test follows content changes.
    const foundations = parse(readFileSync(join(root, 'content/tracks/foundations.yaml'), 'utf8')) as { modules: string[]; title: string };
    const moduleId = `foundations/${foundations.modules[0]}`;
    const ada = emptyProgress();
    ada.learnerName = '@Ada, "the first"';
    ada.modules[moduleId] = { firstVisited: '2026-03-01T10:00:00.000Z', lastVisited: '2026-03-01T10:00:00.000Z', completed: '2026-03-01T10:30:00.000Z' };
    ada.quizzes[moduleId] = { attempts: [{ correct: 5, total: 6, score: 5 / 6, passed: true, date: '2026-03-01T10:30:00.000Z' }] };
    ada.finalChecks.foundations = { attempts: [{ correct: 6, total: 8, score: 0.75, passed: false, date: '2026-03-02T10:00:00.000Z', contentVersion: 'old-pool', answers: [] }] };
    writeFileSync(join(exports, 'ada.json'), createExport(ada, new Date()));
    writeFileSync(join(exports, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 255]));
    writeFileSync(join(exports, 'survey.json'), '{"answers": [1, 2, 3]}');
    const out = join(dir, 'report.csv');

    const result = run(exports, join(dir, 'missing.json'), '--out', out);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`@Ada, "the first"  ${foundations.title} 1/${foundations.modules.length}, final check 75% not passed (earlier edition)`);
    expect(result.stdout).toContain('Skipped 3 files that are not progress exports:');
    expect(result.stdout).toMatch(/photo\.png: This file is not a progress export: it is not JSON/);
    expect(result.stdout).toMatch(/survey\.json: This file is JSON but not a Social Literacy Academy progress export/);
    expect(result.stdout).toMatch(/missing\.json: does not exist/);
    expect(result.stdout).toContain(`CSV written to ${out}`);

    const csv = readFileSync(out, 'utf8').split('\r\n');
    expect(csv[0]).toBe(
      '\uFEFFLearner,File,Track,Track completed,Module,Quiz passed,Best score (%),Attempts,Passed on,Final check passed,Final check best (%),Final check attempts,Final check passed on,Final check edition,Policy confirmed,Verification code,File checksum',
    );
    const adaRow = csv.find((line) => line.includes(',83,1,2026-03-01,'));
    expect(adaRow).toMatch(/^"'@Ada, ""the first""",/);
    expect(adaRow).toContain(`,${foundations.title},no,`);
    expect(adaRow).toMatch(/,yes,83,1,2026-03-01,no,75,1,,old-pool \(earlier\),,,matches$/);
    expect(csv.filter(Boolean)).toHaveLength(1 + foundations.modules.length);
  });

  it('explains its usage when given nothing', () => {
    const result = run();
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Usage: npm run report -- <exported progress files or folders …>');
  });
});
