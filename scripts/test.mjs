// `npm test`: type checking (`astro check`, which must report 0 errors), unit tests, then the
// end-to-end suite (which builds the site), then one closing line with the totals of both test
// runners, e.g. "Tests: 180 passed, 0 failed". Each stage runs only if the one before passed.
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

// Astro's own type check of .astro, .ts and .tsx files; it exits non-zero on any error.
const checkStatus = run('npx', ['astro', 'check'], { ASTRO_TELEMETRY_DISABLED: '1' });
const unitStatus = checkStatus === 0 ? run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${RESULTS}/unit.json`]) : 1;
const e2eStatus = unitStatus === 0 ? run('node', ['scripts/e2e.mjs'], { PLAYWRIGHT_JSON_OUTPUT_NAME: `${RESULTS}/e2e.json` }) : 1;

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);
const unit = read(`${RESULTS}/unit.json`);
const e2e = read(`${RESULTS}/e2e.json`);
const passed = (unit?.numPassedTests ?? 0) + (e2e?.stats?.expected ?? 0);
// A failed type check counts as one failed test: nothing after it ran.
const failed = (checkStatus !== 0 ? 1 : 0) + (unit?.numFailedTests ?? 0) + (e2e?.stats?.unexpected ?? 0) + (e2e?.stats?.flaky ?? 0);
const skipped = (unit?.numPendingTests ?? 0) + (e2e?.stats?.skipped ?? 0);
if (checkStatus !== 0) console.log('\nastro check found errors: the unit and end-to-end tests did not run.');
else if (unitStatus !== 0) console.log('\nUnit tests failed: the end-to-end suite did not run.');
console.log(`\nTests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(checkStatus || unitStatus || e2eStatus);
