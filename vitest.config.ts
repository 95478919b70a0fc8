import { defineConfig } from 'vitest/config';

// Unit tests only: Playwright specs (*.spec.ts) live in test/e2e and never match this glob.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    // Property tests run thousands of cases; on a busy 2-core machine they need more than the 5 s default.
    testTimeout: 30_000,
  },
});
