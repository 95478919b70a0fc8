import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures.ts';
import { quizHelpers } from './quiz-helpers.ts';

/** This module's quiz has one question of every type (scenario, truefalse, single, multiple). */
const MODULE = 'foundations/spot-capture-pass-on';
const { quiz, total, quizArea, legend, currentQuestion, choiceInput, answer, goOn, finish } = quizHelpers(MODULE);

async function openQuiz(page: Page, moduleId = MODULE) {
  await page.goto(`/tracks/${moduleId}/`);
  await quizArea(page).scrollIntoViewIfNeeded();
}

test('a learner passes a quiz: feedback after every answer, then Passed with 100% and nothing to review', async ({ page }) => {
  await openQuiz(page);
  await expect(quizArea(page).getByText(`Question 1 of ${total}`)).toBeVisible();
  const question = await answer(page, true);
  await expect(quizArea(page).getByRole('status')).toHaveText(/^Correct\./);
  await expect(quizArea(page).locator('.quiz-feedback')).toBeFocused();
  await expect(quizArea(page).locator('.quiz-feedback')).toContainText(question.explanation.trim());
  await goOn(page);
  await expect(legend(page)).toBeFocused();
  await expect(quizArea(page).getByText(`Question 2 of ${total}`)).toBeVisible();
  await finish(page, () => true);
  const result = quizArea(page).locator('.quiz-result');
  await expect(result).toBeFocused();
  await expect(result).toContainText('Passed · 100%');
  await expect(result).toContainText(`You answered ${total} of ${total} questions right.`);
  await expect(result.getByRole('heading', { name: 'Questions to review' })).toHaveCount(0);
  await expect(quizArea(page).getByRole('status')).toHaveText(`Quiz finished. Passed: ${total} of ${total} right, 100%.`);
});

test('a learner fails a quiz: Not passed, each missed question with its right answer and explanation', async ({ page }) => {
  await openQuiz(page);
  await answer(page, false);
  await expect(quizArea(page).getByRole('status')).toHaveText(/^Not quite\./);
  await expect(quizArea(page).locator('.quiz-feedback')).toContainText('Not quite.');
  expect((await quizArea(page).locator('.quiz-question').innerText()).match(/Not quite/g)).toHaveLength(1);
  await goOn(page);
  await finish(page, () => false);
  const result = quizArea(page).locator('.quiz-result');
  await expect(result).toContainText('Not passed · 0%');
  const missed = result.getByRole('list').first().locator(':scope > li');
  await expect(missed).toHaveCount(total);
  for (const question of quiz.questions) {
    const item = missed.filter({ hasText: question.prompt.trim() });
    await expect(item).toHaveCount(1);
    for (const right of question.choices.filter((c) => c.correct)) await expect(item).toContainText(right.text.trim());
    await expect(item).toContainText(question.explanation.trim());
    // Each missed question links to the lesson section that teaches it.
    const section = (question as { section?: string }).section!;
    await expect(item.getByRole('link', { name: /^Read again: / })).toHaveAttribute('href', `#${section}`);
    await expect(page.locator(`[id="${section}"]`)).toHaveCount(1);
  }
  // "Not quite." is said once: the choice's own feedback does not repeat the verdict.
  await expect(result.getByRole('button', { name: 'Retake quiz' })).not.toHaveClass(/secondary/);
});

test('a reload mid-quiz resumes at the same question in the same order, even on its feedback', async ({ page }) => {
  await openQuiz(page);
  await answer(page, true);
  await goOn(page);
  await answer(page, false);
  await goOn(page);
  const choicesBefore = await quizArea(page).locator('.quiz-choices label').allTextContents();
  const promptBefore = await legend(page).textContent();

  await page.reload();
  await quizArea(page).scrollIntoViewIfNeeded();
  await expect(quizArea(page).getByText(`Question 3 of ${total}`)).toBeVisible();
  await expect(legend(page)).toHaveText(promptBefore!);
  expect(await quizArea(page).locator('.quiz-choices label').allTextContents()).toEqual(choicesBefore);

  // An answer is saved the moment it is checked: a reload shows its feedback.
  await answer(page, true);
  await page.reload();
  await quizArea(page).scrollIntoViewIfNeeded();
  await expect(quizArea(page).locator('.quiz-feedback')).toContainText('Correct.');
  await goOn(page);
  await finish(page, () => true);
  // One wrong answer out of the six: 5 of 6 is 83%, above the 80% pass mark.
  await expect(quizArea(page).locator('.quiz-result')).toContainText(`Passed · ${Math.round(((total - 1) / total) * 100)}%`);
});

