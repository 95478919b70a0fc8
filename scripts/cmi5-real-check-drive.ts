// Drives CATAPULT's cmi5 Content Test Suite through its REST API, for scripts/cmi5-real-check.sh
// (read that first: it sets up ADL's LRS and CATAPULT and runs this). Per package: import the zip,
// create a test (a registration for one learner), launch the AU in headless Chromium, take the
// track to its end, "Save and exit", then launch it again in a fresh browser (it must resume from
// the LRS state and pass nothing twice) and close that window (terminated as the page goes away).
// Prints CATAPULT's verdict per package and writes everything to --out.
//
// The track's end: the course's own progress record with every module passed is put into the
// package's browser storage and reported by the next page, as any page reports progress; where the
// track has a final check, its result is reported through the launch page's bridge as the final
// check island does (reportFinalCheck).
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Frame, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { SYSTEM_CHROMIUM } from './lib/chromium.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { cts: { type: 'string', default: 'http://127.0.0.1:8090' }, out: { type: 'string', default: 'report.json' }, catapult: { type: 'string', default: '' }, lrs: { type: 'string', default: '' } },
});
const CTS = values.cts!;
const USER = { username: 'course-check', password: `pw-${Math.random().toString(36).slice(2)}` };
const auth = `Basic ${Buffer.from(`${USER.username}:${USER.password}`).toString('base64')}`;

async function api<T>(method: string, path: string, body?: unknown, type = 'application/json'): Promise<T> {
  const response = await fetch(`${CTS}/api/v1${path}`, {
    method,
    headers: { Authorization: auth, ...(body === undefined ? {} : { 'Content-Type': type }) },
    body: body === undefined ? undefined : type === 'application/json' ? JSON.stringify(body) : new Uint8Array(body as Uint8Array),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 500)}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

interface Session { id: number; launchUrl: string; metadata: { violatedReqIds: string[] } }
interface Test { id: number; metadata: { result: string; isSatisfied?: boolean; aus: { result: string; isSatisfied?: boolean; isCompleted?: boolean; isPassed?: boolean; hasBeenAttempted?: boolean }[] } }
interface Log { metadata: { summary?: string; violatedReqId?: string } }

const bootstrap = await fetch(`${CTS}/api/v1/bootstrap`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ firstUser: USER }) });
if (!bootstrap.ok) throw new Error(`bootstrap: ${bootstrap.status} ${await bootstrap.text()} (use a fresh --work folder)`);

const browser = await chromium.launch({ executablePath: SYSTEM_CHROMIUM ?? undefined, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });

/** A browser context that reaches 127.0.0.1 only, logged in to the CTS (its return URL page needs it). */
async function newPage(): Promise<Page> {
  const context = await browser.newContext();
  await context.request.post(`${CTS}/api/v1/login`, { data: { ...USER, storeCookie: true } });
  await context.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') console.log(`    browser ${message.type()}: ${message.text()}`);
  });
  return page;
}

async function courseFrame(page: Page): Promise<Frame> {
  for (let i = 0; i < 100; i++) {
    const frame = page.frames().find((f) => f.parentFrame() === page.mainFrame() && f.url().endsWith('.html'));
    if (frame) {
      await frame.waitForLoadState();
      return frame;
    }
    await page.waitForTimeout(200);
  }
  throw new Error('the course page did not open in the launch page');
}

const statusOf = (page: Page) => page.locator('[data-au-status]').textContent();
async function waitForStatus(page: Page, pattern: RegExp) {
  for (let i = 0; i < 150; i++) {
    const text = (await statusOf(page)) ?? '';
    if (pattern.test(text)) return text;
    await page.waitForTimeout(200);
  }
  throw new Error(`the launch page says "${await statusOf(page)}"`);
}

