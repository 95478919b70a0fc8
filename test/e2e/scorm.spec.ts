// A SCORM package in a real SCORM runtime: scorm-again plays the LMS in a test page, the package
// (built and zipped by scripts/e2e.mjs: the foundations track, both versions) runs in its frame.
// The zip's files are served from memory under /lms-test/ — without directory index files, as
// many LMSs serve packages — so a link to a folder would fail.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Frame, Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { ROOT_URL } from '../../playwright.config.ts';
import { decodeSuspendData, SUSPEND_DATA_LIMIT } from '../../src/lms/suspend-data.ts';
import { DEFAULT_STORAGE_NAMESPACE, storageKeys } from '../../src/progress/safe-storage.ts';
import { expect, test } from './fixtures.ts';
import { passedRecord } from './progress-helpers.ts';
import { quizHelpers } from './quiz-helpers.ts';

const TRACK = 'foundations';
const MODULE = `${TRACK}/what-changed`;
const { finish, quizArea } = quizHelpers(MODULE);
const NAMESPACE_KEYS = storageKeys(`${DEFAULT_STORAGE_NAMESPACE}-scorm-${TRACK}`);
const TRACK_MODULES = readFileSync(new URL(`../../content/tracks/${TRACK}.yaml`, import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('- '))
  .map((line) => `${TRACK}/${line.slice(2).trim()}`);

const RUNTIMES = {
  '1.2': { script: 'scorm12.min.js', global: 'API', constructor: 'Scorm12API', finish: 'LMSFinish', set: 'LMSSetValue' },
  '2004': { script: 'scorm2004.min.js', global: 'API_1484_11', constructor: 'Scorm2004API', finish: 'Terminate', set: 'SetValue' },
} as const;
type Version = keyof typeof RUNTIMES;

const packageName = (version: Version) => `social-literacy-academy-${TRACK}-scorm${version.replace('.', '')}`;
const zips = new Map<string, Record<string, Uint8Array>>();
const packageFiles = (version: Version) => {
  const name = packageName(version);
  if (!zips.has(name)) zips.set(name, unzipSync(readFileSync(new URL(`../../dist-scorm/${name}.zip`, import.meta.url))));
  return zips.get(name)!;
};

const TYPES: Record<string, string> = { html: 'text/html', js: 'text/javascript', css: 'text/css', json: 'application/json', svg: 'image/svg+xml', xml: 'application/xml' };

/** A test LMS page: the scorm-again runtime on window, a record to resume from, the package in a frame. */
function lmsPage(version: Version) {
  const runtime = RUNTIMES[version];
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test LMS</title>
<script src="/lms-test/${runtime.script}"></script>
<script>
  const api = new ${runtime.constructor}({ logLevel: 5, autocommit: false });
  if (window.lmsRecord) api.loadFromJSON(window.lmsRecord);
  window.lmsWrites = [];
  window.lmsFinished = false;
  api.on('${runtime.set}.cmi.*', (element, value) => window.lmsWrites.push([element, value]));
  api.on('${runtime.finish}', () => { window.lmsFinished = true; });
  window.${runtime.global} = api;
</script></head>
<body><iframe title="Course" src="/lms-test/${packageName(version)}/scorm-launch/index.html" style="width:100%;height:95vh;border:0"></iframe></body></html>`;
}

/** Serves the test LMS page, the runtime and the unzipped package under /lms-test/. */
async function serveLms(context: BrowserContext, version: Version, record?: unknown) {
  if (record) await context.addInitScript((r) => Object.assign(window, { lmsRecord: r }), record);
  await context.route(`${ROOT_URL}/lms-test/**`, (route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname).replace('/lms-test/', '');
    if (path === 'lms.html') return route.fulfill({ contentType: 'text/html', body: lmsPage(version) });
    if (path === RUNTIMES[version].script) return route.fulfill({ path: `node_modules/scorm-again/dist/${path}` });
    const [name, ...rest] = path.split('/');
    const body = name === packageName(version) ? packageFiles(version)[rest.join('/')] : undefined;
    if (!body) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ contentType: TYPES[path.split('.').pop()!] ?? 'application/octet-stream', body: Buffer.from(body) });
  });
}

/** The course page inside the package's launch page. */
async function courseFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().length).toBe(3);
  const frame = page.frames().find((f) => f.parentFrame()?.parentFrame() === page.mainFrame())!;
  await frame.waitForLoadState();
  return frame;
}