test('a finished quiz shows its last result after a reload, and a retake starts afresh', async ({ page }) => {
  await openQuiz(page);
  await finish(page, (index) => index === 0);
  await page.reload();
  await quizArea(page).scrollIntoViewIfNeeded();
  const recap = quizArea(page).locator('.quiz-result');
  await expect(recap).toContainText(`Not passed · ${Math.round((1 / total) * 100)}%`);
  await expect(recap).toContainText(`Your last result, on`);

  await quizArea(page).getByRole('button', { name: 'Retake quiz' }).click();
  await expect(quizArea(page).getByText(`Question 1 of ${total}`)).toBeVisible();
  await expect(legend(page)).toBeFocused();
  await expect(quizArea(page).getByRole('radio', { checked: true })).toHaveCount(0);
  await finish(page, () => true);
  await expect(quizArea(page).locator('.quiz-result')).toContainText('Passed · 100%');
  await quizArea(page).getByRole('button', { name: 'Retake quiz' }).click();
  await expect(quizArea(page).getByText(`Question 1 of ${total}`)).toBeVisible();
});

test('an attempt saved before the quiz was edited is dropped with a notice', async ({ page }) => {
  await openQuiz(page);
  await answer(page, true);
  await goOn(page);
  // Pretend the quiz changed since: give the saved attempt another quiz fingerprint.
  const changed = await page.evaluate(() => {
    let count = 0;
    for (const key of Object.keys(localStorage)) {
      const text = localStorage.getItem(key)!;
      const edited = text.replace(/"quizHash":"[^"]*"/g, '"quizHash":"0000000000000000"');
      if (edited !== text) {
        localStorage.setItem(key, edited);
        count++;
      }
    }
    return count;
  });
  expect(changed).toBe(1);
  await page.reload();
  await quizArea(page).scrollIntoViewIfNeeded();
  await expect(quizArea(page).getByRole('note')).toContainText('This quiz has changed since you last worked on it');
  await expect(quizArea(page).getByText(`Question 1 of ${total}`)).toBeVisible();
  await answer(page, true);
  await expect(quizArea(page).getByRole('note')).toHaveCount(0);
});

test('a learner completes a quiz by keyboard alone (Tab, arrows, Space, Enter) and follows the primary button to the next module', async ({ page }) => {
  await openQuiz(page);
  await expect(legend(page)).toBeVisible();
  const focusedChoice = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.closest('label')?.textContent?.trim() ?? null);
  const focusedType = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type ?? null);
  // Tab from the top of the page into the quiz's first choice.
  for (let presses = 0; presses < 200 && !(await focusedChoice()); presses++) await page.keyboard.press('Tab');
  expect(await focusedChoice()).not.toBeNull();

  for (let i = 0; i < total; i++) {
    const question = await currentQuestion(page);
    const rights = new Set(question.choices.filter((c) => c.correct).map((c) => c.text.trim()));
    if ((await focusedType()) === 'radio') {
      // Arrows move to and pick the next radio; Space picks the focused one.
      for (let step = 0; step < question.choices.length && !rights.has((await focusedChoice())!); step++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Space');
      expect(rights.has((await focusedChoice())!)).toBe(true);
      await page.keyboard.press('Tab');
    } else {
      // Checkboxes: Tab through them, Space on each right one.
      while (await focusedChoice()) {
        if (rights.has((await focusedChoice())!)) await page.keyboard.press('Space');
        await page.keyboard.press('Tab');
      }
    }
    await expect(page.getByRole('button', { name: 'Check answer' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(quizArea(page).locator('.quiz-feedback')).toBeFocused();
    await expect(quizArea(page).locator('.quiz-feedback')).toContainText('Correct.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    if (i < total - 1) {
      await expect(legend(page)).toBeFocused();
      await page.keyboard.press('Tab');
    }
  }
  await expect(quizArea(page).locator('.quiz-result')).toBeFocused();
  await expect(quizArea(page).locator('.quiz-result')).toContainText('Passed · 100%');
  // The way forward comes first; the retake is secondary.
  await page.keyboard.press('Tab');
  const next = quizArea(page).getByRole('link', { name: /^Next: / });
  await expect(next).toBeFocused();
  await expect(next).toHaveClass(/\bbutton\b/);
  await expect(quizArea(page).getByRole('button', { name: 'Retake quiz' })).toHaveClass(/secondary/);
  const nextHref = await next.getAttribute('href');
  const nextTitle = (await next.textContent())!.replace(/^Next: /, '');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${nextHref}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nextTitle);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the quiz has no WCAG 2.2 AA violations in its question, feedback and result states (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openQuiz(page);
    await expect(legend(page)).toBeVisible();
    // A multiple question shows every kind of verdict: pick one right and one wrong choice.
    await finish(page, () => true);
    await quizArea(page).getByRole('button', { name: 'Retake quiz' }).click();
    let question = await currentQuestion(page);
    while (question.type !== 'multiple') {
      await answer(page, true);
      await goOn(page);
      question = await currentQuestion(page);
    }
    expect(await axeViolations(page), 'question').toEqual([]);
    await choiceInput(page, question.choices.find((c) => c.correct)!.text).check();
    await choiceInput(page, question.choices.find((c) => !c.correct)!.text).check();
    await page.getByRole('button', { name: 'Check answer' }).click();
    await expect(quizArea(page).locator('.quiz-feedback')).toBeVisible();
    expect(await axeViolations(page), 'feedback').toEqual([]);
    await goOn(page);
    if (!(await quizArea(page).locator('.quiz-result').count())) await finish(page, () => false);
    expect(await axeViolations(page), 'result').toEqual([]);
  });
}

test('"Check answer" with nothing picked asks for a pick instead of doing nothing', async ({ page }) => {
  await openQuiz(page);
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(quizArea(page).getByRole('alert')).toHaveText('Choose an answer first.');
  await expect(quizArea(page).getByText(`Question 1 of ${total}`)).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the quiz area lists the questions and says the quiz needs JavaScript', async ({ page }) => {
    await openQuiz(page);
    // Playwright's text and role locators skip <noscript>, so these use CSS.
    await expect(quizArea(page).locator('noscript > p')).toBeVisible();
    await expect(quizArea(page).locator('noscript > p')).toContainText('The quiz needs JavaScript');
    await expect(quizArea(page).locator('.quiz-pending')).toBeHidden();
    const questions = quizArea(page).locator('.quiz-static > li');
    await expect(questions).toHaveCount(total);
    for (const [index, question] of quiz.questions.entries()) await expect(questions.nth(index)).toContainText(question.prompt.trim());
  });
});

