import type { Page } from '@playwright/test';
import { SUBPATH, SUBPATH_URL } from '../../playwright.config.ts';
import { axeViolations, expect, test } from './fixtures.ts';

const INDEX = /search-index\.json$/;
const headerBox = (page: Page) => page.getByRole('searchbox', { name: 'Search', exact: true });
const pageBox = (page: Page) => page.getByRole('searchbox', { name: 'Search the course' });
const results = (page: Page) => page.getByRole('list', { name: 'Search results' });
const resultLinks = (page: Page) => results(page).getByRole('heading').getByRole('link');

/** Fails the test on any script error or dialog (an injected `alert` would open one). */
function guard(page: Page) {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return problems;
}

test('a company typed in the header box finds its case study, which opens', async ({ page }) => {
  const problems = guard(page);
  await page.goto('/tracks/it/');
  await headerBox(page).fill('Burger King');
  await headerBox(page).press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=Burger\+King$/);
  await expect(pageBox(page)).toHaveValue('Burger King');
  const first = resultLinks(page).first();
  await expect(first).toContainText('Burger King');
  await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “Burger King”\.$/);
  await expect(results(page).getByRole('listitem').first()).toContainText('Case study');
  await expect(first.locator('mark').first()).toHaveText(/Burger|King/);
  await first.click();
  await expect(page).toHaveURL(/\/case-studies\/burger-king-account-hijack\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Burger King');
  expect(problems).toEqual([]);
});

