// Page-weight and build benchmark: build time, and for each page type the JavaScript and CSS a
// browser loads before any interaction and after the quiz, search or simulation is used (raw and
// gzip), for the shipped course and for a generated course ten times larger; then the reading
// pages' JavaScript budget (files by load and at idle, plus inline scripts) and their layout shift,
// for a new learner and for one with stored progress and a chosen color scheme. Reported, never
// asserted.
import { chromium, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { RESERVED_MODULE_SLUGS } from '../../src/course/routes.ts';
import { SYSTEM_CHROMIUM } from '../lib/chromium.ts';
import { samplePages } from '../lib/site-pages.ts';
import { benchSites } from './sites.ts';

interface Weight { js: number; jsGzip: number; css: number; cssGzip: number; requests: number }
/** Scripts written into the page itself (the layout's color-scheme script, Astro's island loader, small bundled scripts). */
interface InlineWeight { js: number; jsGzip: number; scripts: number }
/** `before`: loaded by the load event (the critical path); `idle`: loaded after it with no interaction; `after`: what using the island adds. */
export interface PageWeight { page: string; path: string; before: Weight; idle: Weight; inline: InlineWeight; after?: Weight; afterAction?: string }
/** A reading page against its budget: every script by load, at idle and inline, in gzip bytes, and its layout shift. */
export interface ReadingPageBudget { page: string; learner: 'new' | 'returning'; jsGzip: number; filesGzip: number; inlineGzip: number; budget: number; cls: number; progressStoreLoaded: boolean }
export interface BuildFigures { course: string; pages: number; buildSeconds: number; distBytes: number }

// BENCH_PORT lets two checkouts benchmark side by side.
const PORT = Number(process.env.BENCH_PORT ?? 4398);
/** Reading pages: at most this much JavaScript, gzip, all of it counted (issue 22). */
const READING_PAGE_BUDGET = 3 * 1024;
const CHROME = SYSTEM_CHROMIUM ?? chromium.executablePath();

function folderStats(dir: string): { pages: number; bytes: number } {
  let pages = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    if (entry.name.endsWith('.html')) pages++;
  }
  return { pages, bytes };
}

const emptyWeight = (): Weight => ({ js: 0, jsGzip: 0, css: 0, cssGzip: 0, requests: 0 });

/**
 * Records the scripts and stylesheets a page loads while `during` runs, until the network is idle.
 * Responses that arrive before `split()` resolves count as the first weight, later ones as the second.
 */
async function weigh(page: Page, during: () => Promise<void>, split?: () => Promise<void>): Promise<[Weight, Weight]> {
  const weights: [Weight, Weight] = [emptyWeight(), emptyWeight()];
  let phase = 0;
  const pending: Promise<void>[] = [];
  const onResponse = (response: import('@playwright/test').Response) => {
    const type = response.request().resourceType();
    if (type !== 'script' && type !== 'stylesheet') return;
    const weight = weights[phase];
    pending.push(
      response.body().then((body) => {
        const gzip = gzipSync(body).length;
        weight.requests++;
        if (type === 'script') { weight.js += body.length; weight.jsGzip += gzip; } else { weight.css += body.length; weight.cssGzip += gzip; }
      }, () => undefined),
    );
  };
  page.on('response', onResponse);
  await during();
  if (split) {
    await split();
    phase = 1;
  }
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse);
  await Promise.all(pending);
  return weights;
}

/** The simulation island's budget: all the JavaScript its page needs once a run is under way (gzip). */
export const SIMULATION_BUDGET_BYTES = 100 * 1024;

/** The page's inline scripts (JSON data and templates left out), raw and gzip (compressed together, as the HTML is). */
async function inlineWeight(page: Page): Promise<InlineWeight> {
  const texts = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')].filter((script) => ['', 'module', 'text/javascript'].includes(script.getAttribute('type') ?? '')).map((script) => script.textContent ?? ''),
  );
  const text = texts.join('\n');
  return { js: Buffer.byteLength(text), jsGzip: texts.length ? gzipSync(text).length : 0, scripts: texts.length };
}

/** Adds up layout shifts from the start of the page (`window.__layoutShift`), as CLS counts them. */
function watchLayoutShift() {
  const w = window as unknown as { __layoutShift: number };
  w.__layoutShift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) w.__layoutShift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
}

/** A returning learner: two modules of the sampled track visited, one passed, a worksheet saved, the dark scheme chosen. */
function returningLearner([first, second]: string[]) {
  const day = (n: number) => new Date(Date.UTC(2026, 11, n, 9)).toISOString();
  return {
    'social-literacy-academy:progress': JSON.stringify({
      version: 2,
      modules: { [first!]: { firstVisited: day(1), lastVisited: day(1), completed: day(1) }, [second!]: { firstVisited: day(2), lastVisited: day(2) } },
      quizzes: { [first!]: { attempts: [{ correct: 5, total: 5, score: 1, passed: true, date: day(1) }] } },
      worksheets: {},
      finalChecks: {},
      attestations: {},
    }),
    'social-literacy-academy:color-scheme': 'dark',
  };
}

