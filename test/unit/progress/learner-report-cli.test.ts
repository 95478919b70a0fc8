import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createExport } from '../../../src/progress/export-import.ts';
import { load } from 'js-yaml';
import { emptyProgress } from '../../../src/progress/progress-schema.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
// The shipped Foundations track, read from its file so the test follows the course's content.
const foundations = load(readFileSync(join(root, 'content/tracks/foundations.yaml'), 'utf8')) as { modules: string[] };
const firstModule = `foundations/${foundations.modules[0]}`;
const dir = mkdtempSync(join(tmpdir(), 'learner-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]) => spawnSync(process.execPath, ['--disable-warning=ExperimentalWarning', 'scripts/learner-report.ts', ...args], { cwd: root, encoding: 'utf8' });

describe('npm run report', () => {
  it('reports the good files of a folder, lists the bad ones, and writes the CSV', () => {
    const exports = join(dir, 'exports');
    mkdirSync(exports);
    const ada = emptyProgress();
    ada.learnerName = '@Ada, "the first"';
    ada.modules[firstModule] = { firstVisited: '2026-03-01T10:00:00.000Z', lastVisited: '2026-03-01T10:00:00.000Z', completed: '2026-03-01T10:30:00.000Z' };
    ada.quizzes[firstModule] = { attempts: [{ correct: 5, total: 6, score: 5 / 6, passed: true, date: '2026-03-01T10:30:00.000Z' }] };
    writeFileSync(join(exports, 'ada.json'), createExport(ada, new Date()));
    writeFileSync(join(exports, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 255]));
    writeFileSync(join(exports, 'survey.json'), '{"answers": [1, 2, 3]}');
    const out = join(dir, 'report.csv');

    const result = run(exports, join(dir, 'missing.json'), '--out', out);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`@Ada, "the first"\\s+Foundations for everyone 1/${foundations.modules.length}`));
    expect(result.stdout).toContain('Skipped 3 files that are not progress exports:');
    expect(result.stdout).toMatch(/photo\.png: This file is not a progress export: it is not JSON/);
    expect(result.stdout).toMatch(/survey\.json: This file is JSON but not a Social Literacy Academy progress export/);
    expect(result.stdout).toMatch(/missing\.json: does not exist/);
    expect(result.stdout).toContain(`CSV written to ${out}`);

    const csv = readFileSync(out, 'utf8').split('\r\n');
    expect(csv[0]).toBe('\uFEFFLearner,File,Track,Track completed,Module,Quiz passed,Best score (%),Attempts,Passed on');
    const row = csv.find((line) => line.startsWith(`"'@Ada, ""the first""",${join(exports, 'ada.json')},Foundations for everyone,no,`) && line.endsWith(',yes,83,1,2026-03-01'));
    expect(row, 'the passed module, its best score, attempts and day').toBeDefined();
    expect(csv.filter(Boolean)).toHaveLength(1 + foundations.modules.length);
  });

  it('explains its usage when given nothing', () => {
    const result = run();
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Usage: npm run report -- <exported progress files or folders …>');
  });
});
