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
import { finalHelpers } from './final-check-helpers.ts';
import { passedRecord, withPassedFinal } from './progress-helpers.ts';
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
  '1.2': { script: 'scorm12.min.js', global: 'API', constructor: 'Scorm12API', finish: 'LMSFinish', set: 'LMSSetValue', commit: 'LMSCommit' },
  '2004': { script: 'scorm2004.min.js', global: 'API_1484_11', constructor: 'Scorm2004API', finish: 'Terminate', set: 'SetValue', commit: 'Commit' },
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
  window.lmsCommits = 0;
  api.on('${runtime.commit}', () => { window.lmsCommits += 1; });
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

/** How many times the course committed. */
const commits = (page: Page) => page.evaluate(() => (window as unknown as { lmsCommits: number }).lmsCommits);

/** The LMS's record of an attempt as it hands it to the next launch of the same attempt: entry `resume` (the course suspended). */
function resumeRecord(version: Version, cmi: Record<string, any>) {
  const record = structuredClone(cmi);
  if (version === '1.2') record.core = { ...record.core, entry: 'resume' };
  else record.entry = 'resume';
  return record;
}

/** Everything the course told the LMS: the last value of each element it set, and the full CMI record. */
async function lmsState(page: Page, version: Version) {
  return page.evaluate((global) => {
    const w = window as unknown as Record<string, unknown> & { lmsWrites: [string, string][]; lmsFinished: boolean };
    return { written: Object.fromEntries(w.lmsWrites), finished: w.lmsFinished, cmi: JSON.parse(JSON.stringify((w[global] as { cmi: unknown }).cmi)) };
  }, RUNTIMES[version].global);
}

/** What the course reports for the whole track (no score before the final check: the track's score is the check's best). */
const expected = (version: Version, values: { status: 'incomplete' | 'passed'; raw?: number; completed: boolean }) => {
  const score = (prefix: string) => (values.raw === undefined ? {} : { [`${prefix}.raw`]: String(values.raw), [`${prefix}.min`]: '0', [`${prefix}.max`]: '100' });
  return version === '1.2'
    ? { 'cmi.core.lesson_status': values.status, ...score('cmi.core.score'), 'cmi.core.exit': 'suspend' }
    : {
        'cmi.completion_status': values.completed ? 'completed' : 'incomplete',
        'cmi.success_status': values.status === 'passed' ? 'passed' : 'unknown',
        ...score('cmi.score'),
        ...(values.raw === undefined ? {} : { 'cmi.score.scaled': String(values.raw / 100) }),
        // Suspend also once passed: the LMS then keeps the record for the next launch.
        'cmi.exit': 'suspend',
      };
};
/** What the LMS holds after a launch: its whole record (scorm-again's JSON, flattened to element names) with what the course set. */
function holds(state: { written: Record<string, string>; cmi: Record<string, unknown> }): Record<string, string> {
  const flat: Record<string, string> = {};
  const walk = (value: unknown, path: string) => {
    if (value !== null && typeof value === 'object') for (const [key, child] of Object.entries(value)) walk(child, `${path}.${key}`);
    else if (value !== undefined && value !== null) flat[path] = String(value);
  };
  walk(state.cmi, 'cmi');
  return { ...flat, ...state.written };
}
/** The elements about the track as a whole (not objectives or interactions). */
const trackElements = (written: Record<string, string>) => Object.keys(written).filter((key) => !/^cmi\.(objectives|interactions)\./.test(key));

