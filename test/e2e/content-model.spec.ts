import { SUBPATH_URL } from '../../playwright.config.ts';
import { expect, test } from './fixtures.ts';

const MONTH = /Reviewed (January|February|March|April|May|June|July|August|September|October|November|December) 20\d\d/;

/** Every module page of the course, found from the home page's track links. */
async function modulePaths(page: import('@playwright/test').Page): Promise<string[]> {
  await page.goto('/');
  const tracks = await page.locator('a[href^="/tracks/"]').evaluateAll((links) => [...new Set(links.map((a) => new URL((a as HTMLAnchorElement).href).pathname).filter((path) => /^\/tracks\/[a-z]+\/$/.test(path)))]);
  const modules: string[] = [];
  for (const track of tracks) {
    await page.goto(track);
    modules.push(...(await page.getByRole('list', { name: 'Modules' }).getByRole('heading').getByRole('link').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))));
  }
  return modules;
}

test('every module page says when it was last reviewed', async ({ page }) => {
  test.setTimeout(120_000);
  const paths = await modulePaths(page);
  expect(paths.length).toBeGreaterThanOrEqual(30);
  for (const path of paths) {
    await page.goto(path);
    await expect(page.locator('article .meta').first(), path).toContainText(MONTH);
  }
});

test('a lesson names the organization’s contact where one is set, and tells the learner whom to ask where not', async ({ page }) => {
  test.setTimeout(120_000);
  const paths = await modulePaths(page);
  let lesson: string | undefined;
  for (const path of paths) {
    await page.goto(path);
    if ((await page.locator('[data-contact-kind="escalation"]').count()) > 0) {
      lesson = path;
      break;
    }
  }
  expect(lesson, 'a module that names the escalation contact').toBeDefined();

  // The shipped settings set no contact: the lesson says whom to ask.
  const generic = page.locator('[data-contact-kind="escalation"]').first();
  await expect(generic).toContainText('your manager or your social media team');
  // The page says once, not at every mention, that the trainer can add the contacts.
  await expect(page.locator('.org-contact__hint')).toHaveCount(1);
  await expect(page.locator('.org-contact__hint')).toContainText('your trainer can add the contact');

  // The sub-path copy is built with test/fixtures/site-configured.yaml.
  await page.goto(new URL(lesson!.replace(/^\//, ''), SUBPATH_URL).href);
  const configured = page.locator('[data-contact-kind="escalation"]').first();
  await expect(configured).toContainText('the Social Media Desk');
  await expect(configured.getByRole('link', { name: 'social-desk@example.com' })).toHaveAttribute('href', 'mailto:social-desk@example.com');
  await expect(configured).not.toContainText('your trainer can add');
  await expect(page.locator('.org-contact__hint')).toHaveCount(0);
});

test('the handout lists the contacts and the policy version', async ({ page }) => {
  await page.goto(new URL('tracks/foundations/handout/', SUBPATH_URL).href);
  const contacts = page.getByRole('region', { name: /Who to contact/ });
  await expect(contacts).toContainText('the Privacy Office (privacy@example.com)');
  await expect(contacts).toContainText('Acme Social Media Policy (version 3.1 (May 2026))');
  await page.goto('/tracks/foundations/handout/');
  await expect(page.getByRole('region', { name: /Who to contact/ })).toContainText('your IT security team');
});

test('the glossary lists terms A–Z and a term in a lesson links to its entry with the definition on focus', async ({ page }) => {
  await page.goto('/glossary/');
  const terms = await page.locator('.glossary dt').allTextContents();
  expect(terms.length).toBeGreaterThanOrEqual(40);
  expect([...terms].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }))).toEqual(terms);

  const paths = await modulePaths(page);
  for (const path of paths) {
    await page.goto(path);
    const term = page.locator('.term__link').first();
    if ((await term.count()) === 0) continue;
    await term.focus();
    const tip = page.locator(`#${await term.getAttribute('aria-describedby')}`);
    await expect(tip).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
    const href = await term.getAttribute('href');
    await term.click();
    await expect(page).toHaveURL(new RegExp(`${href!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    await expect(page.locator(`dt:target`)).toBeVisible();
    return;
  }
  throw new Error('no lesson uses <Term>');
});

test('a quick check answers at once with a keyboard, and shows its answer without JavaScript', async ({ page, browser }) => {
  const paths = await modulePaths(page);
  const path = paths[0];
  await page.goto(path);
  const check = page.locator('[data-quick-check]').first();
  await check.scrollIntoViewIfNeeded();
  const wrong = check.locator('.quick-check__option:not([data-correct]) button').first();
  await wrong.focus();
  await page.keyboard.press('Enter');
  const wrongFeedback = (await check.locator('.quick-check__option:not([data-correct])').first().getAttribute('data-feedback')) ?? '';
  await expect(check.getByRole('status')).toContainText(wrongFeedback || 'Not quite');
  await expect(check.getByRole('status')).not.toContainText(/^Right/);
  await check.locator('.quick-check__option[data-correct] button').press('Enter');
  await expect(check.getByRole('status')).toHaveText(/^(Right|Correct|Yes)/);

  const context = await browser.newContext({ javaScriptEnabled: false });
  const plain = await context.newPage();
  await plain.goto(new URL(path, page.url()).href);
  const staticCheck = plain.locator('[data-quick-check]').first();
  await expect(staticCheck.locator('.quick-check__right-mark')).toBeHidden();
  await staticCheck.getByText('Show the answer').click();
  await expect(staticCheck.locator('.quick-check__right-mark')).toBeVisible();
  await context.close();
});
