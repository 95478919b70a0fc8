// Lighthouse (mobile settings) on one page of each kind of the built site; prints the scores and
// layout shift and writes bench-results/lighthouse.json. Slow (about 10 s a page), so not part of
// `npm test`.
//   npm run lighthouse            (builds first; LIGHTHOUSE_PORT picks another port)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { SYSTEM_CHROMIUM } from './lib/chromium.ts';
import { samplePages } from './lib/site-pages.ts';
import * as routes from '../src/course/routes.ts';

const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 4399);
const origin = `http://127.0.0.1:${PORT}`;
const chrome = SYSTEM_CHROMIUM ?? chromium.executablePath();

const { track, module, caseStudy } = samplePages('dist');
/** The first folder of `dir` in the build that holds a page, if any. */
const firstPage = (dir: string, skip: string[] = []) =>
  existsSync(`dist/${dir}`) ? readdirSync(`dist/${dir}`, { withFileTypes: true }).find((e) => e.isDirectory() && !skip.includes(e.name) && existsSync(`dist/${dir}/${e.name}/index.html`))?.name : undefined;
const trackWithWorksheet = readdirSync('dist/tracks').find((t) => existsSync(`dist/tracks/${t}/roadmap/index.html`)) ?? track;
const pages: Record<string, string> = {
  home: routes.homePath(),
  track: routes.trackPath(track),
  module: routes.modulePath(track, module),
  'case study': routes.caseStudyPath(caseStudy),
  'case library': routes.libraryPath(),
  glossary: routes.glossaryPath(),
  handout: routes.handoutPath(track),
  worksheet: routes.worksheetPath(trackWithWorksheet, 'roadmap'),
  progress: routes.progressPath(),
  certificate: routes.certificatePath(track),
  "trainer's guide": routes.trainerPath(),
};
/** Whether the build wrote a page at `path`. */
const built = (path: string) => existsSync(`dist${path.replace(/\?.*$/, '')}index.html`);
const guide = firstPage('trainer');
if (guide) pages['guide page'] = routes.trainerPath(guide);
if (built(routes.finalCheckPath(track))) pages['final check'] = routes.finalCheckPath(track);
const policyBuilder = routes.worksheetPath(routes.POLICY_BUILDER_TRACK, routes.POLICY_BUILDER_SLUG);
if (built(policyBuilder)) pages['policy builder'] = policyBuilder;
if (built(routes.searchPath())) pages.search = routes.searchPath('password');

const server = spawn(process.execPath, ['scripts/serve.mjs', '--dir', 'dist', '--port', String(PORT), '--base', '/'], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 500));

interface Row { page: string; performance: number; accessibility: number; bestPractices: number; lcpMs: number; tbtMs: number; cls: number; totalKB: number }
const rows: Row[] = [];
// LIGHTHOUSE_ONLY="progress,search" measures only those page kinds.
const only = process.env.LIGHTHOUSE_ONLY?.split(',').map((name) => name.trim());
try {
  for (const [name, path] of Object.entries(pages).filter(([kind]) => !only || only.includes(kind))) {
    const run = spawnSync('npx', [
      'lighthouse', origin + path, '--quiet', '--output=json', '--output-path=stdout',
      '--only-categories=performance,accessibility,best-practices',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
    ], { env: { ...process.env, CHROME_PATH: chrome }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (run.status !== 0) throw new Error(`lighthouse failed on ${path}: ${run.stderr}`);
    const report = JSON.parse(run.stdout);
    const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
    rows.push({
      page: `${name} (${path})`,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      lcpMs: Math.round(report.audits['largest-contentful-paint'].numericValue),
      tbtMs: Math.round(report.audits['total-blocking-time'].numericValue),
      cls: Math.round(report.audits['cumulative-layout-shift'].numericValue * 1000) / 1000,
      totalKB: Math.round(report.audits['total-byte-weight'].numericValue / 102.4) / 10,
    });
  }
} finally {
  server.kill();
}

console.table(rows);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/lighthouse.json', JSON.stringify({ date: new Date().toISOString(), chrome, rows }, null, 2));
const short = rows.filter((row) => row.performance < 98 || row.accessibility < 100 || row.cls > 0);
console.log('Aim (issue 22): performance ≥ 98 and accessibility 100 on every page kind, no layout shift. Written to bench-results/lighthouse.json');
for (const row of short) console.log(`  short of it: ${row.page} — performance ${row.performance}, accessibility ${row.accessibility}, CLS ${row.cls}`);
