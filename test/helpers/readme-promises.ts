import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The README section that maps each promise about learner data to the test that holds it. */
export const PROMISES_SECTION = '### What the README promises about progress and LMS data, and the test that holds each';

/** The (file, test name) pairs the README's promise table names, row by row. */
export function namedTests(readme: string): { file: string; name: string }[] {
  const start = readme.indexOf(PROMISES_SECTION);
  if (start === -1) return [];
  const rest = readme.slice(start + PROMISES_SECTION.length);
  const end = rest.search(/\n#{2,3} /);
  const section = end === -1 ? rest : rest.slice(0, end);
  return section.split('\n').flatMap((line) => {
    const match = /^\|[^|]*\| `([^`]+)` \| "(.+)" \|$/.exec(line.trim());
    return match ? [{ file: match[1]!, name: match[2]! }] : [];
  });
}

/** The named tests that are not in their file: a missing file, or no test by that name in it. */
export function missingTests(root: string, tests: readonly { file: string; name: string }[]): string[] {
  return tests.flatMap(({ file, name }) => {
    const path = join(root, file);
    if (!existsSync(path)) return [`${file}: no such file`];
    // Test names as written in the source, with escaped quotes read as quotes.
    const source = readFileSync(path, 'utf8').replace(/\\(['`"])/g, '$1');
    const quoted = [`'${name}'`, `"${name}"`, `\`${name}\``];
    return quoted.some((text) => source.includes(text)) ? [] : [`${file}: no test named "${name}"`];
  });
}
