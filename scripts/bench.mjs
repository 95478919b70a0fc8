// `npm run bench`: measures the course and reports the numbers (it never fails on a slow result).
// Each section prints a table and returns its figures; all of them are written together to
// bench-results/bench.json (git-ignored). Add a section by adding an entry to `sections`.
// `npm run bench -- pages` runs only the named sections.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { runPagesBench } from './bench/pages.ts';
import { runSearchBench } from './bench/search.ts';
import { removeBenchSites } from './bench/sites.ts';
import { runCmi5Bench } from './bench/cmi5.ts';

const root = fileURLToPath(new URL('../', import.meta.url));

/** name → function(root) returning JSON-safe figures (it may print a table). */
const sections = {
  search: runSearchBench,
  pages: runPagesBench,
  cmi5: runCmi5Bench,
};

const report = { date: new Date().toISOString(), node: process.version, cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, sections: {} };
const chosen = process.argv.slice(2);
const unknown = chosen.filter((name) => !(name in sections));
if (unknown.length > 0) throw new Error(`no bench section ${unknown.join(', ')}: choose from ${Object.keys(sections).join(', ')}`);
// The search and pages sections share two built sites (scripts/bench/sites.ts), deleted at the end.
try {
  // `npm run bench -- search` runs only the named sections.
  for (const [name, run] of Object.entries(sections)) if (chosen.length === 0 || chosen.includes(name)) report.sections[name] = await run(root);
} finally {
  removeBenchSites();
}

const out = fileURLToPath(new URL('../bench-results/bench.json', import.meta.url));
mkdirSync(fileURLToPath(new URL('../bench-results/', import.meta.url)), { recursive: true });
writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nWritten to bench-results/bench.json`);
