import { axeViolations, expect, test } from './fixtures.ts';

test('a support lead filters the library by role, opens a case and reaches a module that uses it', async ({ page }) => {
  await page.goto('/case-studies/');
  const all = await page.locator('[data-case-list] > li').count();
  expect(all).toBeGreaterThanOrEqual(33);

  const filters = page.getByRole('navigation', { name: 'Filter case studies' });
  await filters.getByRole('link', { name: /^Customer support \(\d+\)$/ }).click();
  await expect(page).toHaveURL(/\/case-studies\/role\/support\/$/);
  await expect(filters.getByRole('link', { name: /^Customer support/ })).toHaveAttribute('aria-current', 'page');
  const cards = page.locator('[data-case-list] > li');
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

test('role and theme filters combine without JavaScript, show their counts, list newest first, and pass axe', async ({ browser, page: scriptedPage }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/case-studies/');
  const filters = page.getByRole('navigation', { name: 'Filter case studies' });
  await filters.getByRole('link', { name: /^Account takeover and security \(\d+\)$/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Case studies: Account takeover and security');
  const itLink = filters.getByRole('link', { name: /^IT and security \((\d+)\)$/ });
  const expected = Number((await itLink.textContent())!.match(/\((\d+)\)/)![1]);
  await itLink.click();
  await expect(page).toHaveURL(/\/case-studies\/role\/it\/theme\/account-security\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Case studies for IT and security: Account takeover and security');
  await expect(page.locator('[data-case-list] > li')).toHaveCount(expected);
  const years = (await page.locator('[data-case-list] > li .meta:first-of-type').allTextContents()).map((text) => Number(text.match(/(19|20)\d\d/)![0]));
  expect(years).toEqual([...years].sort((a, b) => b - a));
  await expect(page.getByRole('heading', { name: /Current cases/ })).toBeVisible();
  const filterUrl = page.url();
  await context.close();

  // axe itself needs script in the page.
  await scriptedPage.goto(filterUrl);
  expect(await axeViolations(scriptedPage)).toEqual([]);
});