/** Reading pages for a new and a returning learner: all their JavaScript against the budget, and layout shift (phone-sized, where the sidebar folds). */
async function measureReadingPages(browser: import('@playwright/test').Browser, pages: { page: string; path: string }[], moduleIds: string[]): Promise<ReadingPageBudget[]> {
  const results: ReadingPageBudget[] = [];
  for (const learner of ['new', 'returning'] as const) {
    for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
      const context = await browser.newContext({ viewport });
      await context.addInitScript(watchLayoutShift);
      if (learner === 'returning') await context.addInitScript((items) => Object.entries(items).forEach(([key, value]) => localStorage.setItem(key, value)), returningLearner(moduleIds));
      for (const { page: name, path } of pages) {
        const page = await context.newPage();
        let storeLoaded = false;
        page.on('request', (request) => void (storeLoaded ||= /progress-store\.[^/]*\.js$/.test(request.url())));
        const [before, idle] = await weigh(page, async () => void (await page.goto(`http://127.0.0.1:${PORT}${path}`, { waitUntil: 'commit' })), () => page.waitForLoadState('load'));
        await page.waitForTimeout(300);
        const inline = await inlineWeight(page);
        const cls = await page.evaluate(() => (window as unknown as { __layoutShift: number }).__layoutShift);
        const filesGzip = before.jsGzip + idle.jsGzip;
        const row = { page: `${name} @${viewport.width}`, learner, jsGzip: filesGzip + inline.jsGzip, filesGzip, inlineGzip: inline.jsGzip, budget: READING_PAGE_BUDGET, cls, progressStoreLoaded: storeLoaded };
        // One row per page and learner: the wider screen adds nothing but its layout shift.
        const same = results.find((r) => r.page.startsWith(`${name} @`) && r.learner === learner);
        if (same) same.cls = Math.max(same.cls, cls);
        else results.push(row);
        await page.close();
      }
      await context.close();
    }
  }
  return results;
}

