import { SUBPATH, SUBPATH_URL } from '../../playwright.config.ts';
import { expect, internalLinks, test } from './fixtures.ts';

// The site built for a sub-path: every page reachable from its home page loads, and nothing it
// links to or loads (pages, scripts, styles, icons, the search index) lies outside the sub-path.
test('under a sub-path every page, link and asset resolves, and nothing is requested outside it', async ({ page }) => {
  test.setTimeout(180_000);
  const origin = new URL(SUBPATH_URL).origin;
  const failures: string[] = [];
  const outside = new Set<string>();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === origin && !url.pathname.startsWith(SUBPATH)) outside.add(`${url.pathname} (from ${page.url()})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
  });
  const queue = [SUBPATH_URL];
  const seen = new Set(queue);
  while (queue.length > 0) {
    const url = queue.shift()!;
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(200);
    for (const link of await internalLinks(page)) {
      expect(new URL(link).pathname.startsWith(SUBPATH), `${url} links outside the sub-path: ${link}`).toBe(true);
      if (!seen.has(link)) {
        seen.add(link);
        queue.push(link);
      }
    }
  }
  // Loading the search index happens on first use: use it once.
  await page.goto(`${SUBPATH_URL}search/?q=guitar`);
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toBeVisible();

  expect(seen.size).toBeGreaterThan(50);
  expect(failures).toEqual([]);
  expect([...outside]).toEqual([]);
});