/** Everything the course told the LMS: the last value of each element it set, and the full CMI record. */
async function lmsState(page: Page, version: Version) {
  return page.evaluate((global) => {
    const w = window as unknown as Record<string, unknown> & { lmsWrites: [string, string][]; lmsFinished: boolean };
    return { written: Object.fromEntries(w.lmsWrites), finished: w.lmsFinished, cmi: JSON.parse(JSON.stringify((w[global] as { cmi: unknown }).cmi)) };
  }, RUNTIMES[version].global);
}

const expected = (version: Version, values: { status: 'incomplete' | 'passed'; raw: number; completed: boolean }) =>
  version === '1.2'
    ? {
        'cmi.core.lesson_status': values.status,
        'cmi.core.score.raw': String(values.raw),
        'cmi.core.score.min': '0',
        'cmi.core.score.max': '100',
        'cmi.core.exit': values.status === 'passed' ? '' : 'suspend',
      }
    : {
        'cmi.completion_status': values.completed ? 'completed' : 'incomplete',
        'cmi.success_status': values.status === 'passed' ? 'passed' : 'unknown',
        'cmi.score.raw': String(values.raw),
        'cmi.score.min': '0',
        'cmi.score.max': '100',
        'cmi.score.scaled': String(values.raw / 100),
        'cmi.exit': values.status === 'passed' ? 'normal' : 'suspend',
      };

