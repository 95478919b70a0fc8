import type { Page } from '@playwright/test';
import { SUBPATH, SUBPATH_URL } from '../../playwright.config.ts';
import { axeViolations, expect, test } from './fixtures.ts';

/** Any file of the search index (manifest, shards, pairs, fragments, word lists). */
const INDEX = /\/search-index\//;
const headerBox = (page: Page) => page.getByRole('combobox', { name: 'Search', exact: true });
const suggestions = (page: Page) => page.getByRole('listbox', { name: 'Search results' });
const pageBox = (page: Page) => page.getByRole('searchbox', { name: 'Search the course' });
const results = (page: Page) => page.getByRole('list', { name: 'Search results' });
const resultLinks = (page: Page) => results(page).getByRole('heading').getByRole('link');
const status = (page: Page) => page.locator('.search__status');

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

/** Records the search-index files the page fetches (paths below the hashed folder). */
function indexRequests(page: Page) {
  const paths: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (INDEX.test(pathname)) paths.push(pathname.replace(/^.*\/search-index\/[^/]+\//, ''));
  });
  return paths;
}

/**
 * Waits until the page has had no request in flight for half a second, past a search box's typing
 * pause (Playwright's "networkidle" is a load state: once reached, it no longer waits).
 */
async function quiet(page: Page, ms = 500) {
  await page.waitForTimeout(300);
  let inFlight = 0;
  let last = Date.now();
  const start = () => { inFlight++; last = Date.now(); };
  const end = () => { inFlight = Math.max(0, inFlight - 1); last = Date.now(); };
  page.on('request', start);
  page.on('requestfinished', end);
  page.on('requestfailed', end);
  try {
    while (inFlight > 0 || Date.now() - last < ms) await page.waitForTimeout(50);
  } finally {
    page.off('request', start);
    page.off('requestfinished', end);
    page.off('requestfailed', end);
  }
}

const ACCOUNT_NUMBER = 'what do I do when someone posts their account number publicly';
const ACCOUNT_SECTION = '/tracks/support/impostors-data-and-safety/#when-someone-posts-their-account-number-publicly';

