// Lighthouse (mobile settings) on one page of each type of the built site; prints the scores and
// writes bench-results/lighthouse.json. Slow (about 10 s a page), so not part of `npm test`.
//   npm run lighthouse            (builds first)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { SYSTEM_CHROMIUM } from './lib/chromium.ts';
import { samplePages } from './lib/site-pages.ts';

const PORT = 4399;
const origin = `http://127.0.0.1:${PORT}`;
const chrome = SYSTEM_CHROMIUM ?? chromium.executablePath();

const { track, module, caseStudy } = samplePages('dist');
const pages: Record<string, string> = {
  home: '/',
  track: `/tracks/${track}/`,
  module: `/tracks/${track}/${module}/`,
  'case study': `/case-studies/${caseStudy}/`,
};
if (existsSync('dist/search/index.html')) pages.search = '/search/?q=password';

const server = spawn(process.execPath, ['scripts/serve.mjs', '--dir', 'dist', '--port', String(PORT), '--base', '/'], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 500));

interface Row { page: string; performance: number; accessibility: number; bestPractices: number; lcpMs: number; tbtMs: number; totalKB: number }
const rows: Row[] = [];
try {
  for (const [name, path] of Object.entries(pages)) {
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
      totalKB: Math.round(report.audits['total-byte-weight'].numericValue / 102.4) / 10,
    });
  }
} finally {
  server.kill();
}

console.table(rows);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/lighthouse.json', JSON.stringify({ date: new Date().toISOString(), chrome, rows }, null, 2));
console.log('Aim: performance ≥ 95, accessibility 100, best practices ≥ 95. Written to bench-results/lighthouse.json');
