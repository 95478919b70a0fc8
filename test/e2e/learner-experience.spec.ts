import type { BrowserContext, Page } from '@playwright/test';
import { SUBPATH_URL } from '../../playwright.config.ts';
import { axeViolations, expect, test } from './fixtures.ts';
import { PENDING_KEY, PROGRESS_KEY, passedRecord, seedStorage, storedProgress, trackModuleIds, withPassedFinal } from './progress-helpers.ts';
import { finalHelpers } from './final-check-helpers.ts';
import { quizHelpers } from './quiz-helpers.ts';

// Issue 22: the track's steps beside every lesson, the phone header and its menu, the color-scheme
// switch, and print. The pages' JavaScript budget is reported by `npm run bench`, not asserted here.

const SCHEME_KEY = 'social-literacy-academy:color-scheme';
const DARK_BG = 'rgb(20, 24, 29)';
const LIGHT_BG = 'rgb(255, 255, 255)';

const steps = (page: Page) => page.getByRole('navigation', { name: /^Foundations for everyone$|^Executive boot camp$/ });
const step = (page: Page, moduleId: string) => page.locator(`.track-nav [data-step="${moduleId}"]`);
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

/** Before each page's first frame: its background, the scheme attribute and layout shifts (CLS) from then on. */
async function watchFirstFrame(context: BrowserContext) {
  await context.addInitScript(() => {
    const w = window as unknown as { firstFrame?: { background: string; scheme: string | null }; layoutShift: number };
    w.layoutShift = 0;
    requestAnimationFrame(() => {
      w.firstFrame = { background: getComputedStyle(document.documentElement).backgroundColor, scheme: document.documentElement.getAttribute('data-color-scheme') };
    });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) w.layoutShift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
}
const firstFrame = (page: Page) => page.waitForFunction(() => (window as unknown as { firstFrame?: object }).firstFrame).then((handle) => handle.jsonValue() as Promise<{ background: string; scheme: string | null }>);
/** The page's layout shift so far, to three decimals as Lighthouse reports CLS. */
const layoutShift = (page: Page) => page.evaluate(() => Math.round((window as unknown as { layoutShift: number }).layoutShift * 1000) / 1000);

test('the track steps list the modules in order, then the worksheet and the final check, with the current one marked', async ({ page }) => {
  const ids = await trackModuleIds(page, 'executive');
  await page.goto(`/tracks/${ids[1]}/`);
  const nav = steps(page);
  await expect(nav).toBeVisible();
  const links = nav.getByRole('listitem').getByRole('link');
  const titles = await links.allTextContents();
  expect(titles).toHaveLength(ids.length + 2);
  expect(titles.at(-2)).toMatch(/^Worksheet: One-page decision memo/);
  expect(titles.at(-1)).toMatch(/^Final check/);
  await expect(links.nth(1)).toHaveAttribute('aria-current', 'page');
  // The page being read was visited; nothing else was.
  await expect(step(page, ids[1]!)).toHaveAttribute('data-state', 'in-progress');
  await expect(links.nth(1)).toHaveAccessibleName(/, in progress$/);
  await expect(links.first()).toHaveAccessibleName(/, not started$/);
  await expect(nav.locator('progress')).toHaveAttribute('max', String(ids.length));
  await expect(nav.getByText(`0 of ${ids.length} modules done`)).toBeVisible();
  await links.last().click();
  await expect(page).toHaveURL(/\/tracks\/executive\/final\/$/);
});

test('the marks change after a pass, in this tab and in another one', async ({ page, context }) => {
  const ids = await trackModuleIds(page, 'foundations');
  const target = 'foundations/spot-capture-pass-on';
  const { quizArea, finish } = quizHelpers(target);

  const other = await context.newPage();
  await other.goto(`/tracks/${ids[0]}/`);
  await expect(step(other, target)).toHaveAttribute('data-state', 'not-started');

  await page.goto(`/tracks/${target}/`);
  await expect(page.locator('[data-lesson-status]')).toHaveText('Quiz not taken yet');
  await expect(step(page, target)).toHaveAttribute('data-state', 'in-progress');
  // The other tab hears of the visit.
  await expect(step(other, target)).toHaveAttribute('data-state', 'in-progress');

  // A tab in the background gets no animation frames, which clicks wait for.
  await page.bringToFront();
  await quizArea(page).scrollIntoViewIfNeeded();
  await finish(page, () => true);
  await expect(step(page, target)).toHaveAttribute('data-state', 'done');
  await expect(steps(page).locator('progress')).toHaveJSProperty('value', 1);
  await expect(steps(page).getByText(`1 of ${ids.length} modules done`)).toBeVisible();
  await expect(page.locator('[data-lesson-status]')).toHaveText(/^Passed · best score 100%$/);

  await expect(step(other, target)).toHaveAttribute('data-state', 'done');
  await expect(steps(other).getByText(`1 of ${ids.length} modules done`)).toBeVisible();
  await other.reload();
  await expect(step(other, target)).toHaveAttribute('data-state', 'done');
});

test('a finished module says Passed at the top, and its page does not move while the marks fill in', async ({ context, page }) => {
  await watchFirstFrame(context);
  const ids = await trackModuleIds(page, 'legal');
  await seedStorage(context, JSON.stringify(passedRecord(ids.slice(0, 2), 0.8)));
  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
    await page.setViewportSize(viewport);
    await page.goto(`/tracks/${ids[1]}/`);
    await expect(page.locator('[data-lesson-status]')).toHaveText('Passed · best score 80%');
    await expect(step(page, ids[0]!)).toHaveAttribute('data-state', 'done');
    await expect(step(page, ids[2]!)).toHaveAttribute('data-state', 'not-started');
    await page.waitForTimeout(300);
    expect(await layoutShift(page), `layout shift at ${viewport.width} px`).toBe(0);
  }
});

