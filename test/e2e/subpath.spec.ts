import { SUBPATH, SUBPATH_URL } from '../../playwright.config.ts';
import { expect, internalLinks, test } from './fixtures.ts';

test('under a sub-path every page, link and asset resolves', async ({ page, request }) => {
  test.setTimeout(120_000);
  const failures: string[] = [];
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
  expect(seen.size).toBeGreaterThan(10);
  expect(failures).toEqual([]);

  // Nothing is served from the root of the host: the site lives only under its sub-path.
  const rootAsset = await request.get(new URL('/favicon.svg', SUBPATH_URL).href);
  expect(rootAsset.status()).toBe(404);
});