test('a company typed in the header box finds its case study, which opens', async ({ page }) => {
  const problems = guard(page);
  await page.goto('/tracks/it/');
  await headerBox(page).fill('Burger King');
  await headerBox(page).press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=Burger\+King$/);
  await expect(pageBox(page)).toHaveValue('Burger King');
  const first = resultLinks(page).first();
  await expect(first).toContainText('Burger King');
  await expect(page.getByRole('status').and(status(page))).toHaveText(/^\d+ results? for “Burger King”\.$/);
  await expect(results(page).getByRole('listitem').first()).toContainText('Case study');
  await expect(first.locator('mark').first()).toHaveText(/Burger|King/);
  await first.click();
  await expect(page).toHaveURL(/\/case-studies\/burger-king-account-hijack\/(#.*)?$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Burger King');
  expect(problems).toEqual([]);
});

test('the account-number question lands on the section that answers it, with its words highlighted', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent(ACCOUNT_NUMBER)}`);
  const section = results(page).getByRole('link', { name: 'When someone posts their account number publicly' });
  await expect(section).toBeVisible();
  // Among the first three results shown.
  const hrefs = await results(page).locator('a.search__link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  const position = hrefs.findIndex((href) => href?.startsWith(`${ACCOUNT_SECTION}:~:text=`));
  expect(position).toBeGreaterThanOrEqual(0);
  expect(position).toBeLessThan(3);
  // The link names the anchor and carries a text fragment of words from that section.
  const href = (await section.getAttribute('href'))!;
  const words = decodeURIComponent(href.split(':~:text=')[1]);
  await section.click();
  await expect(page).toHaveURL(/\/tracks\/support\/impostors-data-and-safety\//);
  await expect(page.locator('#when-someone-posts-their-account-number-publicly')).toBeAttached();
  // The browser scrolled to the highlighted words, which are in that section (not at the page's top).
  const highlighted = page.locator('main').getByText(words).first();
  await expect(highlighted).toBeInViewport();
  const below = await page.evaluate((text) => {
    const heading = document.getElementById('when-someone-posts-their-account-number-publicly')!;
    const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if ((node.textContent ?? '').replace(/\s+/g, ' ').includes(text)) return Boolean(heading.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING);
    }
    return false;
  }, words.split(' ').slice(0, 2).join(' '));
  expect(below).toBe(true);
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
});

test('results as you type under the header box, by keyboard only', async ({ page }) => {
  const problems = guard(page);
  await page.goto('/tracks/foundations/');
  await page.locator('body').press('/');
  await expect(headerBox(page)).toBeFocused();
  await page.keyboard.type('deepfake video call from my boss', { delay: 20 });
  await expect(suggestions(page)).toBeVisible();
  await expect(headerBox(page)).toHaveAttribute('aria-expanded', 'true');
  const options = suggestions(page).getByRole('option');
  await expect(options.first()).toContainText('›');
  await expect(page.locator('#site-search-status')).toHaveText(/^\d+ results?\. Use the up and down arrow keys to choose one\.$/);
  // ↓ and ↑ move the active option; focus stays in the box.
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
  await expect(headerBox(page)).toHaveAttribute('aria-activedescendant', (await options.nth(0).getAttribute('id'))!);
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'false');
  await page.keyboard.press('ArrowUp');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
  await expect(headerBox(page)).toBeFocused();
  // Escape closes the list, a second Escape clears the box.
  await page.keyboard.press('Escape');
  await expect(suggestions(page)).toBeHidden();
  await expect(headerBox(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(headerBox(page)).toHaveValue('deepfake video call from my boss');
  await page.keyboard.press('Escape');
  await expect(headerBox(page)).toHaveValue('');
  // Enter opens the chosen result at its section.
  await page.keyboard.type('fake boss video call', { delay: 20 });
  await expect(options.first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/(tracks|case-studies|glossary)\/.*#/);
  expect(problems).toEqual([]);
});

test('plain page loads never fetch the index; starting to search does', async ({ page }) => {
  const requests = indexRequests(page);
  for (const path of ['/', '/tracks/legal/', '/case-studies/', '/search/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(requests).toEqual([]);

  const manifest = page.waitForRequest((r) => INDEX.test(new URL(r.url()).pathname));
  await page.goto('/case-studies/');
  await headerBox(page).focus();
  await manifest;
  await quiet(page);
  expect(requests).toEqual(['index.json']);
});

test('a second query fetches only what the first did not; nothing is fetched twice', async ({ page }) => {
  const requests = indexRequests(page);
  await page.goto('/search/');
  await pageBox(page).fill('litigation hold');
  await expect(resultLinks(page).first()).toBeVisible();
  await quiet(page);
  const first = [...requests];
  expect(first.filter((path) => path.startsWith('t/')).length).toBeGreaterThan(0);
  requests.length = 0;
  await pageBox(page).fill('litigation hold notice');
  await expect(status(page)).toContainText('“litigation hold notice”');
  await quiet(page);
  // At most the shards of the new word; no file of the first query again.
  expect(requests.filter((path) => path.startsWith('t/')).length).toBeLessThanOrEqual(2);
  expect(requests.filter((path) => first.includes(path))).toEqual([]);
  expect(new Set(requests).size).toBe(requests.length);
});

test('moving from the header box to the search page downloads no index file again', async ({ page }) => {
  await page.goto('/tracks/support/');
  await headerBox(page).fill('account number');
  await expect(suggestions(page).getByRole('option').first()).toBeVisible();
  await quiet(page);
  const requests = indexRequests(page);
  await headerBox(page).press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=account\+number$/);
  await expect(resultLinks(page).first()).toBeVisible();
  await quiet(page);
  // The page shows more results than the box did, so it may fetch further fragments, but no
  // manifest or shard again: they come from the tab's copies.
  expect(requests.filter((path) => !path.startsWith('f/'))).toEqual([]);
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
  await expect(status(page)).toHaveText(/^\d+ results? \(case studies only\) for “guitar”\.$/);
  const link = resultLinks(page).first();
  await expect(link).toHaveAttribute('href', new RegExp(`^${SUBPATH}case-studies/united-breaks-guitars/`));
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('United Breaks Guitars');

  // The header box on any page under the sub-path searches there too, and its results link there.
  await headerBox(page).fill('pizza video');
  await expect(suggestions(page).getByRole('option').first()).toBeVisible();
  await headerBox(page).press('Enter');
  await expect(page).toHaveURL(`${SUBPATH_URL}search/?q=pizza+video`);
  await expect(resultLinks(page).first()).toHaveAttribute('href', new RegExp(`^${SUBPATH}case-studies/dominos-prank-video/`));
});

test('filters narrow the results, count per option and stay in the address', async ({ page }) => {
  await page.goto('/search/?q=disclosure');
  await expect(resultLinks(page).first()).toBeVisible();
  await page.getByRole('combobox', { name: 'Track' }).selectOption('legal');
  await expect(page).toHaveURL(/\?q=disclosure&track=legal$/);
  // Some results stay (a loop over none would check nothing), each of them in the track.
  await expect(status(page)).toHaveText(/^[1-9]\d* results? in Legal and compliance for “disclosure”\.$/);
  const metas = results(page).locator(':scope > li > .meta');
  await expect(metas.first()).toBeVisible();
  for (const meta of await metas.all()) await expect(meta).toContainText(/Legal and compliance|Glossary/);

  await page.getByRole('combobox', { name: 'Type' }).selectOption('case-study');
  await expect(page).toHaveURL(/track=legal&type=case-study$/);
  await expect(status(page)).toHaveText(/^[1-9]\d* results? in Legal and compliance \(case studies only\) for “disclosure”\.$/);
  const items = results(page).locator(':scope > li');
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
  await expect(status(page)).toHaveText(/^No results for “gutiar”\. Showing \d+ results? for “guitar”\.$/);
  await expect(page).toHaveURL(/\/search\/\?q=gutiar$/);

  await pageBox(page).fill('qwxzvbnm');
  await expect(status(page)).toHaveText('0 results for “qwxzvbnm”.');
  const none = page.getByRole('region', { name: 'No results' });
  await expect(none.getByRole('link', { name: 'Legal and compliance' })).toBeVisible();
  await expect(none.getByRole('link', { name: 'All case studies' })).toBeVisible();
  const suggestion = none.getByRole('link').first();
  const company = (await suggestion.textContent())!;
  await suggestion.click();
  await expect(pageBox(page)).toHaveValue(company);
  await expect(resultLinks(page).first()).toBeVisible();

  // A filter that hides every result offers to clear it.
  await page.goto('/search/?q=guitar&track=legal&type=glossary');
  await expect(page.getByRole('region', { name: /No results/ })).toContainText('in other tracks or types');
  await page.getByRole('button', { name: 'Show all results' }).click();
  await expect(resultLinks(page).first()).toBeVisible();
  await expect(page).toHaveURL(/\?q=guitar$/);
});

test('results are reachable by keyboard', async ({ page }) => {
  await page.goto('/search/?q=twitter');
  const links = results(page).locator('a.search__link');
  await expect(links.nth(1)).toBeVisible();
  await pageBox(page).focus();
  await page.keyboard.press('ArrowDown');
  await expect(links.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(pageBox(page)).toBeFocused();
  // Tab order reaches them too: box, button, two filters, then the first result.
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  await expect(links.first()).toBeFocused();
  const href = (await links.first().getAttribute('href'))!.replace(/#.*$/, '');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}(#.*)?$`));
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
  '"account number"',
  'gutiar~9',
  '   ',
];