test("the quiz island adds at most 90 KB gzip of JavaScript to its page by the first answer", async ({ page, request }) => {
  // What the module page has loaded before the quiz is touched: its own scripts. The progress store
  // (about 12 KB, most of it zod) no longer loads there at idle (the 3 KB reading-page budget); it
  // comes with the quiz's first answer, and `npm run bench` reports that total. The budget here is
  // the quiz island's own, so the store is loaded first, as the page loads it when it must
  // (src/progress/progress-watch.ts, loadStore).
  await page.goto(`/tracks/${MODULE}/`);
  await expect.poll(() => page.evaluate(() => localStorage.getItem('social-literacy-academy:pending-visits') !== null)).toBe(true);
  await page.evaluate(() => {
    const loader = document.querySelector<HTMLTemplateElement>('template[data-store-loader]')!;
    document.body.append(loader.content.cloneNode(true));
  });
  await expect.poll(() => page.evaluate(() => localStorage.getItem('social-literacy-academy:progress') !== null)).toBe(true);
  await page.waitForLoadState('networkidle');
  const loadedBefore = new Set(await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name.split('#')[0]!)));
  await quizArea(page).scrollIntoViewIfNeeded();
  await answer(page, true);
  const island = page.locator('astro-island').filter({ has: page.locator('.quiz') });
  const entries = [await island.getAttribute('component-url'), await island.getAttribute('renderer-url')];
  // Walk the static imports from the island's entry points: everything the browser must load for it.
  const seen = new Set<string>();
  const queue = entries.map((url) => new URL(url!, page.url()).href);
  let gzipBytes = 0;
  let addedBytes = 0;
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const body = await (await request.get(url)).body();
    const size = gzipSync(body, { level: 9 }).length;
    gzipBytes += size;
    if (!loadedBefore.has(url)) addedBytes += size;
    for (const [, path] of body.toString('utf8').matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) queue.push(new URL(path!, url).href);
  }
  console.log(`quiz island JavaScript: ${seen.size} files, ${(gzipBytes / 1000).toFixed(1)} kB gzip in all, ${(addedBytes / 1000).toFixed(1)} kB added by the first answer`);
  // The budget (issue 22): what the quiz island adds to a page that has the progress store.
  expect(addedBytes).toBeLessThanOrEqual(90_000);
  expect(gzipBytes - addedBytes).toBeGreaterThan(0);
});
