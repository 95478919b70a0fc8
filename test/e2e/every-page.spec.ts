import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { axeColorViolations, axeViolations, expect, test } from './fixtures.ts';

// The quality gate: every page of the build, in both colour schemes, with zero WCAG 2.2 AA
// violations. Every page a learner can reach is a file of the build, so checking all built pages
// covers at least every page reachable from the home page (and pages no link leads to yet). The
// one exception is the case library's combined role-and-theme filters, sampled (see COMBINED_FILTER).
//
// The pages are split by kind into batches of at most PAGES_PER_TEST, one test each, so the two
// workers share the work and a busy machine slows a batch down rather than pushing one long crawl
// past its limit. Each test visits its pages in one browser page (one context) and runs axe on
// each page in the light scheme, then its color rules in the dark scheme (the schemes differ only
// in colors; see COLOR_RULES).
const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const PAGES_PER_TEST = 12;
/** Time allowed per page (two axe runs) on a loaded 2-core machine; idle, a page takes about 1.5 s. */
const MS_PER_PAGE = 15_000;

/** Every built HTML page as the URL path it is served at ('/tracks/it/', '/404.html'). */
function builtPages(dir = DIST, prefix = '/'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return builtPages(`${dir}${entry.name}/`, `${prefix}${entry.name}/`);
    if (!entry.name.endsWith('.html')) return [];
    return [entry.name === 'index.html' ? prefix : `${prefix}${entry.name}`];
  });
}

/** The kind of a page, for naming the batches: where in the site it lives. */
function kindOf(path: string): string {
  const [first, , second] = path.split('/').filter(Boolean);
  if (first === 'tracks') return second ? 'modules, handouts and worksheets' : 'track pages';
  if (first === 'case-studies') return 'case studies';
  return 'home and other pages';
}

/**
 * Case-library pages for a role and a theme together (/case-studies/role/<r>/theme/<t>/): one
 * template whose cards and controls all appear on the role, theme and full library pages, which
 * are checked. Of these, axe checks the first for each role; check-site validates every one's HTML
 * and links. They are a third of the build, and checking all of them kept the suite near 15 minutes.
 */
const COMBINED_FILTER = /^\/case-studies\/role\/([^/]+)\/theme\/[^/]+\/$/;
const built = builtPages().sort();
const firstCombinedPerRole = new Set([...new Map(built.flatMap((path) => {
  const role = COMBINED_FILTER.exec(path)?.[1];
  return role ? [[role, path] as const] : [];
}).reverse()).values()]);
const pages = built.filter((path) => !COMBINED_FILTER.test(path) || firstCombinedPerRole.has(path));
const byKind = new Map<string, string[]>();
for (const path of pages) byKind.set(kindOf(path), [...(byKind.get(kindOf(path)) ?? []), path]);
const batches = [...byKind].flatMap(([kind, paths]) => {
  const count = Math.ceil(paths.length / PAGES_PER_TEST);
  // Even batches: 13 pages become 7 + 6, not 12 + 1.
  const size = Math.ceil(paths.length / count);
  return Array.from({ length: count }, (_, i) => ({ name: count > 1 ? `${kind} ${i + 1} of ${count}` : kind, paths: paths.slice(i * size, (i + 1) * size) }));
});

test.describe.configure({ mode: 'parallel' });

test('the build has every page the crawl is expected to check', () => {
  expect(pages.length, `no built site in ${DIST}: run npm run test:e2e`).toBeGreaterThan(50);
  expect(pages).toContain('/');
  // Every page but the combined filters, and one combined filter per role that has any.
  expect(built.filter((path) => !pages.includes(path)).every((path) => COMBINED_FILTER.test(path))).toBe(true);
  const rolesWithCombined = new Set(built.flatMap((path) => COMBINED_FILTER.exec(path)?.[1] ?? []));
  expect(firstCombinedPerRole.size).toBe(rolesWithCombined.size);
  expect(batches.flatMap((batch) => batch.paths).sort()).toEqual(pages);
});

for (const { name, paths } of batches) {
  test(`${name}: zero WCAG 2.2 AA violations in the light and dark schemes (${paths.length} pages)`, async ({ page }) => {
    test.setTimeout(30_000 + paths.length * MS_PER_PAGE);
    const failures: Record<string, string[]> = {};
    for (const path of paths) {
      const response = await page.goto(path);
      expect(response?.ok(), `${path} answered ${response?.status()}`).toBe(true);
      // Every rule in the light scheme; in the dark one, the rules that depend on colors (COLOR_RULES).
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        const violations = scheme === 'light' ? await axeViolations(page) : await axeColorViolations(page);
        if (violations.length > 0) failures[`${path} (${scheme})`] = violations;
      }
    }
    expect(failures).toEqual({});
  });
}
