import { axeViolations, expect, internalLinks, test } from './fixtures.ts';

// The quality gate: every page reachable from the home page, in both colour schemes.
for (const scheme of ['light', 'dark'] as const) {
  test(`every page has zero WCAG 2.2 AA violations in the ${scheme} scheme`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.emulateMedia({ colorScheme: scheme });
    const queue = ['/'];
    const seen = new Set(queue);
    const failures: Record<string, string[]> = {};
    while (queue.length > 0) {
      const path = queue.shift()!;
      await page.goto(path);
      const violations = await axeViolations(page);
      if (violations.length > 0) failures[path] = violations;
      for (const link of await internalLinks(page)) {
        const next = new URL(link).pathname;
        if (!seen.has(next) && !/\.(json|zip|svg|png|xml)$/.test(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    expect(seen.size).toBeGreaterThan(50);
    expect(failures).toEqual({});
  });
}
