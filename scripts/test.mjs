// `npm test`: unit tests, then the end-to-end suite (which builds the site), then one closing line
// with the totals of both runners, e.g. "Tests: 180 passed, 0 failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

// Outside test-results/, which Playwright empties when it starts.
const RESULTS = '.test-summary';
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

const run = (command, args, env = {}) =>
  spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

// The content report (review ages, AsOf statements, reading time and grade) goes into every CI log.
run('node', ['--disable-warning=ExperimentalWarning', 'scripts/content-report.ts']);

const unitStatus = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${RESULTS}/unit.json`]);
const e2eStatus = unitStatus === 0 ? run('node', ['scripts/e2e.mjs'], { PLAYWRIGHT_JSON_OUTPUT_NAME: `${RESULTS}/e2e.json` }) : 1;

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);
const unit = read(`${RESULTS}/unit.json`);
const e2e = read(`${RESULTS}/e2e.json`);
const passed = (unit?.numPassedTests ?? 0) + (e2e?.stats?.expected ?? 0);
const failed = (unit?.numFailedTests ?? 0) + (e2e?.stats?.unexpected ?? 0) + (e2e?.stats?.flaky ?? 0);
const skipped = (unit?.numPendingTests ?? 0) + (e2e?.stats?.skipped ?? 0);
if (unitStatus !== 0) console.log('\nUnit tests failed: the end-to-end suite did not run.');
console.log(`\nTests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(unitStatus || e2eStatus);
