import { expect, test } from './fixtures.ts';

test('the trainer guide gives a 90-minute boot camp agenda and notes for every module', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: "Trainer's guide" }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Trainer's guide");
  await expect(page.getByRole('heading', { name: 'Executive boot camp (90 minutes)' })).toBeVisible();
  const minutes = await page.getByRole('table', { name: 'Executive boot camp agenda' }).locator('tbody tr td:nth-child(2)').allTextContents();
  expect(minutes.map(Number).reduce((a, b) => a + b, 0)).toBe(90);

  await page.locator('summary', { hasText: /^Customer support$/ }).click();
  const workshop = page.getByRole('table', { name: 'Half-day workshop agenda for Customer support' });
  await expect(workshop).toBeVisible();
  const workshopMinutes = await workshop.locator('tbody tr td:nth-child(2)').allTextContents();
  expect(workshopMinutes.map(Number).reduce((a, b) => a + b, 0)).toBe(210);

  const notes = page.locator('details.notes').first();
  await notes.locator('summary').click();
  await expect(notes.getByRole('heading', { name: 'Discussion prompts' }).first()).toBeVisible();
});

test('a track handout prints without navigation', async ({ page }) => {
  await page.goto('/tracks/support/');
  await page.getByRole('link', { name: 'Printable handout for this track' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/handout/);
  const modules = await page.locator('.handout section').count();
  expect(modules).toBeGreaterThanOrEqual(4);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Tracks' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
});