export async function measurePages(dist: string): Promise<{ pages: PageWeight[]; reading: ReadingPageBudget[] }> {
  const { track, module, caseStudy } = samplePages(dist);
  const simulation = existsSync(join(dist, 'simulations')) ? readdirSync(join(dist, 'simulations'), { withFileTypes: true }).find((entry) => entry.isDirectory())?.name : undefined;
  const pages: { page: string; path: string; action?: [string, (page: Page) => Promise<void>] }[] = [
    { page: 'home', path: '/' },
    { page: 'track', path: `/tracks/${track}/` },
    {
      page: 'module',
      path: `/tracks/${track}/${module}/`,
      action: ['quiz answered', async (page) => {
        await page.getByRole('heading', { name: 'Check your understanding' }).scrollIntoViewIfNeeded();
        const check = page.getByRole('button', { name: 'Check answer' });
        await check.waitFor();
        await page.getByRole('region', { name: 'Check your understanding' }).getByRole('group').locator('input').first().check();
        await check.click();
      }],
    },
    { page: 'case study', path: `/case-studies/${caseStudy}/` },
    { page: 'case library', path: '/case-studies/' },
    {
      page: 'search',
      path: '/search/',
      action: ['query typed', async (page) => {
        await page.getByLabel('Search the course').fill('guitar');
        await page.getByRole('list').filter({ has: page.getByRole('link') }).last().waitFor();
      }],
    },
    ...(simulation
      ? [
          {
            page: 'simulation',
            path: `/simulations/${simulation}/`,
            action: [
              'run started, one decision made',
              async (page: Page) => {
                await page.getByLabel(/With a group, on one screen/).check();
                await page.getByRole('button', { name: /^Start at/ }).click();
                for (let step = 0; step < 10 && !(await page.getByRole('button', { name: "Lock in the room's choice" }).isVisible()); step++) {
                  await page.getByRole('button', { name: 'Move the clock on' }).click();
                }
                await page.locator('.sim-options input').first().check();
                await page.getByRole('button', { name: "Lock in the room's choice" }).click();
                await page.locator('.sim-outcome').waitFor();
              },
            ] as [string, (page: Page) => Promise<void>],
          },
        ]
      : []),
    { page: 'progress', path: '/progress/' },
    { page: 'certificate', path: `/certificate/${track}/` },
    { page: 'trainer', path: '/trainer/' },
  ];
  const browser = await chromium.launch({ executablePath: CHROME, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const server = spawn(process.execPath, ['scripts/serve.mjs', '--dir', dist, '--port', String(PORT), '--base', '/'], { stdio: 'ignore' });
  await new Promise((resolve) => setTimeout(resolve, 400));
  const results: PageWeight[] = [];
  try {
    for (const { page: name, path, action } of pages) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const [before, idle] = await weigh(
        page,
        async () => { await page.goto(`http://127.0.0.1:${PORT}${path}`, { waitUntil: 'commit' }); },
        () => page.waitForLoadState('load'),
      );
      const inline = await inlineWeight(page);
      const after = action ? (await weigh(page, () => action[1](page)))[0] : undefined;
      results.push({ page: name, path, before, idle, inline, ...(after && { after, afterAction: action![0] }) });
      await page.close();
    }
    const reading = await measureReadingPages(browser, pages.filter((p) => ['home', 'track', 'module', 'case study'].includes(p.page)), moduleIdsOf(dist, track));
    return { pages: results, reading };
  } finally {
    server.kill();
    await browser.close();
  }
}

/** The first two module ids of a built track, in folder order (the returning learner's visits). */
function moduleIdsOf(dist: string, track: string): string[] {
  return readdirSync(join(dist, 'tracks', track), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !RESERVED_MODULE_SLUGS.includes(entry.name))
    .slice(0, 2)
    .map((entry) => `${track}/${entry.name}`);
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

export async function runPagesBench(root: string): Promise<{ builds: BuildFigures[]; pages: PageWeight[]; reading: ReadingPageBudget[] }> {
  const [shippedSite, largerSite] = benchSites(root);
  const shipped = folderStats(shippedSite.dist);
  const { pages, reading } = await measurePages(shippedSite.dist);
  const larger = folderStats(largerSite.dist);
  const builds: BuildFigures[] = [
    { course: 'shipped', pages: shipped.pages, buildSeconds: shippedSite.buildSeconds, distBytes: shipped.bytes },
    { course: '10× generated', pages: larger.pages, buildSeconds: largerSite.buildSeconds, distBytes: larger.bytes },
  ];
  console.log('\nBuild (astro build, wall clock)');
  console.table(Object.fromEntries(builds.map((b) => [b.course, { pages: b.pages, 'build s': b.buildSeconds.toFixed(1), 'dist MiB': (b.distBytes / 1048576).toFixed(1) }])));
  console.log('\nPage weight: JavaScript and CSS loaded before any interaction — by the load event, then while idle — and when an island is used (KiB, raw / gzip)');
  console.table(
    Object.fromEntries(
      pages.map((p) => [
        p.page,
        {
          'JS by load': `${kb(p.before.js)} / ${kb(p.before.jsGzip)}`,
          'CSS by load': `${kb(p.before.css)} / ${kb(p.before.cssGzip)}`,
          'JS at idle': p.idle.js ? `+${kb(p.idle.js)} / +${kb(p.idle.jsGzip)}` : '',
          'inline JS': p.inline.js ? `${kb(p.inline.js)} / ${kb(p.inline.jsGzip)}` : '',
          'JS after use': p.after ? `+${kb(p.after.js)} / +${kb(p.after.jsGzip)} (${p.afterAction})` : '',
        },
      ]),
    ),
  );
  console.log(`\nReading pages: all JavaScript before any interaction (files by load and at idle, plus inline scripts; KiB gzip) against the ${kb(READING_PAGE_BUDGET)} KiB budget, and layout shift (largest of 390 and 1280 px)`);
  console.table(
    Object.fromEntries(
      reading.map((r) => [
        `${r.page.replace(/ @\d+$/, '')} (${r.learner} learner)`,
        {
          files: kb(r.filesGzip),
          inline: kb(r.inlineGzip),
          total: kb(r.jsGzip),
          budget: r.jsGzip <= r.budget ? 'within' : `over by ${kb(r.jsGzip - r.budget)}`,
          'progress store loaded': r.progressStoreLoaded ? 'yes' : 'no',
          CLS: r.cls.toFixed(3),
        },
      ]),
    ),
  );
  const simulationPage = pages.find((p) => p.page === 'simulation');
  if (simulationPage) {
    const used = simulationPage.before.jsGzip + simulationPage.idle.jsGzip + (simulationPage.after?.jsGzip ?? 0);
    console.log(`\nSimulation island: ${kb(used)} KiB of JavaScript (gzip) once a run is under way; budget ${kb(SIMULATION_BUDGET_BYTES)} KiB${used > SIMULATION_BUDGET_BYTES ? ' — OVER BUDGET' : ''}.`);
  }
  return { builds, pages, reading };
}
