// Runs the end-to-end suite the way CI does: builds the course twice (at the root and under a
// sub-path, as trainers host it), checks both builds' HTML and links, makes sure a browser is
// there, then runs Playwright.
import { spawnSync } from 'node:child_process';
import { SYSTEM_CHROMIUM } from './lib/chromium.ts';


function run(command, args, env = {}) {
  console.log(`\n> ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// No system Chromium: fetch Playwright's own build first.
if (!process.env.CHROMIUM_PATH && !SYSTEM_CHROMIUM) run('npx', ['playwright', 'install', 'chromium']);

run('npx', ['astro', 'build'], { BASE_PATH: '/', OUT_DIR: './dist' });
// The sub-path copy is built with an organization's contacts, policy and jurisdictions filled in
// (test/fixtures/site-configured.yaml); the root copy shows the shipped fallbacks.
run('npx', ['astro', 'build'], { BASE_PATH: '/training/academy/', OUT_DIR: './dist-subpath', SITE_FILE: 'test/fixtures/site-configured.yaml' });
// Valid HTML, no broken link, anchor or asset, nothing loaded from another host — in both builds.
run('node', ['scripts/check-site.ts', 'dist', '/']);
run('node', ['scripts/check-site.ts', 'dist-subpath', '/training/academy/']);
// One small track packaged for both SCORM versions, for test/e2e/scorm.spec.ts (it serves the zips to a test LMS).
run('node', ['--disable-warning=ExperimentalWarning', 'scripts/package-scorm.ts', '--track', 'foundations', '--scorm', 'both', '--out', 'dist-scorm']);
// The same track as a cmi5 package, for test/e2e/cmi5.spec.ts (it launches it against an LRS stand-in).
run('node', ['--disable-warning=ExperimentalWarning', 'scripts/package-cmi5.ts', '--track', 'foundations', '--out', 'dist-cmi5']);
run('npx', ['playwright', 'test', ...process.argv.slice(2)]);