for (const version of ['1.2', '2004'] as const) {
  test(`SCORM ${version}: the course reports a passed quiz, resumes from the LMS record in a fresh browser, and fits full progress in suspend_data`, async ({ browser, context, page }) => {
    test.setTimeout(60_000);
    await serveLms(context, version);
    await page.goto('/lms-test/lms.html');
    let frame = await courseFrame(page);
    // The launch page opens the track, with only this track in the navigation.
    expect(new URL(frame.url()).pathname).toBe(`/lms-test/${packageName(version)}/tracks/${TRACK}/index.html`);
    await expect(frame.getByRole('navigation', { name: 'Tracks' }).getByRole('link')).toHaveText(['Foundations for everyone', 'Case studies', 'My progress']);

    // Follow the track page's link to the module (a relative link to its index.html) and pass its quiz.
    await frame.getByRole('list', { name: 'Modules' }).getByRole('link', { name: /What changed/i }).first().click();
    await frame.waitForURL(new RegExp(`/tracks/${MODULE}/index\\.html$`));
    await quizArea(frame).scrollIntoViewIfNeeded();
    await finish(frame, () => true);
    await expect(quizArea(frame).locator('.quiz-result')).toContainText('Passed · 100%');

    // One quiz of five passed at 100%: 20 points, attempt kept open (suspend).
    let state = await lmsState(page, version);
    const oneQuiz = expected(version, { status: 'incomplete', raw: 20, completed: false });
    expect(state.written).toMatchObject(oneQuiz);
    expect(Object.keys(state.written).sort()).toEqual([...Object.keys(oneQuiz), 'cmi.suspend_data'].sort());
    const decoded = decodeSuspendData(state.written['cmi.suspend_data']!);
    const resumed = decoded.ok ? decoded.progress : undefined;
    expect(resumed?.modules[MODULE]?.completed).toBeDefined();
    expect(resumed?.quizzes[MODULE]?.attempts).toEqual([expect.objectContaining({ score: 1, passed: true })]);
    // Progress stays in the package's own storage namespace.
    const keys = await frame.evaluate(() => Object.keys(localStorage));
    expect(keys.filter((key) => !key.startsWith(`${NAMESPACE_KEYS.progress.split(':')[0]}:`) && key !== 'e2e:seeded')).toEqual([]);
    expect(keys).toContain(NAMESPACE_KEYS.progress);

    // The LMS closes the course: the launch page ends the session.
    await page.frames()[1]!.goto('about:blank');
    await expect.poll(async () => (await lmsState(page, version)).finished).toBe(true);
    const record = (await lmsState(page, version)).cmi;

    // Another day, another browser (nothing stored locally): the LMS's record brings the progress back.
    const later = await browser.newContext();
    await later.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
    await serveLms(later, version, record);
    const laterPage = await later.newPage();
    await laterPage.goto(`${ROOT_URL}/lms-test/lms.html`);
    frame = await courseFrame(laterPage);
    await expect(frame.locator(`[data-module-status="${MODULE}"]`)).toHaveText("Done · best score 100%");
    await frame.goto(new URL(`../../tracks/${MODULE}/index.html`, frame.url()).href);
    await quizArea(frame).scrollIntoViewIfNeeded();
    await expect(quizArea(frame).locator('.quiz-result')).toContainText('100%');

    // Full progress: every module passed, a name, and a worksheet too big to keep. The page reports
    // what the browser holds when it loads.
    const full = passedRecord(TRACK_MODULES, 1, 'Alexandra Example-Learner');
    const withWorksheet = { ...full, worksheets: { 'policy-builder': { fields: { notes: 'x'.repeat(6000) }, updated: new Date().toISOString() } } };
    await frame.evaluate(([key, text]) => localStorage.setItem(key!, text!), [NAMESPACE_KEYS.progress, JSON.stringify(withWorksheet)]);
    await frame.goto(new URL('../index.html', frame.url()).href);
    await expect.poll(async () => (await lmsState(laterPage, version)).written['cmi.suspend_data']?.length ?? 0).toBeGreaterThan(0);
    state = await lmsState(laterPage, version);
    expect(state.written).toMatchObject(expected(version, { status: 'passed', raw: 100, completed: true }));
    const suspendData = state.written['cmi.suspend_data']!;
    console.log(`SCORM ${version}: suspend_data at full progress (${TRACK_MODULES.length} modules passed, name, oversized worksheet dropped): ${suspendData.length} characters`);
    test.info().annotations.push({ type: 'suspend_data length', description: String(suspendData.length) });
    expect(suspendData.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
    const fullDecoded = decodeSuspendData(suspendData);
    if (!fullDecoded.ok) throw new Error(`suspend data did not decode: ${fullDecoded.reason}`);
    const fullResumed = fullDecoded.progress;
    expect(Object.keys(fullResumed.modules).sort()).toEqual([...TRACK_MODULES].sort());
    expect(fullResumed.learnerName).toBe('Alexandra Example-Learner');
    expect(fullResumed.worksheets).toEqual({});
    await later.close();
  });
}

for (const version of ['1.2', '2004'] as const) {
  test(`SCORM ${version}: a launch keeps suspend data it cannot read (from a newer package) and the pass the LMS holds`, async ({ context, page }) => {
    const newer = '{"v":2,"m":{"foundations/listen-act-tell":{"done":"2026-11-30"}},"x":[1]}';
    const record = version === '1.2' ? { suspend_data: newer, core: { lesson_status: 'passed', score: { raw: '100' } } } : { suspend_data: newer, completion_status: 'completed', success_status: 'passed' };
    const messages: string[] = [];
    page.on('console', (message) => messages.push(message.text()));
    await serveLms(context, version, record);
    await page.goto('/lms-test/lms.html');
    const frame = await courseFrame(page);
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Foundations for everyone');
    // The learner moves on in this (older) package: still nothing reaches the LMS.
    await frame.getByRole('list', { name: 'Modules' }).getByRole('link').first().click();
    await frame.waitForURL(/\/tracks\/foundations\/[^/]+\/index\.html$/);
    await page.frames()[1]!.goto('about:blank');
    await expect.poll(async () => (await lmsState(page, version)).finished).toBe(true);

    const state = await lmsState(page, version);
    // Only the exit state, so the LMS keeps the attempt (and its data) for the package that wrote it.
    expect(state.written).toEqual({ [version === '1.2' ? 'cmi.core.exit' : 'cmi.exit']: 'suspend' });
    expect(state.cmi.suspend_data).toBe(newer);
    if (version === '1.2') expect(state.cmi.core.lesson_status).toBe('passed');
    else expect([state.cmi.completion_status, state.cmi.success_status]).toEqual(['completed', 'passed']);
    expect(messages.filter((text) => text.startsWith('[lms]'))).toEqual([expect.stringContaining('encoding version 2')]);
  });
}

test('outside an LMS the package works as a plain site: no API, no messages, no errors', async ({ context, page }) => {
  const messages: string[] = [];
  page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => messages.push(`error: ${error.message}`));
  await serveLms(context, '1.2');
  await page.goto(`/lms-test/${packageName('1.2')}/scorm-launch/index.html`);
  const frame = page.frames()[1]!;
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Foundations for everyone');
  // Opened without the launch page too.
  await page.goto(`/lms-test/${packageName('1.2')}/tracks/${MODULE}/index.html`);
  await expect(quizArea(page)).toBeVisible();
  // A link the search builds at run time points at a folder; following it still opens the page.
  await page.goto(`/lms-test/${packageName('1.2')}/search/index.html?q=capture`);
  await page.getByRole('list', { name: 'Search results' }).getByRole('link').first().click();
  await expect(page).toHaveURL(new RegExp(`/tracks/${TRACK}/spot-capture-pass-on/index\\.html$`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(messages).toEqual([]);
});
