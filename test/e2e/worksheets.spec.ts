import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { load } from 'js-yaml';
import type { Download, Page } from '@playwright/test';
import { SUBPATH_URL } from '../../playwright.config.ts';
import { DEFAULT_STORAGE_NAMESPACE, storageKeys } from '../../src/progress/safe-storage.ts';
import { axeViolations, expect, test } from './fixtures.ts';

const ROADMAP = '/tracks/executive/roadmap/';
const POLICY = '/tracks/legal/policy-builder/';

// The worksheet's own status line (the header's search box has a status line of its own).
const saved = (page: Page) => expect(page.getByRole('main').getByRole('status')).toHaveText('Saved');
const downloadedText = async (download: Download) => readFile((await download.path())!, 'utf8');

/** Number of pages in a PDF, from its page objects. */
const pdfPageCount = (pdf: Awaited<ReturnType<Page['pdf']>>) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

test.describe('decision memo (a worksheet written as content)', () => {
  test('is linked from the track page and the last module, and keeps answers across a reload', async ({ page }) => {
    await page.goto('/tracks/executive/');
    const modules = page.getByRole('list', { name: 'Modules' }).getByRole('heading').getByRole('link');
    await modules.first().click();
    await expect(page.getByRole('link', { name: 'Finish with your one-page decision memo' })).toHaveCount(0);
    await page.goBack();
    await modules.last().click();
    await page.getByRole('link', { name: 'Finish with your one-page decision memo' }).click();
    await expect(page).toHaveURL(new RegExp(`${ROADMAP}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('One-page decision memo');

    await page.getByLabel('The business result social work must move').fill('Cut cost to serve by 10% by June 2027');
    const second = page.getByRole('group', { name: 'Top three priorities, ranked: 2' });
    await second.getByLabel('Owner').fill('Dana Reyes (COO)');
    await second.getByLabel('First step in the next 90 days').fill('Inventory every brand account by 31 January');
    await saved(page);

    await page.reload();
    await expect(page.getByLabel('The business result social work must move')).toHaveValue('Cut cost to serve by 10% by June 2027');
    await expect(second.getByLabel('Owner')).toHaveValue('Dana Reyes (COO)');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as Markdown' }).click()]);
    expect(download.suggestedFilename()).toBe('one-page-decision-memo.md');
    const markdown = await downloadedText(download);
    expect(markdown).toMatch(/^# One-page decision memo\n/);
    expect(markdown).toMatch(/\*\*The business result social work must move:\*\*  \n_[^\n]+_  \nCut cost to serve by 10% by June 2027/);
    expect(markdown).toContain('### 2.\n\n**Priority:**  \n_Not written yet._\n\n**Owner:**  \nDana Reyes (COO)');
  });

  test('shows answers saved in another tab', async ({ page, context }) => {
    await page.goto(ROADMAP);
    const other = await context.newPage();
    await other.goto(ROADMAP);
    await other.getByLabel('Our promise when someone speaks up about us in public').fill('Written in the other tab');
    await saved(other);
    await expect(page.getByLabel('Our promise when someone speaks up about us in public')).toHaveValue('Written in the other tab');
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`has no WCAG 2.2 AA violations in the ${scheme} scheme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(ROADMAP);
      await page.getByLabel('Our promise when someone speaks up about us in public').fill('Every team listens and answers in public');
      await saved(page);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test.describe('policy builder', () => {
  test('is linked from the legal track, builds a live draft from the enabling defaults and keeps changes', async ({ page }) => {
    await page.goto('/tracks/legal/');
    await page.getByRole('link', { name: 'Finish with the policy builder' }).click();
    await expect(page).toHaveURL(new RegExp(`${POLICY}$`));
    const draft = page.getByRole('article', { name: 'Draft policy' });
    await expect(draft).toContainText('a starting point, not legal advice');
    await expect(draft).toContainText('US labor law on employee speech keeps changing');
    await expect(draft.getByRole('heading', { level: 4 })).toHaveText([
      '1. Who speaks for the company',
      '2. Saying you work here',
      '3. Confidential information',
      '4. Insider information and the share price',
      '5. Respect',
      '6. Personal accounts',
      '7. AI tools and synthetic media',
      '8. Other people’s content and names',
      '9. Business messages and legal holds',
      '10. Politics, causes and off-duty posts',
      '11. Photos and recording at work',
      '12. If you manage people',
      '13. If something goes wrong',
      '14. About this policy',
      'What this policy does not limit',
    ]);
    await expect(draft).toContainText('Version: United States');
    const speaking = page.getByRole('group', { name: 'Who speaks for the company' });
    await expect(speaking.getByRole('radio', { name: /Everyone may talk about their work/ })).toBeChecked();

    await page.getByLabel('Organization name (optional)').fill('Acme Robotics');
    await page.getByLabel('Who employees ask about posts (optional)').fill('social@acme.example');
    const disclosure = page.getByRole('group', { name: 'Saying you work here' });
    await disclosure.getByRole('radio', { name: /do not review our products/ }).check();
    await page.getByRole('group', { name: 'Respect' }).getByRole('checkbox', { name: 'Include this section' }).uncheck();
    await page.getByRole('group', { name: 'If something goes wrong' }).getByLabel('Your own words for this section (optional)').fill('HR handles every case.');

    await expect(draft.getByRole('heading', { level: 3 })).toHaveText('Social media policy: Acme Robotics');
    await expect(draft).toContainText('Please do not write reviews');
    await expect(draft).toContainText('ask social@acme.example before you publish');
    await expect(draft.getByRole('heading', { name: '5. Personal accounts' })).toBeVisible();
    await expect(draft.getByRole('heading', { name: /Respect/ })).toHaveCount(0);
    await saved(page);

    await page.reload();
    await expect(disclosure.getByRole('radio', { name: /do not review our products/ })).toBeChecked();
    await expect(page.getByRole('group', { name: 'Respect' }).getByRole('checkbox', { name: 'Include this section' })).not.toBeChecked();
    await expect(draft.getByRole('heading', { level: 3 })).toHaveText('Social media policy: Acme Robotics');
    await expect(draft).toContainText('HR handles every case.');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as Markdown' }).click()]);
    expect(download.suggestedFilename()).toBe('social-media-policy-acme-robotics.md');
    const markdown = await downloadedText(download);
    expect(markdown).toMatch(/^# Social media policy: Acme Robotics\n\n> \*\*Draft: a starting point, not legal advice\./);
    expect(markdown).toContain('## 5. Personal accounts');
    expect(markdown).not.toContain('Respect');
    expect(markdown).toContain('HR handles every case.\n\n## 13. About this policy');
    expect(markdown).toContain('## Drafting notes for counsel (delete before publishing)');
  });

  test('offers US, EU and UK versions, and the UK one keeps, prints and downloads its own text', async ({ page }) => {
    await page.goto(POLICY);
    const versions = page.getByRole('group', { name: 'Where the employees it covers work' });
    await expect(versions.getByRole('radio')).toHaveCount(3);
    await expect(versions.getByRole('radio', { name: 'United States' })).toBeChecked();
    const draft = page.getByRole('article', { name: 'Draft policy' });
    await expect(draft).toContainText('at-will');

    await versions.getByRole('radio', { name: 'United Kingdom' }).check();
    await expect(draft).toContainText('Version: United Kingdom');
    await expect(draft).toContainText('making a protected disclosure');
    await expect(draft).toContainText('regulatory information service');
    await expect(draft).not.toContainText('at-will');
    await expect(draft).not.toContainText('works council');
    await expect(page.getByRole('group', { name: 'Saying you work here' })).toContainText('Digital Markets, Competition and Consumers Act 2024');
    await saved(page);

    await page.reload();
    await expect(versions.getByRole('radio', { name: 'United Kingdom' })).toBeChecked();
    await expect(draft).toContainText('Version: United Kingdom');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as Markdown' }).click()]);
    const markdown = await downloadedText(download);
    expect(markdown).toContain('Version: United Kingdom._');
    expect(markdown).toContain('Public Interest Disclosure Act 1998');
    expect(markdown).toContain('The notes state the law as of December 2026.');

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('form', { name: 'Policy options' })).toBeHidden();
    await expect(draft).toBeVisible();
    await expect(draft).toContainText('making a protected disclosure');
  });

  test('is usable with the keyboard alone', async ({ page }) => {
    await page.goto(POLICY);
    await page.getByLabel('Organization name (optional)').focus();
    await page.keyboard.type('Keyed Inc');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Who employees ask about posts (optional)')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Who employees ask about legal and market questions (optional)')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('radio', { name: 'United States' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('checkbox', { name: 'Its shares or bonds are listed' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('checkbox', { name: 'The group includes a broker-dealer or investment adviser' })).toBeFocused();
    await page.keyboard.press('Tab');
    const speaking = page.getByRole('group', { name: 'Who speaks for the company' });
    await expect(speaking.getByRole('checkbox', { name: 'Include this section' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(speaking.getByRole('radio', { name: /Everyone may talk/ })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(speaking.getByRole('radio', { name: /after a short training/ })).toBeChecked();
    const draft = page.getByRole('article', { name: 'Draft policy' });
    await expect(draft).toContainText('Once you have completed the company’s social media training');
    await expect(draft.getByRole('heading', { level: 3 })).toHaveText('Social media policy: Keyed Inc');
  });

  test('prints only the draft', async ({ page }) => {
    await page.goto(POLICY);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Tracks' })).toBeHidden();
    await expect(page.getByRole('form', { name: 'Policy options' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Download as Markdown' })).toBeHidden();
    const draft = page.getByRole('article', { name: 'Draft policy' });
    await expect(draft).toBeVisible();
    await expect(draft).toContainText('not legal advice');
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`has no WCAG 2.2 AA violations in the ${scheme} scheme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(POLICY);
      await page.getByRole('group', { name: 'Respect' }).getByRole('checkbox', { name: 'Include this section' }).uncheck();
      await saved(page);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test('odd saved answers fall back to blanks and defaults instead of breaking the worksheets', async ({ page }) => {
  const record = {
    version: 1,
    modules: {},
    quizzes: {},
    worksheets: {
      'executive/roadmap': { fields: { 'overall.goal': 'Kept goal', 'goals.owner': '', 'from.a.later.version': 'kept too' }, updated: '2026-11-20T10:00:00.000Z' },
      'legal/policy-builder': {
        fields: { 'speaking.variant': 'gag-everyone', 'respect.include': 'maybe', 'disclosure.clause.examples': 'perhaps', organisation: 'Odd & Co' },
        updated: '2026-11-20T10:00:00.000Z',
      },
    },
  };
  await page.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [storageKeys(DEFAULT_STORAGE_NAMESPACE).progress, JSON.stringify(record)]);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));

  // A roadmap saved in its first shape (seven steps) opens in the decision memo with its text.
  await page.goto(ROADMAP);
  await expect(page.getByLabel('The business result social work must move')).toHaveValue('Kept goal');
  await expect(page.getByLabel('Our promise when someone speaks up about us in public')).toHaveValue('');

  await page.goto(POLICY);
  const speaking = page.getByRole('group', { name: 'Who speaks for the company' });
  await expect(speaking.getByRole('radio', { name: /Everyone may talk about their work/ })).toBeChecked();
  await expect(page.getByRole('group', { name: 'Respect' }).getByRole('checkbox', { name: 'Include this section' })).toBeChecked();
  await expect(page.getByRole('article', { name: 'Draft policy' }).getByRole('heading', { level: 3 })).toHaveText('Social media policy: Odd & Co');
  expect(errors).toEqual([]);
});

test('the worksheets save and link back to their track under a sub-path', async ({ page }) => {
  await page.goto(`${SUBPATH_URL}tracks/executive/`);
  await page.getByRole('link', { name: 'Finish with your one-page decision memo' }).click();
  await expect(page).toHaveURL(`${SUBPATH_URL}tracks/executive/roadmap/`);
  await page.getByLabel('The business result social work must move').fill('Works under a sub-path');
  await saved(page);
  await page.reload();
  await expect(page.getByLabel('The business result social work must move')).toHaveValue('Works under a sub-path');
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Executive boot camp' }).click();
  await expect(page).toHaveURL(`${SUBPATH_URL}tracks/executive/`);
});

// Every worksheet written as content prints on one page, Letter and A4, blank and with every box full.
const CONTENT_WORKSHEETS = readdirSync(new URL('../../content/worksheets/', import.meta.url))
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => load(readFileSync(new URL(`../../content/worksheets/${file}`, import.meta.url), 'utf8')) as { track: string; slug: string; title: string; linkText: string });

for (const worksheet of CONTENT_WORKSHEETS) {
  test(`${worksheet.title}: linked from its track, one printed page blank and full`, async ({ page }) => {
    await page.goto(`/tracks/${worksheet.track}/`);
    await page.getByRole('link', { name: worksheet.linkText }).click();
    await expect(page).toHaveURL(new RegExp(`/tracks/${worksheet.track}/${worksheet.slug}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(worksheet.title);
    const boxes = page.locator('.worksheet-form').locator('textarea, input[type="text"]');
    await expect(boxes.first()).toBeVisible();

    await page.emulateMedia({ media: 'print' });
    for (const format of ['Letter', 'A4'] as const) expect(pdfPageCount(await page.pdf({ format })), `blank, ${format}`).toBe(1);

    await page.emulateMedia({ media: 'screen' });
    for (const box of await boxes.all()) {
      const limit = Number(await box.getAttribute('maxlength'));
      await box.fill('Security lead pages the social team within five minutes '.repeat(40).slice(0, limit));
    }
    await saved(page);
    await page.emulateMedia({ media: 'print' });
    for (const format of ['Letter', 'A4'] as const) expect(pdfPageCount(await page.pdf({ format })), `full, ${format}`).toBe(1);
  });
}