const report: unknown[] = [];
for (const zipPath of positionals) {
  const name = basename(zipPath);
  console.log(`\n${name}`);
  const zip = readFileSync(zipPath);
  const files = unzipSync(zip);
  const launchHtml = new TextDecoder().decode(files['cmi5-launch/index.html']);
  const config = JSON.parse(/data-config="([^"]+)"/.exec(launchHtml)![1]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
  const moduleIds = Object.keys(config.moduleTitles);

  const course = await api<{ id: number }>('POST', '/courses', zip, 'application/zip');
  const test = await api<{ id: number }>('POST', '/tests', { courseId: course.id, actor: { account: { name: `learner-${course.id}`, homePage: 'https://lms.example.com' }, name: 'Course Check' } });

  // Session 1: the whole track, then Save and exit.
  const first = await api<Session>('POST', '/sessions', { testId: test.id, auIndex: 0 });
  let page = await newPage();
  await page.goto(first.launchUrl);
  console.log(`  session ${first.id}: ${await waitForStatus(page, /saved to your learning system|mode:|Could not connect|ended/)}`);
  let frame = await courseFrame(page);
  const date = new Date().toISOString();
  const record = {
    version: 1,
    modules: Object.fromEntries(moduleIds.map((id) => [id, { firstVisited: date, lastVisited: date, completed: date }])),
    quizzes: Object.fromEntries(moduleIds.map((id) => [id, { attempts: [{ correct: 5, total: 5, score: 1, passed: true, date }] }])),
    worksheets: {},
  };
  await frame.evaluate(([key, text]) => localStorage.setItem(key!, text!), [`${config.storageNamespace}:progress`, JSON.stringify(record)]);
  await frame.goto(frame.url());
  if (config.criteria.passRule !== 'modules') {
    await frame.evaluate(() => {
      const bridge = (window.parent as unknown as Record<string, { reportFinalCheck(report: unknown): void }>).socialLiteracyAcademyLms!;
      const answers = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => ({ questionId: `check-${n}`, prompt: `Question ${n}`, choices: [{ id: 'a', text: 'One' }, { id: 'b', text: 'Another' }], response: ['a'], correct: true }));
      bridge.reportFinalCheck({ correct: 8, total: 8, passed: true, date: new Date().toISOString(), answers });
    });
  }
  await page.waitForTimeout(1500);
  await page.getByRole('button', { name: 'Save and exit' }).click();
  await page.waitForURL(/return-url/, { timeout: 20_000 }).catch(() => console.log(`  (no return URL page: ${page.url()})`));
  await page.context().close();

  // Session 2, another browser: resumed from the LRS state; the window is closed mid-course.
  const second = await api<Session>('POST', '/sessions', { testId: test.id, auIndex: 0 });
  page = await newPage();
  await page.goto(second.launchUrl);
  console.log(`  session ${second.id}: ${await waitForStatus(page, /saved to your learning system|mode:|Could not connect|ended/)}`);
  frame = await courseFrame(page);
  const resumed = await frame.evaluate((key) => Object.keys(JSON.parse(localStorage.getItem(key) ?? '{"modules":{}}').modules).length, `${config.storageNamespace}:progress`);
  // The learner closes the tab (not the whole browser): terminated goes out as the page goes away.
  await page.waitForTimeout(1000);
  await page.close();
  await new Promise((resolve) => setTimeout(resolve, 2000));
  await page.context().close();

  const result = await api<Test>('GET', `/tests/${test.id}`);
  const sessions = await Promise.all([first, second].map(async (session) => {
    const details = await api<Session>('GET', `/sessions/${session.id}`);
    const logs = await api<Log[]>('GET', `/sessions/${session.id}/logs`);
    return { id: session.id, violatedReqIds: details.metadata.violatedReqIds, log: logs.map((entry) => entry.metadata.summary ?? '').reverse() };
  }));
  const au = result.metadata.aus[0]!;
  const entry = { package: name, catapult: values.catapult, lrs: values.lrs, passRule: config.criteria.passRule, modules: moduleIds.length, au: au.result, test: result.metadata.result, isSatisfied: au.isSatisfied, isCompleted: au.isCompleted, isPassed: au.isPassed, resumedModules: resumed, sessions };
  report.push(entry);
  console.log(`  CATAPULT: AU ${au.result} (satisfied ${au.isSatisfied}, completed ${au.isCompleted}, passed ${au.isPassed}); test ${result.metadata.result}`);
  for (const session of sessions) console.log(`  session ${session.id}: violated ${JSON.stringify(session.violatedReqIds)}; ${session.log.join(' · ')}`);
  console.log(`  second launch resumed ${resumed} of ${moduleIds.length} modules from the LRS state`);
}
await browser.close();
writeFileSync(values.out!, `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nWritten to ${values.out}`);
