// Search benchmark: index size (raw and gzip), index build time, and query time (median and p95)
// for the shipped course and for a generated course ten times larger. Reported, never asserted:
// the numbers depend on the machine.
import { cpSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { parse, stringify } from 'yaml';
import { buildSearchIndex } from '../../src/search/build-index.ts';
import { searchEntriesFromFiles } from '../../src/search/index-course-files.ts';
import { loadSearch, runQuery } from '../../src/search/query.ts';
import { highlight, matcherFor, snippet } from '../../src/search/snippet.ts';

/** What learners type: names, stories, topics, typing in progress, typos and hostile input. */
const QUERIES = [
  'Southwest', 'dominos', 'Burger King', 'Nestle', 'Netflix', 'Best Buy', 'Comcast', 'Old Spice',
  'assigned seating', 'guitar', 'pizza video', 'hacked tweet stock market', 'bike sharing', 'angry moms ad',
  'disclosure', 'two-factor', 'litigation hold', 'response time', 'blocked sites', 'social media policy',
  'escalate', 'employee advocacy', 'measure ROI', 'roadmap', 'what do we disclose?', 'guita', 'Zapos',
  'title:guitar', '"unbalanced', '<script>alert(1)</script>', '🙂🎸', 'a'.repeat(5000), '*', 'the and of',
];
/** Results a page shows before "Show more": their snippets are part of a query's cost. */
const PAGE = 20;

export interface SearchBenchCourse {
  course: string;
  documents: number;
  indexBytes: number;
  indexGzipBytes: number;
  buildMs: number;
  loadMs: number;
  queryMedianMs: number;
  queryP95Ms: number;
  queryWithSnippetsMedianMs: number;
  queryWithSnippetsP95Ms: number;
}

const median = (values: number[]) => percentile(values, 0.5);
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}
const time = (run: () => unknown) => {
  const start = performance.now();
  run();
  return performance.now() - start;
};

function measure(course: string, root: string, builds: number, rounds: number): SearchBenchCourse {
  const { entries, tracks } = searchEntriesFromFiles(root);
  let json = '';
  const buildTimes = Array.from({ length: builds }, () => time(() => (json = JSON.stringify(buildSearchIndex(entries, tracks)))));
  let search = loadSearch(JSON.parse(json));
  const loadTimes = Array.from({ length: builds }, () => time(() => (search = loadSearch(JSON.parse(json)))));
  runQuery(search, 'warm up');
  const plain: number[] = [];
  const withSnippets: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const query of QUERIES) {
      plain.push(time(() => runQuery(search, query)));
      withSnippets.push(
        time(() => {
          for (const hit of runQuery(search, query).hits.slice(0, PAGE)) {
            const isMatch = matcherFor(hit.terms);
            highlight(hit.document.title, isMatch);
            snippet(hit.document.text, isMatch);
          }
        }),
      );
    }
  }
  return {
    course,
    documents: entries.length,
    indexBytes: Buffer.byteLength(json),
    indexGzipBytes: gzipSync(json).length,
    buildMs: median(buildTimes),
    loadMs: median(loadTimes),
    queryMedianMs: median(plain),
    queryP95Ms: percentile(plain, 0.95),
    queryWithSnippetsMedianMs: median(withSnippets),
    queryWithSnippetsP95Ms: percentile(withSnippets, 0.95),
  };
}

/** A deterministic pseudo-word, so each copy brings some vocabulary of its own, as new lessons would. */
function inventedWord(seed: number): string {
  const syllables = ['ka', 'lo', 'mer', 'tan', 'vi', 'sol', 'dre', 'pu', 'nik', 'os', 'fa', 'zel'];
  let word = '';
  for (let n = seed + 7; word.length < 7; n = Math.floor(n / syllables.length) + 3) word += syllables[n % syllables.length];
  return word;
}

/**
 * Every 25th body word of copy `copy` replaced by an invented one, so copies are not identical.
 * Frontmatter, headings (quiz questions name them as their section) and component tags are kept.
 */