test('reading pages never load the progress store; a visit reaches the record when a page that needs the store opens', async ({ page, context }) => {
  const ids = await trackModuleIds(page, 'support');
  await seedStorage(context, JSON.stringify(passedRecord(ids.slice(0, 1))));
  const storeRequests: string[] = [];
  page.on('request', (request) => {
    if (/progress-store\.[^/]+\.js$/.test(request.url())) storeRequests.push(new URL(page.url()).pathname);
  });
  for (const path of ['/', '/tracks/support/', `/tracks/${ids[1]}/`, '/case-studies/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(storeRequests).toEqual([]);
  expect(Object.keys((await storedProgress(page)).modules)).toEqual(ids.slice(0, 1));
  expect(await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!).visits, PENDING_KEY)).toHaveProperty([ids[1]!]);

  await page.goto('/progress/');
  await expect.poll(() => storedProgress(page).then((progress) => Object.keys(progress.modules).sort())).toEqual(ids.slice(0, 2).sort());
  expect(await page.evaluate((key) => localStorage.getItem(key), PENDING_KEY)).toBeNull();
  expect((await storedProgress(page)).track).toBe('support');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the header is at most 80 px high, with a search entry and a menu of the track links', async ({ page }) => {
    await page.goto('/tracks/foundations/what-changed/');
    const header = page.locator('.site-header');
    expect((await header.boundingBox())!.height).toBeLessThanOrEqual(80);
    const tracks = page.getByRole('navigation', { name: 'Tracks' });
    await expect(tracks).toBeHidden();
    await page.getByText('Menu', { exact: true }).click();
    await expect(tracks.getByRole('link', { name: 'Legal and compliance' })).toBeVisible();
    await expect(page.getByLabel('Colors')).toBeVisible();
    await page.getByText('Menu', { exact: true }).click();
    await expect(tracks).toBeHidden();

    // The track steps fold above the lesson, and the contents beside it are left out.
    await expect(page.locator('.track-nav__steps')).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
    await page.getByText('Track steps').click();
    await expect(page.locator('.track-nav__steps')).toBeVisible();

    await page.getByRole('banner').getByRole('link', { name: 'Search', exact: true }).click();
    await expect(page).toHaveURL(/\/search\/$/);
  });

  test('the menu and the track steps open without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 }, baseURL: test.info().project.use.baseURL });
    const page = await context.newPage();
    await page.goto('/tracks/foundations/what-changed/');
    expect((await page.locator('.site-header').boundingBox())!.height).toBeLessThanOrEqual(80);
    await expect(page.getByLabel('Colors')).toBeHidden();
    await page.getByText('Menu', { exact: true }).click();
    await expect(page.getByRole('navigation', { name: 'Tracks' }).getByRole('link', { name: 'My progress' })).toBeVisible();
    await page.getByText('Track steps').click();
    await expect(page.locator('.track-nav__steps').getByRole('link').first()).toBeVisible();
    await context.close();
  });
});