test('hostile input never breaks the page or injects markup', async ({ page }) => {
  test.setTimeout(60_000);
  const problems = guard(page);
  await page.goto('/search/?q=guitar');
  await expect(resultLinks(page).first()).toBeVisible();
  for (const input of HOSTILE) {
    await pageBox(page).fill(input);
    if (input.trim()) await expect(status(page)).toContainText(/results? for “/);
    else await expect(status(page)).toHaveText('');
    await expect(pageBox(page)).toHaveValue(input);
    await expect(page.locator('.search img, .search script, .search b')).toHaveCount(0);
  }
  // Through the header box (as you type and submitted) and the address too.
  await headerBox(page).fill('<img src=x onerror="alert(5)">');
  await expect(page.locator('#site-search-status')).not.toBeEmpty();
  await expect(page.locator('.site-search img, .site-search script')).toHaveCount(0);
  await headerBox(page).fill('<script>alert(3)</script>');
  await headerBox(page).press('Enter');
  await expect(status(page)).toContainText('for “<script>alert(3)</script>”');
  await page.goto(`/search/?q=${encodeURIComponent('<img src=x onerror=alert(4)>')}&track=<b>x</b>&type=*`);
  await expect(status(page)).toContainText('for “<img src=x onerror=alert(4)>”');
  await expect(page.getByRole('combobox', { name: 'Track' })).toHaveValue('');
  await expect(page.locator('.search img, .search script, .search b')).toHaveCount(0);
  expect(problems).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`search has no WCAG 2.2 AA violations in the ${scheme} scheme: results, none, and the header box open`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/search/?q=twitter');
    await expect(resultLinks(page).first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto('/search/?q=qwxzvbnm');
    await expect(page.getByRole('region', { name: 'No results' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto('/tracks/it/');
    await headerBox(page).fill('session cookies');
    await expect(suggestions(page).getByRole('option').first()).toBeVisible();
    await headerBox(page).press('ArrowDown');
    expect(await axeViolations(page)).toEqual([]);
  });
}