const vary = (text: string, copy: number) => {
  const frontmatterEnd = text.indexOf('\n---', 3) + 4;
  let count = 0;
  const varyWords = (part: string) => part.replace(/[A-Za-z]{5,}/g, (word) => (++count % 25 === 0 ? inventedWord(copy * 100_000 + count) : word));
  // Odd parts of the split are tags (<Term id="…">), kept with their attributes.
  const varyLine = (line: string) => (/^\s*#/.test(line) ? line : line.split(/(<[^>]*>)/).map((part, i) => (i % 2 ? part : varyWords(part))).join(''));
  return text.slice(0, frontmatterEnd) + text.slice(frontmatterEnd).split('\n').map(varyLine).join('\n');
};

/**
 * Writes a course `factor` times larger than the shipped one into a temporary folder: the shipped
 * content (glossary, worksheets, trainer's guide, final checks) and every module, quiz and case
 * study copied `factor - 1` more times with new slugs and varied text, linked as the originals are.
 * Returns the folder; the caller deletes it.
 */
export function generateLargerCourse(root: string, factor: number): string {
  const out = mkdtempSync(join(tmpdir(), 'academy-bench-'));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), text);
  };
  const list = (dir: string) => readdirSync(join(root, dir), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  const slug = (name: string, copy: number) => (copy === 0 ? name : `${name}-copy-${copy}`);

  cpSync(join(root, 'content'), join(out, 'content'), { recursive: true });
  cpSync(join(root, 'quizzes'), join(out, 'quizzes'), { recursive: true });
  for (const file of list('content/tracks')) {
    const track = parse(readFileSync(file, 'utf8')) as { modules: string[] };
    track.modules = Array.from({ length: factor }, (_, copy) => track.modules.map((m) => slug(m, copy))).flat();
    write(`content/tracks/${basename(file)}`, stringify(track));
  }
  for (let copy = 1; copy < factor; copy++) {
    for (const file of list('content/modules')) {
      const text = readFileSync(file, 'utf8').replace(/^caseStudies: \[(.*)\]$/m, (_, ids: string) => `caseStudies: [${ids.split(',').map((id) => id.trim()).filter(Boolean).map((id) => slug(id, copy)).join(', ')}]`);
      write(`content/modules/${basename(dirname(file))}/${slug(basename(file, '.mdx'), copy)}.mdx`, vary(text, copy));
    }
    // Final checks (quizzes/<track>/final.yaml) draw on the original modules and are not copied.
    for (const file of list('quizzes').filter((path) => basename(path) !== 'final.yaml')) {
      const track = basename(dirname(file));
      const name = basename(file, '.yaml');
      write(`quizzes/${track}/${slug(name, copy)}.yaml`, readFileSync(file, 'utf8').replace(/^module: .*$/m, `module: ${track}/${slug(name, copy)}`));
    }
    for (const file of list('content/case-studies')) {
      const text = readFileSync(file, 'utf8');
      write(`content/case-studies/${slug(basename(file, '.mdx'), copy)}.mdx`, vary(text, copy));
    }
  }
  return out;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;

/** Runs the search benchmark, prints its table, and returns the figures for the JSON report. */
export function runSearchBench(root: string): { courses: SearchBenchCourse[]; queries: number } {
  const larger = generateLargerCourse(root, 10);
  let courses: SearchBenchCourse[];
  try {
    courses = [measure('shipped', root, 5, 20), measure('10× generated', larger, 3, 5)];
  } finally {
    rmSync(larger, { recursive: true, force: true });
  }
  console.log(`\nSearch (${QUERIES.length} queries; "with snippets" also highlights the first ${PAGE} results)`);
  console.table(
    Object.fromEntries(
      courses.map((c) => [
        c.course,
        {
          documents: c.documents,
          'index size': kb(c.indexBytes),
          'gzip': kb(c.indexGzipBytes),
          'build': ms(c.buildMs),
          'load': ms(c.loadMs),
          'query median': ms(c.queryMedianMs),
          'query p95': ms(c.queryP95Ms),
          'with snippets median': ms(c.queryWithSnippetsMedianMs),
          'with snippets p95': ms(c.queryWithSnippetsP95Ms),
        },
      ]),
    ),
  );
  return { courses, queries: QUERIES.length };
}