test('at 1,100 px and wider the lesson has its contents beside it; narrower, only the track steps', async ({ page }) => {
  await page.goto('/tracks/foundations/what-changed/');
  const contents = page.getByRole('navigation', { name: 'On this page' });
  await expect(contents).toBeVisible();
  await expect(page.getByText('Menu', { exact: true })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Tracks' })).toBeVisible();
  const lessonHeadings = await page.locator('.prose h2').allTextContents();
  const links = contents.getByRole('link');
  for (const heading of lessonHeadings) await expect(links.filter({ hasText: heading })).toHaveCount(1);
  for (const href of await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')!))) await expect(page.locator(`[id="${href.slice(1)}"]`)).toHaveCount(1);
  await page.setViewportSize({ width: 1024, height: 800 });
  await expect(contents).toBeHidden();
  await expect(page.locator('.track-nav__steps')).toBeVisible();
});

test('axe finds nothing in either scheme, chosen or the system\'s, with the steps and the menu open or closed', async ({ page, context }) => {
  test.setTimeout(120_000);
  const ids = await trackModuleIds(page, 'executive');
  await seedStorage(context, JSON.stringify(passedRecord(ids.slice(0, 1))));
  const failures: Record<string, string[]> = {};
  const check = async (label: string) => {
    const violations = await axeViolations(page);
    if (violations.length > 0) failures[label] = violations;
  };
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 844 });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`/tracks/${ids[0]}/`);
      await check(`${width} ${scheme}`);
      if (width === 390) {
        await page.getByText('Track steps').click();
        await check(`${width} ${scheme}, steps open`);
        await page.getByText('Menu', { exact: true }).click();
        await check(`${width} ${scheme}, menu open`);
        await page.getByLabel('Colors').selectOption(scheme === 'light' ? 'dark' : 'light');
        await check(`${width} system ${scheme}, ${scheme === 'light' ? 'dark' : 'light'} chosen, menu open`);
        await page.getByLabel('Colors').selectOption('system');
      }
    }
  }
  expect(failures).toEqual({});
});

test('the color scheme is remembered across pages and applied before the first frame, moving nothing', async ({ page, context }) => {
  await watchFirstFrame(context);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/tracks/foundations/what-changed/');
  expect((await firstFrame(page)).background).toBe(LIGHT_BG);
  const colors = page.getByLabel('Colors');
  await expect(colors).toHaveValue('system');
  await colors.selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-color-scheme', 'dark');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(DARK_BG);
  expect(await page.evaluate((key) => localStorage.getItem(key), SCHEME_KEY)).toBe('dark');

  for (const path of ['/case-studies/', '/tracks/executive/the-first-hour/', '/glossary/']) {
    await page.goto(path);
    expect(await firstFrame(page), path).toEqual({ background: DARK_BG, scheme: 'dark' });
    await expect(page.getByLabel('Colors')).toHaveValue('dark');
    await page.waitForTimeout(300);
    expect(await layoutShift(page), `${path} layout shift`).toBe(0);
  }

  // Another tab follows; "System" forgets the choice.
  const other = await context.newPage();
  await other.goto('/');
  await page.getByLabel('Colors').selectOption('light');
  await expect(other.locator('html')).toHaveAttribute('data-color-scheme', 'light');
  await page.getByLabel('Colors').selectOption('system');
  await expect(page.locator('html')).not.toHaveAttribute('data-color-scheme', /./);
  expect(await page.evaluate((key) => localStorage.getItem(key), SCHEME_KEY)).toBeNull();
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(DARK_BG);
});

test.describe('on paper', () => {
  test('every worksheet printed blank fits one A4 and one Letter page, with lines to write on', async ({ page }) => {
    for (const path of ['/tracks/executive/roadmap/', '/tracks/it/takeover-runbook/', '/tracks/support/care-kit/', '/tracks/marketing/operating-model/']) {
      await page.goto(path);
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.form-print__who')).toContainText('Name:');
      expect(await page.locator('.form-print__line').count(), path).toBeGreaterThan(15);
      for (const format of ['A4', 'Letter'] as const) expect(pdfPages(await page.pdf({ format })), `${path} on ${format}`).toBe(1);
      await page.emulateMedia({ media: 'screen' });
    }
  });

  test('the policy draft prints with the learner\'s name and the date', async ({ page, context }) => {
    await seedStorage(context, JSON.stringify(passedRecord([], 1, 'Grace Hopper')));
    await page.goto('/tracks/legal/policy-builder/');
    await page.emulateMedia({ media: 'print' });
    const who = page.getByRole('article', { name: 'Draft policy' }).locator('.form-print__who');
    await expect(who).toBeVisible();
    await expect(who).toContainText('Name: Grace Hopper');
    await expect(who).toContainText(/Date: \d{4}-\d{2}-\d{2}/);
  });

  test('handouts and the certificate carry the organization\'s logo, and the certificate a line to sign', async ({ page, context }) => {
    // The sub-path copy is built with test/fixtures/site-configured.yaml, which sets a logo.
    await page.goto(new URL('tracks/foundations/handout/', SUBPATH_URL).href);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.handout .org-logo')).toBeVisible();
    await page.emulateMedia({ media: 'screen' });

    const ids = await trackModuleIds(page, 'legal');
    await context.addInitScript(
      ([key, value]) => localStorage.setItem(key!, value!),
      [PROGRESS_KEY, JSON.stringify(withPassedFinal(passedRecord(ids, 1, 'Ada Lovelace'), 'legal'))],
    );
    await page.goto(new URL('certificate/legal/', SUBPATH_URL).href);
    const certificate = page.getByRole('article', { name: 'Certificate of completion' });
    await expect(certificate.getByRole('img', { name: 'Your organization' })).toBeVisible();
    await expect(certificate.locator('.certificate__signature')).toHaveText('Signed for Your organization');
    await page.emulateMedia({ media: 'print' });
    await expect(certificate.locator('.certificate__signature')).toBeVisible();
    for (const format of ['A4', 'Letter'] as const) expect(pdfPages(await page.pdf({ format })), format).toBe(1);
  });
});

