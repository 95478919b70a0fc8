// The layering the READMEs describe: the framework-free folders import no Astro virtual module
// (`astro:*`), no React and no component, directly or through any module they import.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** The folders of plain TypeScript that pages and islands only wire up. */
export const PURE_FOLDERS = ['src/course', 'src/quiz', 'src/progress', 'src/search', 'src/lms', 'src/worksheets', 'src/simulation'];

const REACT = /^(react|react-dom)(\/|$)|^@(astrojs|nanostores|xstate)\/react(\/|$)/;
const COMPONENT = /\.(astro|tsx|jsx|mdx)$/;
const SOURCE = /\.(ts|mts|js|mjs)$/;

/** Why an import specifier is not allowed in a pure module, if it is not. */
function forbidden(specifier: string): string | undefined {
  if (specifier.startsWith('astro:')) return 'an Astro virtual module';
  if (REACT.test(specifier)) return 'React';
  if (COMPONENT.test(specifier)) return 'a component';
  return undefined;
}

/** Every module specifier a file imports: static, type-only, re-exports and dynamic `import()`. */
export function importsOf(file: string): string[] {
  return ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.map((imported) => imported.fileName);
}

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });

/**
 * Every way a pure folder under `root` reaches Astro, React or a component, as
 * `src/lms/a.ts → src/lib/b.ts imports "astro:content" (an Astro virtual module)`. Relative imports
 * are followed into modules outside the pure folders (those inside are checked on their own);
 * packages are not followed (a package is what it is named).
 */
export function layeringViolations(root: string, folders: readonly string[] = PURE_FOLDERS): string[] {
  const violations: string[] = [];
  const name = (file: string) => relative(root, file);
  const isPure = (file: string) => folders.some((folder) => !relative(join(root, folder), file).startsWith('..'));
  for (const folder of folders) {
    const dir = join(root, folder);
    if (!existsSync(dir)) continue;
    for (const start of sourceFiles(dir)) {
      const seen = new Set<string>();
      const visit = (file: string, chain: string[]) => {
        if (seen.has(file)) return;
        seen.add(file);
        for (const specifier of importsOf(file)) {
          const why = forbidden(specifier);
          if (why) {
            violations.push(`${[...chain, name(file)].join(' → ')} imports "${specifier}" (${why})`);
            continue;
          }
          if (!specifier.startsWith('.')) continue;
          const target = resolve(dirname(file), specifier);
          // A module of a pure folder is checked on its own; only modules outside them are followed.
          if (isPure(target)) continue;
          if (existsSync(target) && statSync(target).isFile() && SOURCE.test(target)) visit(target, [...chain, name(file)]);
        }
      };
      visit(start, []);
    }
  }
  return [...new Set(violations)];
}