for (const version of ['1.2', '2004'] as const) {
  test(`SCORM ${version}: the course reports a passed quiz, resumes from the LMS record in a fresh browser, and fits full progress in suspend_data`, async ({ browser, context, page }) => {
    test.setTimeout(60_000);
    await serveLms(context, version);
    await page.goto('/lms-test/lms.html');
    let frame = await courseFrame(page);
    // The launch page opens the track, with only this track in the navigation.
    expect(new URL(frame.url()).pathname).toBe(`/lms-test/${packageName(version)}/tracks/${TRACK}/index.html`);
    await expect(frame.getByRole('navigation', { name: 'Tracks' }).getByRole('link')).toHaveText(['Foundations for everyone', 'Case studies', 'My progress']);
    // Learners in an LMS see no trainer's links and no placeholder organisation.
    await expect(frame.locator('.site-footer')).not.toContainText("Trainer's guide");
    await expect(frame.locator('.site-footer')).not.toContainText(' for ');

    // Follow the track page's link to the module (a relative link to its index.html) and pass its quiz.
    await frame.getByRole('list', { name: 'Modules' }).getByRole('link', { name: /What changed/i }).first().click();
    await frame.waitForURL(new RegExp(`/tracks/${MODULE}/index\\.html$`));
    await quizArea(frame).scrollIntoViewIfNeeded();
    await finish(frame, () => true);
    await expect(quizArea(frame).locator('.quiz-result')).toContainText('Passed · 100%');

    // One quiz of five passed at 100%: no track score yet (it is the final check's), the attempt kept open (suspend),
    // and the module's objective passed.
    let state = await lmsState(page, version);
    const oneQuiz = expected(version, { status: 'incomplete', completed: false });
    expect(holds(state)).toMatchObject(oneQuiz);
    // No track score yet; what the LMS already held (2004's success_status "unknown") is not sent again.
    expect([...Object.keys(oneQuiz), 'cmi.suspend_data']).toEqual(expect.arrayContaining(trackElements(state.written)));
    expect(Object.entries(state.written).filter(([key, value]) => /^cmi\.objectives\.\d+\.id$/.test(key) && value === MODULE)).toHaveLength(1);
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
    await serveLms(later, version, resumeRecord(version, record));
    const laterPage = await later.newPage();
    await laterPage.goto(`${ROOT_URL}/lms-test/lms.html`);
    frame = await courseFrame(laterPage);
    await expect(frame.locator(`[data-module-status="${MODULE}"]`)).toHaveText("Done · best score 100%");
    await frame.goto(new URL(`../../tracks/${MODULE}/index.html`, frame.url()).href);
    await quizArea(frame).scrollIntoViewIfNeeded();
    await expect(quizArea(frame).locator('.quiz-result')).toContainText('100%');

    // Full progress: every module passed, the final check too, a name, and a worksheet too big to
    // keep. The page reports what the browser holds when it loads.
    const full = withPassedFinal(passedRecord(TRACK_MODULES, 1, 'Alexandra Example-Learner'), TRACK);
    const withWorksheet = { ...full, worksheets: { 'policy-builder': { fields: { notes: 'x'.repeat(6000) }, updated: new Date().toISOString() } } };
    await frame.evaluate(([key, text]) => localStorage.setItem(key!, text!), [NAMESPACE_KEYS.progress, JSON.stringify(withWorksheet)]);
    await frame.goto(new URL('../index.html', frame.url()).href);
    await expect.poll(async () => (await lmsState(laterPage, version)).written['cmi.suspend_data']?.length ?? 0).toBeGreaterThan(0);
    state = await lmsState(laterPage, version);
    expect(holds(state)).toMatchObject(expected(version, { status: 'passed', raw: 100, completed: true }));
    const suspendData = state.written['cmi.suspend_data']!;
    console.log(`SCORM ${version}: suspend_data at full progress (${TRACK_MODULES.length} modules passed, final check, name, oversized worksheet dropped): ${suspendData.length} characters`);
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

/** The status, score and objective values an LMS holds. */
function heldValues(version: Version, state: { written: Record<string, string>; cmi: Record<string, unknown> }) {
  const all = holds(state);
  const pick = (pattern: RegExp) => Object.fromEntries(Object.entries(all).filter(([key]) => pattern.test(key)));
  return {
    track: pick(version === '1.2' ? /^cmi\.core\.(lesson_status|score\.raw)$/ : /^cmi\.(completion_status|success_status|score\.(raw|scaled))$/),
    objectives: pick(/^cmi\.objectives\.\d+\.(id|status|completion_status|success_status|score\.raw)$/),
    interactions: all['cmi.interactions._count'] ?? Object.keys(pick(/^cmi\.interactions\.\d+\.id$/)).length,
  };
}

for (const version of ['1.2', '2004'] as const) {
  test(`SCORM ${version}: pass everything (module quizzes and the final check), exit, relaunch in the same attempt with the LMS's stored values: nothing lowered, no interaction twice`, async ({ browser, context, page }) => {
    test.setTimeout(120_000);
    const learner = version === '1.2' ? { core: { student_id: 'u-1001', student_name: 'Example-Learner, Alexandra' } } : { learner_id: 'u-1001', learner_name: 'Example-Learner, Alexandra' };
    await serveLms(context, version, learner);
    await page.goto('/lms-test/lms.html');
    let frame = await courseFrame(page);

    // One quiz through the page, the other modules as a record the next page reports.
    await frame.goto(new URL(`../../tracks/${MODULE}/index.html`, frame.url()).href);
    await quizArea(frame).scrollIntoViewIfNeeded();
    await finish(frame, () => true);
    await expect(quizArea(frame).locator('.quiz-result')).toContainText('Passed · 100%');
    const stored = await frame.evaluate((key) => JSON.parse(localStorage.getItem(key!)!), NAMESPACE_KEYS.progress);
    const others = passedRecord(TRACK_MODULES.filter((id) => id !== MODULE), 1);
    await frame.evaluate(([key, text]) => localStorage.setItem(key!, text!), [NAMESPACE_KEYS.progress, JSON.stringify({ ...stored, modules: { ...others.modules, ...stored.modules }, quizzes: { ...others.quizzes, ...stored.quizzes } })]);

    // The final check, every answer right, through the page.
    const commitsBefore = await commits(page);
    await frame.goto(new URL('../final/index.html', frame.url()).href);
    const { area, takeAll } = finalHelpers(TRACK);
    const asked = await takeAll(frame);
    await expect(area(frame).locator('.quiz-result')).toContainText('Passed');
    // The answers of one check are saved in a handful of commits, not one per answer.
    await expect.poll(async () => (await lmsState(page, version)).written[version === '1.2' ? 'cmi.core.lesson_status' : 'cmi.success_status']).toBe('passed');
    expect((await commits(page)) - commitsBefore).toBeLessThanOrEqual(3);

    let state = await lmsState(page, version);
    expect(holds(state)).toMatchObject(expected(version, { status: 'passed', raw: 100, completed: true }));
    const interactions = Object.entries(state.written).filter(([key]) => /^cmi\.interactions\.\d+\.id$/.test(key));
    expect(interactions).toHaveLength(asked);
    expect(interactions.every(([, id]) => id.startsWith('final-check/'))).toBe(true);
    const results = Object.entries(state.written).filter(([key]) => /^cmi\.interactions\.\d+\.result$/.test(key)).map(([, value]) => value);
    expect(new Set(results)).toEqual(new Set(['correct']));
    const responses = Object.entries(state.written).filter(([key]) => key.endsWith(version === '1.2' ? '.student_response' : '.learner_response')).map(([, value]) => value);
    for (const response of responses) expect(response).toMatch(version === '1.2' ? /^[0-9a-z](,[0-9a-z])*$/ : /^[A-Za-z0-9_-]+(\[,\][A-Za-z0-9_-]+)*$/);

    // The certificate carries the LMS's name, without asking for one.
    await frame.goto(new URL(`../../../certificate/${TRACK}/index.html`, frame.url()).href);
    await expect(frame.locator('.certificate__name')).toHaveText('Alexandra Example-Learner');
    await expect(frame.getByLabel(/Your name as it should appear/)).toHaveCount(0);
    await expect(frame.getByRole('button', { name: 'Change the name' })).toHaveCount(0);
    await frame.goto(new URL('../../progress/index.html', frame.url()).href);
    await expect(frame.getByText(/Your progress is saved in your learning system/)).toBeVisible();

    // The LMS closes the course: session time, commit, terminate.
    await page.frames()[1]!.goto('about:blank');
    await expect.poll(async () => (await lmsState(page, version)).finished).toBe(true);
    state = await lmsState(page, version);
    expect(state.written[version === '1.2' ? 'cmi.core.session_time' : 'cmi.session_time']).toMatch(version === '1.2' ? /^\d{2,4}:\d{2}:\d{2}\.\d{2}$/ : /^PT/);
    const held = heldValues(version, state);
    expect(Object.entries(held.objectives).filter(([key]) => key.endsWith('.id')).map(([, id]) => id)).toEqual([...TRACK_MODULES, 'final-check']);

    // Relaunch in the same attempt, in another browser: only the LMS's stored values.
    const later = await browser.newContext();
    await later.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
    await serveLms(later, version, resumeRecord(version, state.cmi));
    const laterPage = await later.newPage();
    await laterPage.goto(`${ROOT_URL}/lms-test/lms.html`);
    frame = await courseFrame(laterPage);
    await expect(frame.locator(`[data-module-status="${MODULE}"]`)).toHaveText('Done · best score 100%');
    await frame.goto(new URL(`../../certificate/${TRACK}/index.html`, frame.url()).href);
    await expect(frame.locator('.certificate__name')).toHaveText('Alexandra Example-Learner');
    await laterPage.frames()[1]!.goto('about:blank');
    await expect.poll(async () => (await lmsState(laterPage, version)).finished).toBe(true);
    const after = await lmsState(laterPage, version);
    // Nothing lowered, nothing sent twice: no interaction, status, score or objective written at all.
    expect(Object.keys(after.written).filter((key) => !/suspend_data|session_time|exit/.test(key))).toEqual([]);
    expect(heldValues(version, after)).toEqual(held);
    expect(decodeSuspendData(after.cmi.suspend_data).ok).toBe(true);
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
    await expect(page.frames()[1]!.locator('[data-lms-notice]')).toHaveText(/holds progress this version of the course cannot read/);
    // The learner moves on in this (older) package: still nothing reaches the LMS.
    await frame.getByRole('list', { name: 'Modules' }).getByRole('link').first().click();
    await frame.waitForURL(/\/tracks\/foundations\/[^/]+\/index\.html$/);
    await page.frames()[1]!.goto('about:blank');
    await expect.poll(async () => (await lmsState(page, version)).finished).toBe(true);

    const state = await lmsState(page, version);
    // Only the exit state, so the LMS keeps the attempt (and its data) for the package that wrote it, and the time spent.
    expect(state.written).toEqual({ [version === '1.2' ? 'cmi.core.exit' : 'cmi.exit']: 'suspend', [version === '1.2' ? 'cmi.core.session_time' : 'cmi.session_time']: expect.any(String) });
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
