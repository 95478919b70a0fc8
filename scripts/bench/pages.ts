// Page-weight and build benchmark: build time, and for each page type the JavaScript and CSS a
// browser loads before any interaction and after the quiz, search or simulation is used (raw and
// gzip), for the shipped course and for a generated course ten times larger. Reported, never asserted.
import { chromium, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SYSTEM_CHROMIUM } from '../lib/chromium.ts';
import { samplePages } from '../lib/site-pages.ts';
import { benchSites } from './sites.ts';

interface Weight { js: number; jsGzip: number; css: number; cssGzip: number; requests: number }
/** `before`: loaded by the load event (the critical path); `idle`: loaded after it with no interaction; `after`: what using the island adds. */
export interface PageWeight { page: string; path: string; before: Weight; idle: Weight; after?: Weight; afterAction?: string }
export interface BuildFigures { course: string; pages: number; buildSeconds: number; distBytes: number }

const PORT = 4398;
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

export async function measurePages(dist: string): Promise<PageWeight[]> {
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
      const after = action ? (await weigh(page, () => action[1](page)))[0] : undefined;
      results.push({ page: name, path, before, idle, ...(after && { after, afterAction: action![0] }) });
      await page.close();
    }
  } finally {
    server.kill();
    await browser.close();
  }
  return results;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

export async function runPagesBench(root: string): Promise<{ builds: BuildFigures[]; pages: PageWeight[] }> {
  const [shippedSite, largerSite] = benchSites(root);
  const shipped = folderStats(shippedSite.dist);
  const pages = await measurePages(shippedSite.dist);
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
          'JS after use': p.after ? `+${kb(p.after.js)} / +${kb(p.after.jsGzip)} (${p.afterAction})` : '',
        },
      ]),
    ),
  );
  const simulationPage = pages.find((p) => p.page === 'simulation');
  if (simulationPage) {
    const used = simulationPage.before.jsGzip + simulationPage.idle.jsGzip + (simulationPage.after?.jsGzip ?? 0);
    console.log(`\nSimulation island: ${kb(used)} KiB of JavaScript (gzip) once a run is under way; budget ${kb(SIMULATION_BUDGET_BYTES)} KiB${used > SIMULATION_BUDGET_BYTES ? ' — OVER BUDGET' : ''}.`);
  }
  return { builds, pages };
}
