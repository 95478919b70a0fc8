import { defineConfig } from '@playwright/test';
import { SYSTEM_CHROMIUM } from './scripts/lib/chromium.ts';

// The built site is served twice: at the root, and under a sub-path as trainers often host it.
// `npm run test:e2e` builds both first (scripts/e2e.mjs).
// E2E_PORT lets two checkouts run their suites side by side.
const port = Number(process.env.E2E_PORT ?? 4321);
export const ROOT_URL = `http://127.0.0.1:${port}`;
export const SUBPATH = '/training/academy/';
export const SUBPATH_URL = `http://127.0.0.1:${port + 1}${SUBPATH}`;

// Debian's Chromium where installed (this machine, CI); otherwise Playwright's own (scripts/e2e.mjs fetches it).
const chromium = process.env.CHROMIUM_PATH || SYSTEM_CHROMIUM;

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 30_000,
  // Two cores build and serve while the browser runs: give assertions time on a busy machine.
  expect: { timeout: 10_000 },
  retries: 0,
  workers: 2,
  // The JSON report feeds the closing summary of `npm test` (scripts/test.mjs).
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    baseURL: ROOT_URL,
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromium || undefined,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: [
    { command: `node scripts/serve.mjs --dir dist --port ${port} --base /`, url: `${ROOT_URL}/`, reuseExistingServer: false, timeout: 30_000 },
    { command: `node scripts/serve.mjs --dir dist-subpath --port ${port + 1} --base ${SUBPATH}`, url: SUBPATH_URL, reuseExistingServer: false, timeout: 30_000 },
  ],
});
