// A cmi5 package launched as an LMS launches it: the LRS stand-in (test/helpers/lrs-stand-in/,
// on node:http) sets up the session (LMS.LaunchData, `launched`, a one-time fetch URL) and judges
// every statement by the cmi5 rules; its player page shows the AU in a frame from another origin,
// as an LMS does. The package (built by scripts/e2e.mjs: the foundations track) is served from
// the zip by a content server of its own (another origin), without directory index files.
import { readFileSync } from 'node:fs';
import type { Frame, Page, Request } from '@playwright/test';
import { unzipSync } from 'fflate';
import type { PackageConfig } from '../../src/lms/cmi5-launch.ts';
import { STATE_ID } from '../../src/lms/cmi5-state.ts';
import { decodeSuspendData } from '../../src/lms/suspend-data.ts';
import { DEFAULT_STORAGE_NAMESPACE, storageKeys } from '../../src/progress/safe-storage.ts';
import { startContentServer, startLrsStandIn, type Launch, type LrsStandIn } from '../helpers/lrs-stand-in/server.ts';
import { expect, test } from './fixtures.ts';
import { finalHelpers } from './final-check-helpers.ts';
import { passedRecord } from './progress-helpers.ts';
import { quizHelpers } from './quiz-helpers.ts';

const TRACK = 'foundations';
const NAME = `social-literacy-academy-${TRACK}-cmi5`;
const files = unzipSync(readFileSync(new URL(`../../dist-cmi5/${NAME}.zip`, import.meta.url)));
const text = (path: string) => new TextDecoder().decode(files[path]);
const courseXml = text('cmi5.xml');
const publisherId = /<au id="([^"]+)"/.exec(courseXml)![1]!;
const masteryScore = Number(/masteryScore="([^"]+)"/.exec(courseXml)![1]);
const config: PackageConfig = JSON.parse(/data-config="([^"]+)"/.exec(text('cmi5-launch/index.html'))![1]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
const MODULES = Object.keys(config.moduleTitles);
const KEYS = storageKeys(`${DEFAULT_STORAGE_NAMESPACE}-cmi5-${TRACK}`);

let lrs: LrsStandIn;
let content: Awaited<ReturnType<typeof startContentServer>>;
let AU_URL: string;
test.beforeAll(async () => {
  lrs = await startLrsStandIn();
  content = await startContentServer(files);
  AU_URL = `${content.origin}/cmi5-launch/index.html`;
});
test.afterAll(async () => {
  await lrs.close();
  await content.close();
});
test.describe.configure({ mode: 'serial' });

