import { TRACK_IDS } from '../../src/course/schemas/common.ts';
import { axeViolations, expect, test } from './fixtures.ts';

test('a learner goes from the home page to a track and into its first module', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  const tracks = page.getByRole('list', { name: 'Choose your track' }).getByRole('listitem');
  await expect(tracks).toHaveCount(TRACK_IDS.length);
  await expect(tracks.first()).toContainText('minutes');

  await page.getByRole('main').getByRole('link', { name: 'Legal and compliance' }).click();
  await expect(page).toHaveURL(/\/tracks\/legal\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Legal and compliance');
  const firstModule = page.getByRole('list', { name: 'Modules' }).getByRole('link').first();
  const title = (await firstModule.textContent())!.replace(/^\d+\.\s*/, '');
  await firstModule.click();

  await expect(page).toHaveURL(/\/tracks\/legal\/[a-z0-9-]+\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByRole('main')).toHaveCount(1);
  const breadcrumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(breadcrumbs.getByRole('link')).toHaveText(['Home', 'Legal and compliance']);
  for (const section of ['What you will be able to do', "What you'll do differently on Monday", 'Sources', 'Check your understanding']) {
    await expect(page.getByRole('heading', { name: section, exact: true })).toBeVisible();
  }
  await breadcrumbs.getByRole('link', { name: 'Legal and compliance' }).click();
  await expect(page).toHaveURL(/\/tracks\/legal\/$/);
});

test('the skip link moves keyboard focus to the main content', async ({ page }) => {
  await page.goto('/tracks/foundations/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('a case study links back to the modules that use it', async ({ page }) => {
  await page.goto('/case-studies/');
  await page.getByRole('link', { name: /Southwest/ }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Southwest');
  const used = page.getByRole('region', { name: 'Modules that use this case' }).getByRole('link');
  expect(await used.count()).toBeGreaterThan(0);
  await used.first().click();
  await expect(page).toHaveURL(/\/tracks\/[a-z]+\/[a-z0-9-]+\/$/);
});

test('pages fit a 320 px wide screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/', '/tracks/executive/', '/case-studies/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
  }
  await page.goto('/tracks/executive/');
  await page.getByRole('list', { name: 'Modules' }).getByRole('link').first().click();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'a module page scrolls sideways').toBeLessThanOrEqual(0);
});

test('an unknown address shows the not-found page', async ({ page }) => {
  const response = await page.goto('/tracks/nowhere/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  expect(await axeViolations(page)).toEqual([]);
});
