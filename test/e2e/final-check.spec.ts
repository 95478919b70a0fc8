import { SUBPATH_URL } from '../../playwright.config.ts';
import { createExport } from '../../src/progress/export-import.ts';
import { axeViolations, expect, test } from './fixtures.ts';
import { finalHelpers } from './final-check-helpers.ts';
import { passedRecord, seedStorage, storedProgress, trackModuleIds } from './progress-helpers.ts';

const TRACK = 'foundations';
const { pool, area, legend, currentQuestion, answer, position } = finalHelpers(TRACK);

async function openFinal(page: import('@playwright/test').Page, base = '') {
  await page.goto(`${base}/tracks/${TRACK}/final/`.replace(/^\/\//, '/'));
  await area(page).getByRole('button', { name: 'Start the final check' }).click();
  await expect(legend(page)).toBeFocused();
}

test('a final check shows no answer before it is submitted, then reviews every missed question with a working link to its section', async ({ page }) => {
  await openFinal(page);
  const [, total] = await position(page);
  expect(total).toBe(8);
  // Nothing in the page or the island's props gives a key, a feedback line or an explanation away.
  const html = await page.content();
  expect(html).not.toMatch(/&quot;correct&quot;|"correct"/);
  for (const question of pool.questions) {
    expect(html).not.toContain(question.explanation.trim().slice(0, 40));
    for (const c of question.choices) expect(html, `feedback of ${question.id}/${c.id}`).not.toContain(c.feedback.trim().slice(0, 40));
  }

  const asked: string[] = [];
  for (let i = 0; i < total; i++) {
    const question = await answer(page, i >= 2); // the first two wrong
    asked.push(question.id);
    await expect(area(page)).not.toContainText(/Correct\.|Not quite|Right answer|Your answer: (right|wrong)/);
    await expect(area(page).locator('.quiz-feedback')).toHaveCount(0);
  }
  expect(new Set(asked).size).toBe(total);
  const confirm = area(page).locator('.quiz-confirm');
  await expect(confirm).toBeFocused();
  await expect(area(page)).not.toContainText(/\d+%/);
  expect(await axeViolations(page), 'confirmation').toEqual([]);
  await confirm.getByRole('button', { name: 'Submit the final check' }).click();

  const result = area(page).locator('.quiz-result');
  await expect(result).toBeFocused();
  await expect(result).toContainText('Not passed · 75%');
  await expect(page.getByRole('status').filter({ hasText: 'Final check submitted' })).toHaveText('Final check submitted. Not passed: 6 of 8 right, 75%.');
  const missed = result.locator('.quiz-review > li');
  await expect(missed).toHaveCount(2);
  for (const id of asked.slice(0, 2)) {
    const question = pool.questions.find((q) => q.id === id)!;
    const item = missed.filter({ hasText: question.prompt.trim() });
    for (const right of question.choices.filter((c) => c.correct)) await expect(item).toContainText(right.text.trim());
    await expect(item).toContainText(question.explanation.trim());
    await expect(item.getByRole('link', { name: /^Read again: / })).toHaveAttribute('href', `/tracks/${question.module}/#${question.section}`);
  }
  // The wait before a retake is stated, and there is no retake button until it is over.
  await expect(result).toContainText(/You can take the final check again at .+ \(in about 10 minutes\)/);
  await expect(result.getByRole('button', { name: 'Take the final check again' })).toHaveCount(0);
  expect(await axeViolations(page), 'result').toEqual([]);

  const stored = await storedProgress(page);
  expect(stored.finalChecks[TRACK].attempts).toHaveLength(1);
  expect(stored.finalChecks[TRACK].attempts[0]).toMatchObject({ correct: 6, total: 8, passed: false, contentVersion: expect.any(String) });
  expect(stored.finalChecks[TRACK].attempts[0].answers.map((a: { question: string }) => a.question)).toEqual(asked);

  const first = pool.questions.find((q) => q.id === asked[0])!;
  await missed.filter({ hasText: first.prompt.trim() }).getByRole('link', { name: /^Read again: / }).click();
  await expect(page).toHaveURL(new RegExp(`/tracks/${first.module}/#${first.section}$`));
  await expect(page.locator(`[id="${first.section}"]`)).toBeInViewport();

  // The result, its review and the wait survive a reload.
  await page.goto(`/tracks/${TRACK}/final/`);
  await expect(area(page).locator('.quiz-result')).toContainText('Your last attempt, on');
  await expect(area(page).locator('.quiz-review > li')).toHaveCount(2);
  await expect(area(page)).toContainText('You can take the final check again at');
});

test('a reload mid-check resumes at the same question, with the same draw, order and picks; going back keeps answers', async ({ page }) => {
  await openFinal(page);
  await answer(page, true);
  const second = await answer(page, true);
  await area(page).getByRole('button', { name: 'Previous question' }).click();
  expect((await currentQuestion(page)).id).toBe(second.id);
  await expect(area(page).getByRole('radio', { checked: true }).or(area(page).getByRole('checkbox', { checked: true })).first()).toBeVisible();
  const promptBefore = await legend(page).textContent();
  const choicesBefore = await area(page).locator('.quiz-choices label').allTextContents();

  await page.reload();
  await expect(legend(page)).toHaveText(promptBefore!);
  expect(await position(page)).toEqual([2, 8]);
  expect(await area(page).locator('.quiz-choices label').allTextContents()).toEqual(choicesBefore);
  await expect(area(page).locator('input:checked').first()).toBeVisible();
  await area(page).getByRole('button', { name: 'Next question' }).click();
  for (let i = 2; i < 8; i++) await answer(page, true);
  await area(page).getByRole('button', { name: 'Submit the final check' }).click();
  await expect(area(page).locator('.quiz-result')).toContainText('Passed · 100%');
  await expect(area(page).locator('.quiz-result')).toContainText('You got every question right.');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the final check has no WCAG 2.2 AA violations while answering (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openFinal(page);
    await answer(page, true);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the final check says it needs JavaScript, and a module quiz lists choices in a shuffled order', async ({ page }) => {
    await page.goto(`/tracks/${TRACK}/final/`);
    await expect(page.locator('noscript > p')).toContainText('The final check needs JavaScript');
    await page.goto(`/tracks/${TRACK}/spot-capture-pass-on/`);
    const { parse } = await import('yaml');
    const { readFileSync } = await import('node:fs');
    const quiz = parse(readFileSync(new URL('../../quizzes/foundations/spot-capture-pass-on.yaml', import.meta.url), 'utf8')) as { questions: { choices: { text: string }[] }[] };
    const lists = page.locator('.quiz-static > li > ul');
    const shown = await lists.evaluateAll((uls) => uls.map((ul) => [...ul.querySelectorAll('li')].map((li) => li.textContent!.trim())));
    const authored = quiz.questions.map((q) => q.choices.map((c) => c.text.trim()));
    expect(shown.map((choices) => [...choices].sort())).toEqual(authored.map((choices) => [...choices].sort()));
    shown.forEach((choices, i) => expect(choices, `question ${i + 1}`).not.toEqual(authored[i]));
  });
});

test('the policy confirmation: asked on passing the final check, stored with date and version, on the certificate and in the export', async ({ page, context }) => {
  // The sub-path build is configured with a policy and `attestation: { track: foundations }` (test/fixtures/site-configured.yaml).
  const base = SUBPATH_URL.replace(/\/$/, '');
  await page.goto(`${base}/tracks/${TRACK}/`);
  const ids = await page.getByRole('list', { name: 'Modules' }).getByRole('heading').getByRole('link').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname.split('/').filter(Boolean).slice(-2).join('/')));
  await seedStorage(context, JSON.stringify(passedRecord(ids, 1, 'Grace Hopper')));
  await page.goto(`${base}/certificate/${TRACK}/`);
  await expect(page.getByRole('list', { name: 'Still to do' })).toContainText('The final check');
  await expect(page.getByRole('list', { name: 'Still to do' })).toContainText('Confirm you have read Acme Social Media Policy, version 3.1 (May 2026)');

  await page.goto(`${base}/tracks/${TRACK}/final/`);
  await area(page).getByRole('button', { name: 'Start the final check' }).click();
  for (let i = 0; i < 8; i++) await answer(page, true);
  await area(page).getByRole('button', { name: 'Submit the final check' }).click();
  const attestation = area(page).getByRole('region', { name: 'Our social media policy' });
  await attestation.getByRole('button', { name: 'Confirm' }).click();
  await expect(attestation.getByRole('alert')).toContainText('Tick the box');
  await attestation.getByLabel('I have read Acme Social Media Policy, version 3.1 (May 2026).').check();
  await attestation.getByRole('button', { name: 'Confirm' }).click();
  await expect(attestation).toContainText(/You confirmed on .+ that you have read Acme Social Media Policy, version 3.1 \(May 2026\)\./);
  const stored = await storedProgress(page);
  expect(stored.attestations[TRACK]).toMatchObject({ policy: 'Acme Social Media Policy', version: '3.1 (May 2026)', date: expect.any(String) });

  await area(page).getByRole('link', { name: 'Get your certificate' }).click();
  const certificate = page.getByRole('article', { name: 'Certificate of completion' });
  await expect(certificate).toContainText('Grace Hopper');
  await expect(certificate).toContainText(/Final check: best score 100%, passed on .+ \(edition [0-9a-f]{8}\)\./);
  await expect(certificate).toContainText(/Confirmed on .+ having read Acme Social Media Policy, version 3\.1 \(May 2026\)\./);
  await expect(certificate).toContainText('not a signature');
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = (await page.pdf({ format })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page(?!s)/g), `${format} pages`).toHaveLength(1);
  }

  await page.goto(`${base}/progress/`);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^social-literacy-progress-grace-hopper-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(await (await import('node:fs/promises')).readFile((await file.path())!, 'utf8'));
  expect(exported.progress.attestations[TRACK]).toMatchObject({ version: '3.1 (May 2026)' });
  expect(exported.checksum).toMatch(/^[0-9a-f-]{24}$/);
});

