import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost']);

/**
 * Every test gets a page that refuses requests to any other host and fails the test if one was
 * attempted: the course must work on an intranet with no internet at all.
 */
export const test = base.extend<{ externalRequests: string[] }>({
  externalRequests: [
    async ({ context }, use) => {
      const attempts: string[] = [];
      await context.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.protocol === 'data:' || url.protocol === 'blob:' || LOCAL_HOSTS.has(url.hostname)) return route.continue();
        attempts.push(url.href);
        return route.abort('blockedbyclient');
      });
      await use(attempts);
      expect(attempts, 'requests that left the host').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** The WCAG 2.2 AA rule set the course is held to. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The WCAG 2.2 AA rules whose result depends on colors. The color schemes differ only in colors
 * (every color is a `light-dark()` pair in src/styles/global.css), so a page that passes every rule
 * in one scheme needs only these checked again in the other.
 */
export const COLOR_RULES = ['color-contrast', 'link-in-text-block'];

const readable = (violations: { id: string; help: string; nodes: { target: unknown[] }[] }[]) =>
  violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

/** Runs axe on the page and returns the violations in a readable form (empty when clean). */
export async function axeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return readable(violations);
}

/** Runs only the color-dependent rules (COLOR_RULES): for a second scheme of a page already checked in full. */
export async function axeColorViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withRules(COLOR_RULES).analyze();
  return readable(violations);
}

/** Internal links of the current page, as absolute URLs without fragments. */
export async function internalLinks(page: Page): Promise<string[]> {
  const origin = new URL(page.url()).origin;
  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  return [...new Set(hrefs.map((href) => href.split('#')[0]).filter((href) => href.startsWith(origin)))];
}