/** Records every script the page loads (paths). */
function watchScripts(page: Page): string[] {
  const scripts: string[] = [];
  page.on('request', (request: Request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  return scripts;
}

/** The launch page (frame of the LMS's player) and the course page in it. */
async function frames(page: Page): Promise<{ launch: Frame; course: Frame }> {
  await expect.poll(() => page.frames().length).toBe(3);
  const launch = page.frames().find((f) => f.parentFrame() === page.mainFrame())!;
  const course = page.frames().find((f) => f.parentFrame() === launch)!;
  // The launch page sets the frame's address once the session has started.
  await expect.poll(() => course.url()).toMatch(/\.html$/);
  await course.waitForLoadState();
  return { launch, course };
}

const ofSession = (launch: Launch) => lrs.sessionStatements(launch.sessionId);
const definedVerbs = (launch: Launch) => lrs.history(launch.sessionId).filter((verb) => !verb.startsWith('allowed:'));

test('a launch reports initialized, module results, passed and completed once, terminated on exit, every statement in the session’s context; a relaunch in a fresh browser resumes from the LRS state', async ({ browser, page }) => {
  test.setTimeout(90_000);
  const scripts = watchScripts(page);
  const first = lrs.launch({ auUrl: AU_URL, publisherId, masteryScore });
  await page.goto(first.playerUrl);
  let { launch, course } = await frames(page);
  await expect(launch.getByRole('status')).toHaveText('Your progress is saved to your learning system.');
  expect(new URL(course.url()).pathname).toBe(`/tracks/${TRACK}/index.html`);
  expect(scripts.some((path) => /Cmi5\.[\w.-]+\.js$/.test(path))).toBe(true);

  // Pass the first module's quiz in the course.
  const moduleId = MODULES[0]!;
  const { finish, quizArea } = quizHelpers(moduleId);
  await course.goto(new URL(`../../tracks/${moduleId}/index.html`, course.url()).href);
  await quizArea(course).scrollIntoViewIfNeeded();
  await finish(course, () => true);
  // One module passed: its result; the verdicts only if that was the whole track.
  const verdictsNow = MODULES.length > 1 ? [] : config.criteria.passRule === 'modules' ? ['passed', 'completed'] : ['completed'];
  await expect.poll(() => lrs.history(first.sessionId)).toEqual(['initialized', 'allowed:passed', ...verdictsNow]);
  const moduleResult = ofSession(first).find((s) => s.object.id === `${config.activityIdBase}tracks/${moduleId}/`)!;
  expect(moduleResult.result).toMatchObject({ success: true, completion: true, score: { scaled: 1 } });

  // The rest of the track done (a record in the browser, reported when the next page loads) and,
  // where the track has one, the final check as its island reports it.
  await course.evaluate(([key, record]) => localStorage.setItem(key!, record!), [KEYS.progress, JSON.stringify(passedRecord(MODULES, 1))]);
  await course.goto(new URL('../index.html', course.url()).href);
  if (config.criteria.passRule !== 'modules') {
    // The final check itself: its island reports each answer to the launch page's bridge.
    await course.goto(new URL(`../${TRACK}/final/index.html`, course.url()).href);
    const { area, takeAll } = finalHelpers(TRACK);
    const asked = await takeAll(course);
    await expect(area(course).locator('.quiz-result')).toContainText('Passed');
    await expect.poll(() => ofSession(first).filter((s) => s.verb.id.endsWith('/answered')).length).toBe(asked);
    const answered = ofSession(first).find((s) => s.verb.id.endsWith('/answered'))!;
    expect(answered.object.id.startsWith(`${config.activityIdBase}tracks/${TRACK}/final-check/`)).toBe(true);
    expect(answered.result).toMatchObject({ success: true });
    const ids = (pattern: string) => pattern.split('[,]').sort();
    expect(ids(answered.object.definition.correctResponsesPattern[0])).toEqual(ids(answered.result.response));
  }
  await expect.poll(() => definedVerbs(first).sort()).toEqual(['completed', 'initialized', 'passed']);

  // Save and exit: the state, then terminated, last.
  await launch.getByRole('button', { name: 'Save and exit' }).click();
  await expect(launch.getByRole('status')).toHaveText('Saved. You can close this window.');
  const verbs = definedVerbs(first);
  expect([verbs[0], verbs.at(-1), verbs.length]).toEqual(['initialized', 'terminated', 4]);
  expect(lrs.violations).toEqual([]);
  expect(lrs.requests.filter((r) => r.path === '/fetch' && r.sessionId === first.sessionId)).toHaveLength(1);
  for (const statement of ofSession(first)) {
    expect(statement.context.extensions['https://w3id.org/xapi/cmi5/context/extensions/sessionid'], statement.verb.id).toBe(first.sessionId);
    expect(statement.context.registration).toBe(first.registration);
    expect(statement.context.contextActivities.grouping[0].id).toBe(publisherId);
    const isCmi5 = (statement.context.contextActivities.category ?? []).some((c: { id: string }) => c.id === 'https://w3id.org/xapi/cmi5/context/categories/cmi5');
    expect(isCmi5, statement.verb.id).toBe(statement.object.id === first.activityId);
  }
  const passed = ofSession(first).find((s) => s.verb.id.endsWith('/passed') && s.object.id === first.activityId)!;
  expect(passed.result.score.scaled).toBeGreaterThanOrEqual(masteryScore);
  expect(passed.result.duration).toMatch(/^PT/);
  const stored = lrs.courseState(first, STATE_ID) as { suspendData: string; reported: unknown };
  expect(stored.reported).toEqual({ completed: true, passed: true });
  const decoded = decodeSuspendData(stored.suspendData);
  expect(decoded.ok && Object.keys(decoded.progress.modules).sort()).toEqual([...MODULES].sort());

  // Another day, another browser: the same registration, a new session, progress from the LRS state.
  const later = await browser.newContext();
  await later.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
  const laterPage = await later.newPage();
  
  const second = lrs.launch({ auUrl: AU_URL, publisherId, masteryScore, registration: first.registration, actor: first.actor });
  await laterPage.goto(second.playerUrl);
  ({ launch, course } = await frames(laterPage));
  await expect(launch.getByRole('status')).toHaveText('Your progress is saved to your learning system.');
  await expect(course.locator(`[data-module-status="${moduleId}"]`)).toHaveText(/^Done/);
  // A reload of the course page stays in the session: no second fetch, no new initialized.
  await course.goto(course.url());
  await expect(course.locator(`[data-module-status="${moduleId}"]`)).toHaveText(/^Done/);
  // The learner closes the window: terminated goes out as the page goes away.
  await laterPage.close();
  await expect.poll(() => definedVerbs(second)).toEqual(['initialized', 'terminated']);
  await later.close();
  expect(lrs.requests.filter((r) => r.path === '/fetch' && r.sessionId === second.sessionId)).toHaveLength(1);
  expect(lrs.violations).toEqual([]);
});

test('a reload of the launch page after its session ended neither fetches again nor sends anything', async ({ page }) => {
  const launched = lrs.launch({ auUrl: AU_URL, publisherId, masteryScore });
  await page.goto(launched.url);
  await expect(page.getByRole('status')).toHaveText('Your progress is saved to your learning system.');
  await page.reload();
  await expect(page.getByRole('status')).toContainText('This session with your learning system has ended.');
  await expect.poll(() => definedVerbs(launched)).toEqual(['initialized', 'terminated']);
  expect(lrs.requests.filter((r) => r.path === '/fetch' && r.sessionId === launched.sessionId)).toHaveLength(1);
  expect(lrs.violations).toEqual([]);
});

test('a normal visit loads no cmi5 code: the package opened without an LMS, and the normal build', async ({ page }) => {
  const scripts = watchScripts(page);
  await page.goto(AU_URL);
  await expect(page.getByRole('status')).toHaveText('Not opened from a learning system: your progress stays in this browser.');
  await page.frames()[1]!.waitForLoadState('networkidle');
  await page.goto(`${content.origin}/tracks/${MODULES[0]}/index.html`);
  await page.waitForLoadState('networkidle');
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((path) => /Cmi5\./.test(path))).toEqual([]);
  // The normal build (dist/, served at the root) has no cmi5 launch page or library at all.
  await page.goto('/');
  const response = await page.request.get('/cmi5-launch/index.html');
  expect(response.status()).toBe(404);
  const pageScripts = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.endsWith('.js')));
  expect(pageScripts.filter((name) => /cmi5/i.test(name))).toEqual([]);
});
