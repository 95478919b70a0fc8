// Page-weight and build benchmark: build time, and for each page type the JavaScript and CSS a
// browser loads before any interaction and after the quiz or search island is used (raw and gzip),
// for the shipped course and for a generated course ten times larger. Reported, never asserted.
import { chromium, type Page } from '@playwright/test';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { SYSTEM_CHROMIUM } from '../lib/chromium.ts';
import { samplePages } from '../lib/site-pages.ts';
import { generateLargerCourse } from './search.ts';

interface Weight { js: number; jsGzip: number; css: number; cssGzip: number; requests: number }
/** `before`: loaded by the load event (the critical path); `idle`: loaded after it with no interaction; `after`: what using the island adds. */
export interface PageWeight { page: string; path: string; before: Weight; idle: Weight; after?: Weight; afterAction?: string }
export interface BuildFigures { course: string; pages: number; buildSeconds: number; distBytes: number }

const PORT = 4398;
const CHROME = SYSTEM_CHROMIUM ?? chromium.executablePath();

/** Builds the course at `root` into `outDir`; returns the wall-clock seconds. */
function build(root: string, outDir: string): number {
  const start = performance.now();
  const result = spawnSync('npx', ['astro', 'build', '--root', root], {
    cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, OUT_DIR: outDir, BASE_PATH: '/', ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error(`astro build failed in ${root}:\n${result.stdout}\n${result.stderr}`);
  return (performance.now() - start) / 1000;
}

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

/** A copy of the project whose content is the generated course (code and packages are linked, not copied). */
function projectWithContent(root: string, contentRoot: string): string {
  const project = mkdtempSync(join(tmpdir(), 'academy-bench-project-'));
  for (const name of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(root, name), join(project, name), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'), 'dir');
  cpSync(join(contentRoot, 'content'), join(project, 'content'), { recursive: true });
  cpSync(join(contentRoot, 'quizzes'), join(project, 'quizzes'), { recursive: true });
  return project;
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

async function measurePages(dist: string): Promise<PageWeight[]> {
  const { track, module, caseStudy } = samplePages(dist);
  const pages: { page: string; path: string; action?: [string, (page: Page) => Promise<void>] }[] = [
    { page: 'home', path: '/' },
    { page: 'track', path: `/tracks/${track}/` },
    {
      page: 'module',
      path: `/tracks/${track}/${module}/`,
      action: ['quiz answered', async (page) => {
        const quiz = page.getByRole('region', { name: 'Check your understanding' });
        await quiz.scrollIntoViewIfNeeded();
        const check = quiz.getByRole('button', { name: 'Check answer' });
        await check.waitFor();
        await quiz.getByRole('group').first().locator('input').first().check();
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
  const out = mkdtempSync(join(tmpdir(), 'academy-bench-dist-'));
  const generated = generateLargerCourse(root, 10);
  const largerProject = projectWithContent(root, generated);
  const largerOut = mkdtempSync(join(tmpdir(), 'academy-bench-dist10-'));
  try {
    const seconds = build(root, out);
    const shipped = folderStats(out);
    const pages = await measurePages(out);
    const largerSeconds = build(largerProject, largerOut);
    const larger = folderStats(largerOut);
    const builds: BuildFigures[] = [
      { course: 'shipped', pages: shipped.pages, buildSeconds: seconds, distBytes: shipped.bytes },
      { course: '10× generated', pages: larger.pages, buildSeconds: largerSeconds, distBytes: larger.bytes },
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
    return { builds, pages };
  } finally {
    for (const dir of [out, generated, largerProject, largerOut]) rmSync(dir, { recursive: true, force: true });
  }
}
