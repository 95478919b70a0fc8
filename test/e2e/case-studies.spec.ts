import { axeViolations, expect, test } from './fixtures.ts';

test('a support lead filters the library by role, opens a case and reaches a module that uses it', async ({ page }) => {
  await page.goto('/case-studies/');
  const all = await page.getByRole('list', { name: 'Case studies' }).getByRole('listitem').count();
  expect(all).toBeGreaterThanOrEqual(15);

  const filters = page.getByRole('navigation', { name: 'Filter case studies' });
  await filters.getByRole('link', { name: 'Customer support' }).click();
  await expect(page).toHaveURL(/\/case-studies\/role\/support\/$/);
  await expect(filters.getByRole('link', { name: 'Customer support' })).toHaveAttribute('aria-current', 'page');
  const cards = page.getByRole('list', { name: 'Case studies' }).getByRole('listitem');
  const shown = await cards.count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(all);
  for (const card of await cards.all()) await expect(card).toContainText('Customer support');

  await cards.filter({ hasText: 'Comcast' }).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Comcast');
  await page.getByRole('region', { name: 'Modules that use this case' }).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/tracks\/[a-z]+\/[a-z0-9-]+\/$/);
  await expect(page.getByRole('region', { name: /Case stud/ }).getByRole('link', { name: /Comcast/ })).toBeVisible();
});

test('theme filters work without JavaScript and pass axe', async ({ browser, page: scriptedPage }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/case-studies/');
  await page.getByRole('navigation', { name: 'Filter case studies' }).getByRole('link', { name: 'Technology and access' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Case studies: Technology and access');
  await expect(page.getByRole('list', { name: 'Case studies' }).getByRole('link', { name: /Burger King/ })).toBeVisible();
  const filterUrl = page.url();
  await context.close();

  // axe itself needs script in the page.
  await scriptedPage.goto(filterUrl);
  expect(await axeViolations(scriptedPage)).toEqual([]);
});
