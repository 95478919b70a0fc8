import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures.ts';
import { BACKUP_KEY, PENDING_KEY, PROGRESS_KEY, passedRecord, seedStorage, storedProgress, trackModuleIds, visitedModules, withPassedFinal } from './progress-helpers.ts';

/** Fails the test on any uncaught error in the page. */
function collectPageErrors(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

const memoryNotice = (page: Page) => page.getByRole('status').filter({ hasText: "Your progress won't be kept after this visit" });
const recoveredNotice = (page: Page) => page.getByRole('status').filter({ hasText: 'could not be read' });

test('visits and quiz results show on the home, track and progress pages across reloads', async ({ page }) => {
  const errors = collectPageErrors(page);
  const [first, second] = await trackModuleIds(page, 'it');
  await page.goto(`/tracks/${first}/`);
  // Module pages note the visit as pending, without loading the store (src/progress/pending-visits.ts).
  await expect.poll(() => visitedModules(page)).toEqual([first]);
  // A quiz result, written as the quiz island would (through the store's storage format).
  await page.evaluate(
    ([key, id]) => {
      const now = new Date().toISOString();
      const progress = JSON.parse(localStorage.getItem(key!) ?? '{"version":1,"modules":{},"quizzes":{},"worksheets":{}}');
      progress.quizzes[id!] = { attempts: [{ correct: 4, total: 5, score: 0.8, passed: true, date: now }] };
      progress.modules[id!] = { firstVisited: now, lastVisited: now, completed: now };
      localStorage.setItem(key!, JSON.stringify(progress));
    },
    [PROGRESS_KEY, first],
  );
  await page.goto(`/tracks/${second}/`);
  await expect.poll(() => visitedModules(page)).toEqual([first, second].sort());

  await page.goto('/tracks/it/');
  await expect(page.locator(`[data-module-status="${first}"]`)).toHaveText('Done · best score 80%');
  await expect(page.locator(`[data-module-status="${second}"]`)).toHaveText('Started');
  await expect(page.locator('[data-track-status="it"]')).toContainText('1 of 6 modules done');
  await page.reload();
  await expect(page.locator(`[data-module-status="${first}"]`)).toHaveText('Done · best score 80%');

  await page.goto('/');
  await expect(page.locator('[data-track-status="it"]')).toContainText('Your progress: 1 of 6 modules done');
  await expect(page.locator('[data-track-status="legal"]')).toHaveText('Your progress: Not started');
  await expect(page.locator('[data-your-track="it"]')).toBeVisible();
  await expect(page.locator('[data-your-track="legal"]')).toBeHidden();
  await expect(page.locator('[data-continue]').getByRole('link', { name: /^Continue: / })).toHaveClass(/\bbutton\b/);

  await page.getByRole('link', { name: 'My progress' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My progress');
  // The progress page loads the store, which folds the pending visit into the record.
  await expect.poll(() => storedProgress(page).then((p) => Object.keys(p.modules).sort())).toEqual([first, second].sort());
  expect(await page.evaluate((key) => localStorage.getItem(key), PENDING_KEY)).toBeNull();
  const itTable = page.getByRole('table', { name: 'Modules of IT and security' });
  await expect(itTable.getByRole('row')).toHaveCount(7);
  await expect(itTable.getByRole('row').nth(1)).toContainText('Done');
  await expect(itTable.getByRole('row').nth(1)).toContainText('80%');
  await expect(page.getByText('You were last working on')).toBeVisible();
  await page.getByText('You were last working on').getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/tracks/${second}/$`));
  expect(errors).toEqual([]);
});

test('with storage blocked the course works for the visit and says progress will not be kept', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  const [first] = await trackModuleIds(page, 'support');
  await expect(memoryNotice(page)).toBeVisible();
  await page.goto(`/tracks/${first}/`);
  await expect(memoryNotice(page)).toBeVisible();
  await page.goto('/progress/');
  await expect(memoryNotice(page)).toBeVisible();
  // The island still hydrates and works: export needs nothing from storage.
  await expect(page.getByRole('heading', { name: 'Continue where you left off' })).toBeVisible();
  // Without a name the first export asks for one; the learner may go on without.
  await page.getByRole('button', { name: 'Export progress' }).click();
  await expect(page.getByRole('heading', { name: 'Your name for the exported file' })).toBeFocused();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export without a name' }).click();
  expect((await download).suggestedFilename()).toMatch(/^social-literacy-progress-\d{4}-\d{2}-\d{2}\.json$/);
  await page.goto('/certificate/support/');
  await expect(page.getByText('You have passed 0 of')).toBeVisible();
  expect(errors).toEqual([]);
});

test('with storage full the saved progress still shows and the learner is told new progress is not kept', async ({ page, context }) => {
  const errors = collectPageErrors(page);
  const ids = await trackModuleIds(page, 'legal');
  await context.addInitScript(
    ([key, text]) => {
      localStorage.setItem(key!, text!);
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    },
    [PROGRESS_KEY, JSON.stringify(passedRecord(ids.slice(0, 2)))],
  );
  await page.goto(`/tracks/${ids[2]}/`);
  await expect(memoryNotice(page)).toBeVisible();
  await page.goto('/tracks/legal/');
  await expect(page.locator('[data-track-status="legal"]')).toContainText(`2 of ${ids.length} modules done`);
  await expect(memoryNotice(page)).toBeVisible();
  expect(errors).toEqual([]);
});

test('corrupt saved progress is set aside, the learner is told once, and the course starts fresh', async ({ page, context }) => {
  const errors = collectPageErrors(page);
  await seedStorage(context, '{"version":1,"modules":{"it/x"');
  await page.goto('/tracks/it/');
  await expect(recoveredNotice(page)).toBeVisible();
  await expect(page.locator('[data-track-status="it"]')).toHaveText('Your progress: Not started');
  const backup = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), BACKUP_KEY);
  expect(backup).toMatchObject({ reason: 'The saved progress is not valid JSON.', text: '{"version":1,"modules":{"it/x"' });
  await page.getByRole('button', { name: 'Dismiss this notice' }).click();
  await expect(recoveredNotice(page)).toHaveCount(0);
  await expect(page.locator('#main')).toBeFocused();

  await page.goto('/progress/');
  await expect(recoveredNotice(page)).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Progress that could not be read' })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the set-aside data' }).click();
  expect(await readFile(await (await download).path(), 'utf8')).toBe('{"version":1,"modules":{"it/x"');
  expect(errors).toEqual([]);
});

test('two open tabs stay in sync', async ({ context }) => {
  const progressTab = await context.newPage();
  const ids = await trackModuleIds(progressTab, 'marketing');
  await progressTab.goto('/progress/');
  await expect(progressTab.getByText("You haven't started a module yet.")).toBeVisible();

  const otherTab = await context.newPage();
  await otherTab.goto(`/tracks/${ids[0]}/`);
  await expect(progressTab.getByText('You were last working on')).toContainText(await otherTab.getByRole('heading', { level: 1 }).innerText());

  const trackTab = await context.newPage();
  await trackTab.goto('/tracks/marketing/');
  await expect(trackTab.locator(`[data-module-status="${ids[1]}"]`)).toHaveText('Not started');
  await otherTab.goto(`/tracks/${ids[1]}/`);
  await expect(trackTab.locator(`[data-module-status="${ids[1]}"]`)).toHaveText('Started');
  // A reset in one tab reaches the others.
  await progressTab.getByRole('button', { name: 'Reset progress…' }).click();
  await progressTab.getByRole('button', { name: 'Yes, delete my progress' }).click();
  await expect(trackTab.locator(`[data-module-status="${ids[1]}"]`)).toHaveText('Not started');
});

test('reset asks first, and keeping the progress changes nothing', async ({ page, context }) => {
  const ids = await trackModuleIds(page, 'executive');
  await seedStorage(context, JSON.stringify(passedRecord(ids.slice(0, 1))));
  await page.goto('/progress/');
  await page.getByRole('button', { name: 'Reset progress…' }).click();
  await expect(page.getByRole('heading', { name: 'Delete all your progress?' })).toBeFocused();
  await page.getByRole('button', { name: 'Keep my progress' }).click();
  await expect(page.getByText('Nothing was reset.')).toBeVisible();
  expect(Object.keys((await storedProgress(page)).modules)).toEqual(ids.slice(0, 1));
  await page.getByRole('button', { name: 'Reset progress…' }).click();
  await page.getByRole('button', { name: 'Yes, delete my progress' }).click();
  await expect(page.getByText('Your progress was reset.')).toBeVisible();
  expect((await storedProgress(page)).modules).toEqual({});
});

test('progress exported from one browser imports into a fresh one, after confirmation, best scores winning', async ({ page, context, browser }) => {
  const ids = await trackModuleIds(page, 'foundations');
  await seedStorage(context, JSON.stringify(passedRecord(ids.slice(0, 3), 1, 'Grace Hopper')));
  await page.goto('/progress/');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const saved = await download;
  const file = { name: saved.suggestedFilename(), mimeType: 'application/json', buffer: await readFile(await saved.path()) };
  const exported = JSON.parse(file.buffer.toString('utf8'));
  expect(exported).toMatchObject({ format: 'social-literacy-academy/progress', version: 2, progress: { learnerName: 'Grace Hopper' } });
  expect(file.name).toMatch(/^social-literacy-progress-grace-hopper-\d{4}-\d{2}-\d{2}\.json$/);

  const fresh = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const other = await fresh.newPage();
  // This browser already has a lower score for the first module and its own visit elsewhere.
  await seedStorage(fresh, JSON.stringify(passedRecord(ids.slice(0, 1), 0.8)));
  await other.goto('/progress/');
  await other.getByLabel('Import progress from an exported file').setInputFiles(file);
  await expect(other.getByRole('heading', { name: /^Import social-literacy-progress-/ })).toBeFocused();
  await expect(other.getByText('holds 3 modules opened and 3 quizzes passed')).toBeVisible();
  expect(Object.keys((await storedProgress(other)).modules)).toHaveLength(1);
  await other.getByRole('button', { name: 'Merge into my progress' }).click();
  await expect(other.getByText(/^Imported .* You now have 3 modules opened and 3 quizzes passed\.$/)).toBeVisible();
  const table = other.getByRole('table', { name: 'Modules of Foundations' });
  await expect(table.getByRole('row').nth(1)).toContainText('100%');
  const merged = await storedProgress(other);
  expect(merged.quizzes[ids[0]!].attempts.map((a: { score: number }) => a.score).sort()).toEqual([0.8, 1]);
  expect(merged.learnerName).toBe('Grace Hopper');
  await fresh.close();
});

test('a bad import file changes nothing and says what is wrong', async ({ page, context }) => {
  const ids = await trackModuleIds(page, 'it');
  const before = JSON.stringify(passedRecord(ids.slice(0, 2)));
  await seedStorage(context, before);
  await page.goto('/progress/');
  const input = page.getByLabel('Import progress from an exported file');
  const cases: [string, string, RegExp][] = [
    ['notes.json', 'these are my notes', /not JSON/],
    ['other.json', JSON.stringify({ theme: 'dark' }), /not a Social Literacy Academy progress export/],
    ['newer.json', JSON.stringify({ format: 'social-literacy-academy/progress', version: 9, exportedAt: '2030-01-01T00:00:00Z', progress: {} }), /newer version of the course/],
    ['damaged.json', JSON.stringify({ format: 'social-literacy-academy/progress', version: 1, progress: { version: 1, modules: [], quizzes: {}, worksheets: {} } }), /damaged: .*modules/],
  ];
  for (const [name, text, reason] of cases) {
    await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    const message = page.getByRole('status').filter({ hasText: `Nothing was imported from ${name}.` });
    await expect(message).toContainText(reason);
    await expect(page.getByRole('button', { name: 'Merge into my progress' })).toHaveCount(0);
  }
  expect(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toBe(before);
});

test('the certificate lists what is left, then is issued in the learner\'s name and prints on one page', async ({ page, context }) => {
  const ids = await trackModuleIds(page, 'legal');
  await seedStorage(context, JSON.stringify(passedRecord(ids.slice(0, -1))));
  await page.goto('/tracks/legal/');
  await page.getByRole('link', { name: 'Your certificate for Legal and compliance' }).click();
  // The default settings (certificateRequires: both) ask for every module quiz and the final check.
  await expect(page.getByText(`You have passed ${ids.length - 1} of ${ids.length} module quizzes. Still to do:`)).toBeVisible();
  const remaining = page.getByRole('list', { name: 'Still to do' }).getByRole('listitem');
  await expect(remaining).toHaveCount(2);
  await expect(remaining.first()).toContainText('not started');
  await expect(remaining.last()).toContainText('The final check');

  // Pass the last quiz and the final check in another way the course allows: import a file holding them.
  await page.goto('/progress/');
  const file = JSON.stringify({ format: 'social-literacy-academy/progress', version: 1, exportedAt: new Date().toISOString(), progress: withPassedFinal(passedRecord(ids.slice(-1), 0.8), 'legal') });
  await page.getByLabel('Import progress from an exported file').setInputFiles({ name: 'last.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await page.getByRole('button', { name: 'Merge into my progress' }).click();

  await page.goto('/certificate/legal/');
  await expect(page.getByText('You have done everything Legal and compliance asks for its certificate.')).toBeVisible();
  await page.getByRole('button', { name: 'Show my certificate' }).click();
  await expect(page.getByLabel('Your name as it should appear on the certificate')).toBeFocused();
  await page.getByLabel('Your name as it should appear on the certificate').fill('Ada Lovelace');
  await page.getByRole('button', { name: 'Show my certificate' }).click();
  const certificate = page.getByRole('article', { name: 'Certificate of completion' });
  await expect(certificate).toContainText('Ada Lovelace');
  await expect(certificate).toContainText('Legal and compliance');
  await expect(certificate.getByRole('row')).toHaveCount(ids.length + 1);
  await expect(certificate.getByRole('row').last()).toContainText('80%');
  const code = await certificate.locator('.certificate__code').innerText();
  expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}$/);
  await page.reload();
  await expect(page.getByRole('article', { name: 'Certificate of completion' }).locator('.certificate__code')).toHaveText(code);

  for (const format of ['A4', 'Letter'] as const) {
    const pdf = (await page.pdf({ format })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page(?!s)/g), `${format} pages`).toHaveLength(1);
  }
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print certificate' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  await expect(certificate).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await page.screenshot({ path: test.info().outputPath('certificate.png'), fullPage: true });

  await page.getByRole('button', { name: 'Change the name' }).click();
  await page.getByLabel('Your name as it should appear on the certificate').fill('Ada King');
  await page.getByRole('button', { name: 'Show my certificate' }).click();
  await expect(page.getByRole('heading', { name: 'Certificate of completion' })).toBeFocused();
  await expect(page.locator('.certificate__code')).not.toHaveText(code);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`progress and certificate pages have no WCAG 2.2 AA violations in the ${scheme} scheme`, async ({ page, context }) => {
    // Five pages through axe: about 20 s alone, more on a busy machine.
    test.slow();
    await page.emulateMedia({ colorScheme: scheme });
    const ids = await trackModuleIds(page, 'legal');
    await context.addInitScript(
      ([key, text]) => {
        if (!localStorage.getItem(key!)) localStorage.setItem(key!, text!);
      },
      [PROGRESS_KEY, JSON.stringify(withPassedFinal(passedRecord(ids, 0.8, 'Ada Lovelace'), 'legal'))],
    );
    await page.goto('/progress/');
    await page.getByRole('button', { name: 'Reset progress…' }).click();
    await expect(page.getByRole('heading', { name: 'Delete all your progress?' })).toBeVisible();
    expect(await axeViolations(page), '/progress/').toEqual([]);
    await page.goto('/certificate/legal/');
    await expect(page.getByRole('article', { name: 'Certificate of completion' })).toBeVisible();
    expect(await axeViolations(page), '/certificate/legal/').toEqual([]);
    await page.goto('/certificate/it/');
    await expect(page.getByText('You have passed 0 of')).toBeVisible();
    expect(await axeViolations(page), '/certificate/it/').toEqual([]);
    await page.goto('/tracks/legal/');
    await expect(page.locator('[data-track-status="legal"]')).toContainText(`All ${ids.length} modules done; the worksheet to go`);
    expect(await axeViolations(page), '/tracks/legal/').toEqual([]);
    await page.addInitScript(() => localStorage.setItem('social-literacy-academy:progress', 'garbage'));
    await page.goto('/');
    await expect(recoveredNotice(page)).toBeVisible();
    expect(await axeViolations(page), '/ with a notice').toEqual([]);
  });
}

test('what a page loads to show progress stays small', async ({ page }) => {
  const scripts = new Map<string, number>();
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') scripts.set(response.url(), gzipSync(await response.body(), { level: 9 }).length);
  });
  await page.goto('/');
  await expect(page.locator('[data-track-status="it"]')).not.toBeEmpty();
  await page.waitForLoadState('networkidle');
  const total = [...scripts.values()].reduce((sum, size) => sum + size, 0);
  test.info().annotations.push({ type: 'home page JavaScript (gzip bytes)', description: String(total) });
  console.log(`home page JavaScript: ${total} bytes gzip in ${scripts.size} files`);
  expect(total).toBeLessThan(20_000);
});