// Issue 22's walk: pass a track's last quiz and follow the primary button each time, keyboard only,
// through the final check to the certificate (People managers: no worksheet, no policy confirmation).
test.describe('by keyboard alone', () => {
  type Focused = { tag: string; type: string; label: string; text: string };
  const focused = (page: Page): Promise<Focused> =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      return { tag: el?.tagName ?? '', type: el?.type ?? '', label: el?.closest('label')?.textContent?.trim() ?? '', text: el?.textContent?.trim() ?? '' };
    });
  /** Presses Tab until the focused element passes `reached`. */
  async function tabTo(page: Page, reached: (f: Focused) => boolean, what: string) {
    for (let presses = 0; presses < 300; presses++) {
      if (reached(await focused(page))) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached ${what}`);
  }
  /** Picks the right choices of the question on screen with arrows or Space. */
  async function pick(page: Page, rights: Set<string>) {
    await tabTo(page, (f) => f.tag === 'INPUT' && (f.type === 'radio' || f.type === 'checkbox'), 'a choice');
    if ((await focused(page)).type === 'radio') {
      for (let step = 0; step < 8 && !rights.has((await focused(page)).label); step++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Space');
      expect(rights.has((await focused(page)).label)).toBe(true);
    } else {
      while ((await focused(page)).type === 'checkbox') {
        if (rights.has((await focused(page)).label)) await page.keyboard.press('Space');
        await page.keyboard.press('Tab');
      }
    }
  }
  async function press(page: Page, name: RegExp) {
    await tabTo(page, (f) => (f.tag === 'BUTTON' || f.tag === 'A') && name.test(f.text), `a control named ${name}`);
    await page.keyboard.press('Enter');
  }

  test('pass the last quiz, then the primary buttons lead to the final check and, once it is passed, to the certificate', async ({ page, context }) => {
    test.setTimeout(120_000);
    const track = 'managers';
    const ids = await trackModuleIds(page, track);
    await seedStorage(context, JSON.stringify(passedRecord(ids.slice(0, -1))));
    const last = ids.at(-1)!;
    const quiz = quizHelpers(last);
    await page.goto(`/tracks/${last}/`);
    // The quiz loads when it comes into view (client:visible); Tab would bring it there more slowly.
    await quiz.quizArea(page).scrollIntoViewIfNeeded();
    await expect(quiz.legend(page)).toBeVisible();
    for (let i = 0; i < quiz.total; i++) {
      const question = await quiz.currentQuestion(page);
      await pick(page, new Set(question.choices.filter((c) => c.correct).map((c) => c.text.trim())));
      await press(page, /^Check answer$/);
      await press(page, /^(Next question|See results)$/);
    }
    await expect(quiz.quizArea(page).locator('.quiz-result')).toContainText('Passed');
    await press(page, /^Take the final check/);
    await expect(page).toHaveURL(new RegExp(`/tracks/${track}/final/$`));

    const final = finalHelpers(track);
    await final.area(page).scrollIntoViewIfNeeded();
    await press(page, /^Start the final check$/);
    const [, asked] = await final.position(page);
    for (let i = 0; i < asked; i++) {
      const question = await final.currentQuestion(page);
      await pick(page, new Set(question.choices.filter((c) => c.correct).map((c) => c.text.trim())));
      await press(page, /^(Next question|Review and submit)$/);
    }
    await press(page, /^Submit the final check$/);
    await expect(final.area(page).locator('.quiz-result')).toContainText('Passed');
    await press(page, /^Get your certificate/);
    await expect(page).toHaveURL(new RegExp(`/certificate/${track}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Certificate: People managers');
  });
});