test('the certificate check reads a good file and shows a tampered one as not matching, without touching the trainer\'s progress', async ({ page }) => {
  const ids = await trackModuleIds(page, TRACK);
  const record = passedRecord(ids, 1, 'Ada Lovelace') as ReturnType<typeof passedRecord> & { version: number; finalChecks?: object; attestations?: object };
  const passedFinal = { correct: 8, total: 8, score: 1, passed: true, date: '2026-12-01T09:00:00.000Z', contentVersion: 'an-earlier-pool', answers: [] };
  const good = createExport({ ...record, version: 2, finalChecks: { [TRACK]: { attempts: [passedFinal] } }, attestations: {} } as never, new Date('2026-12-01T10:00:00.000Z'));
  const tamperedData = JSON.parse(good);
  tamperedData.progress.quizzes[ids[0]!].attempts[0].score = 1;
  tamperedData.progress.learnerName = 'Someone Else';
  await page.goto('/trainer/certificate-check/');
  const input = page.getByLabel("A learner's exported progress file (.json)");

  await input.setInputFiles({ name: 'ada.json', mimeType: 'application/json', buffer: Buffer.from(good) });
  await expect(page.getByRole('heading', { level: 2, name: 'Ada Lovelace' })).toBeVisible();
  await expect(page.locator('[data-checksum]')).toHaveText(/matches its verification code/);
  await expect(page.locator('[data-checksum]')).toHaveAttribute('data-checksum', 'matches');
  const foundations = page.getByRole('article', { name: 'Foundations for everyone' });
  await expect(foundations).toContainText('Certificate: complete on December 1, 2026');
  await expect(foundations).toContainText(/Final check: passed on December 1, 2026, best score 100% in 1 attempt, edition an-earli \(an earlier edition than this course ships\)/);
  await expect(foundations.getByRole('table')).toContainText('100%');
  const code = (await foundations.locator('.certificate__code').textContent())!;
  expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}$/);
  const typed = foundations.getByLabel('Code on the certificate the learner showed you (optional)');
  await typed.fill(code.toLowerCase());
  await expect(foundations).toContainText('The codes match');
  await typed.fill('AAAA-BBBB-CC');
  await expect(foundations).toContainText('The codes do not match');
  expect(await axeViolations(page)).toEqual([]);

  await input.setInputFiles({ name: 'ada-edited.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(tamperedData)) });
  await expect(page.getByRole('heading', { level: 2, name: 'Someone Else' })).toBeVisible();
  await expect(page.locator('[data-checksum]')).toHaveAttribute('data-checksum', 'differs');
  await expect(page.locator('[data-checksum]')).toContainText('does not match');

  await input.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  await expect(page.getByText('notes.txt: This file is not a progress export')).toBeVisible();
  // Nothing was merged into the trainer's own progress.
  expect((await storedProgress(page))?.learnerName).toBeUndefined();
});