test('plain page loads never fetch the index; starting to search does', async ({ page }) => {
  const indexRequests: string[] = [];
  page.on('request', (request) => {
    if (INDEX.test(new URL(request.url()).pathname)) indexRequests.push(request.url());
  });
  for (const path of ['/', '/tracks/legal/', '/case-studies/', '/search/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(indexRequests).toEqual([]);

  const request = page.waitForRequest((r) => INDEX.test(new URL(r.url()).pathname));
  await page.goto('/case-studies/');
  await headerBox(page).focus();
  await request;
  expect(indexRequests).toHaveLength(1);
});

test('/ focuses the search box unless the learner is typing in a field', async ({ page }) => {
  await page.goto('/tracks/support/');
  await page.locator('body').press('/');
  await expect(headerBox(page)).toBeFocused();
  await expect(headerBox(page)).toHaveValue('');
  await page.keyboard.type('a/b');
  await expect(headerBox(page)).toHaveValue('a/b');

  // On the search page, / goes to the page's own box.
  await page.goto('/search/');
  await page.locator('h1').click();
  await page.keyboard.press('/');
  await expect(pageBox(page)).toBeFocused();
});

test('a deep link under the sub-path shows results, filters and links inside the sub-path', async ({ page }) => {
  await page.goto(`${SUBPATH_URL}search/?q=guitar&type=case-study`);
  await expect(pageBox(page)).toHaveValue('guitar');
  await expect(page.getByRole('combobox', { name: 'Type' })).toHaveValue('case-study');
  await expect(page.getByRole('status')).toHaveText('1 result (case studies only) for “guitar”.');
  const link = resultLinks(page).first();
  await expect(link).toHaveAttribute('href', `${SUBPATH}case-studies/united-breaks-guitars/`);
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('United Breaks Guitars');

  // The header box on any page under the sub-path searches there too.
  await headerBox(page).fill('pizza video');
  await headerBox(page).press('Enter');
  await expect(page).toHaveURL(`${SUBPATH_URL}search/?q=pizza+video`);
  await expect(resultLinks(page).first()).toHaveAttribute('href', `${SUBPATH}case-studies/dominos-prank-video/`);
});

test('filters narrow the results, count per option and stay in the address', async ({ page }) => {
  await page.goto('/search/?q=disclosure');
  await expect(resultLinks(page).first()).toBeVisible();
  const all = await resultLinks(page).count();
  await page.getByRole('combobox', { name: 'Track' }).selectOption('legal');
  await expect(page).toHaveURL(/\?q=disclosure&track=legal$/);
  // Some results stay (a loop over none would check nothing), each of them in the track.
  await expect(page.getByRole('status')).toHaveText(/^[1-9]\d* results? in Legal and compliance for “disclosure”\.$/);
  const metas = results(page).locator('.meta');
  await expect(metas.first()).toBeVisible();
  for (const meta of await metas.all()) await expect(meta).toContainText('Legal and compliance');
  expect(await resultLinks(page).count()).toBeLessThan(all);

  await page.getByRole('combobox', { name: 'Type' }).selectOption('case-study');
  await expect(page).toHaveURL(/track=legal&type=case-study$/);
  await expect(page.getByRole('status')).toHaveText(/^[1-9]\d* results? in Legal and compliance \(case studies only\) for “disclosure”\.$/);
  const items = results(page).getByRole('listitem');
  await expect(items.first()).toBeVisible();
  for (const item of await items.all()) await expect(item).toContainText('Case study');

  // The address reloads to the same view.
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Track' })).toHaveValue('legal');
  await expect(page.getByRole('combobox', { name: 'Type' })).toHaveValue('case-study');
});

test('typing updates results and the address; a typo is corrected; no results offers a way on', async ({ page }) => {
  await page.goto('/search/');
  await pageBox(page).fill('gutiar');
  await expect(page.getByRole('status')).toHaveText(/^No results for “gutiar”\. Showing \d+ results? for “guitar”\.$/);
  await expect(page).toHaveURL(/\/search\/\?q=gutiar$/);

  await pageBox(page).fill('qwxzvbnm');
  await expect(page.getByRole('status')).toHaveText('0 results for “qwxzvbnm”.');
  const none = page.getByRole('region', { name: 'No results' });
  await expect(none.getByRole('link', { name: 'Legal and compliance' })).toBeVisible();
  await expect(none.getByRole('link', { name: 'All case studies' })).toBeVisible();
  const suggestion = none.getByRole('link').first();
  const company = (await suggestion.textContent())!;
  await suggestion.click();
  await expect(pageBox(page)).toHaveValue(company);
  await expect(resultLinks(page).first()).toBeVisible();

  // A filter that hides every result offers to clear it.
  await page.goto('/search/?q=guitar&track=legal');
  await expect(page.getByRole('region', { name: /No results/ })).toContainText('in other tracks or types');
  await page.getByRole('button', { name: 'Show all results' }).click();
  await expect(resultLinks(page).first()).toBeVisible();
  await expect(page).toHaveURL(/\?q=guitar$/);
});

test('results are reachable by keyboard', async ({ page }) => {
  await page.goto('/search/?q=twitter');
  await expect(resultLinks(page).nth(1)).toBeVisible();
  await pageBox(page).focus();
  await page.keyboard.press('ArrowDown');
  await expect(resultLinks(page).first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(resultLinks(page).nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(pageBox(page)).toBeFocused();
  // Tab order reaches them too: box, button, two filters, then the first result.
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  await expect(resultLinks(page).first()).toBeFocused();
  const href = await resultLinks(page).first().getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

const HOSTILE = [
  'title:',
  'guitar~',
  '^',
  '*',
  '+',
  '-',
  '"unbalanced quote',
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(2)">',
  '"><b>bold</b>',
  'x'.repeat(5000),
  '🙂🎸 guitar',
  '   ',
];

test('hostile input never breaks the page or injects markup', async ({ page }) => {
  test.setTimeout(60_000);
  const problems = guard(page);
  await page.goto('/search/?q=guitar');
  await expect(resultLinks(page).first()).toBeVisible();
  for (const input of HOSTILE) {
    await pageBox(page).fill(input);
    if (input.trim()) await expect(page.getByRole('status')).toContainText(/results? for “/);
    else await expect(page.getByRole('status')).toHaveText('');
    await expect(pageBox(page)).toHaveValue(input);
    await expect(page.locator('.search img, .search script, .search b')).toHaveCount(0);
  }
  // Through the header box and the address too.
  await headerBox(page).fill('<script>alert(3)</script>');
  await headerBox(page).press('Enter');
  await expect(page.getByRole('status')).toContainText('for “<script>alert(3)</script>”');
  await page.goto(`/search/?q=${encodeURIComponent('<img src=x onerror=alert(4)>')}&track=<b>x</b>&type=*`);
  await expect(page.getByRole('status')).toContainText('for “<img src=x onerror=alert(4)>”');
  await expect(page.getByRole('combobox', { name: 'Track' })).toHaveValue('');
  await expect(page.locator('.search img, .search script, .search b')).toHaveCount(0);
  expect(problems).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the search page has no WCAG 2.2 AA violations in the ${scheme} scheme, with and without results`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/search/?q=twitter');
    await expect(resultLinks(page).first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto('/search/?q=qwxzvbnm');
    await expect(page.getByRole('region', { name: 'No results' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}
