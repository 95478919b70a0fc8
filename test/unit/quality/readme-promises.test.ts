import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { missingTests, namedTests } from '../../helpers/readme-promises.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

describe('the README’s promises about learner data', () => {
  const tests = namedTests(readFileSync(join(ROOT, 'README.md'), 'utf8'));

  it('names a test for each promise', () => {
    expect(tests.length).toBeGreaterThanOrEqual(40);
  });

  it('names only tests that exist, in the files it names', () => {
    expect(missingTests(ROOT, tests)).toEqual([]);
  });

  it('notices a renamed test or a missing file', () => {
    expect(missingTests(ROOT, [{ file: 'test/unit/progress/merge.test.ts', name: 'keeps everything from both sides' }])).toEqual([
      'test/unit/progress/merge.test.ts: no test named "keeps everything from both sides"',
    ]);
    expect(missingTests(ROOT, [{ file: 'test/unit/progress/gone.test.ts', name: 'x' }])).toEqual(['test/unit/progress/gone.test.ts: no such file']);
  });
});
