import { axeViolations, expect, test } from './fixtures.ts';

/** One page of each type; the quality-gate crawl covers every page. */
const pageTypes = async (page: import('@playwright/test').Page) => {
  await page.goto('/tracks/it/');
  const modulePath = new URL(await page.getByRole('list', { name: 'Modules' }).getByRole('link').first().getAttribute('href')!, page.url()).pathname;
  await page.goto('/case-studies/');
  const casePath = new URL(await page.getByRole('list', { name: 'All case studies' }).getByRole('link').first().getAttribute('href')!, page.url()).pathname;
  return { home: '/', track: '/tracks/it/', module: modulePath, 'case study library': '/case-studies/', 'case study': casePath };
};

for (const scheme of ['light', 'dark'] as const) {
  test(`each page type has no WCAG 2.2 AA violations in the ${scheme} scheme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [type, path] of Object.entries(await pageTypes(page))) {
      await page.goto(path);
      expect(await axeViolations(page), `${type} page ${path}`).toEqual([]);
    }
  });
}
