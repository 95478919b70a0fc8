// Search benchmark, reported, never asserted (the numbers depend on the machine):
// - bytes a browser downloads, measured on the built sites (shipped course and a generated one ten
//   times larger) over the network as Chrome counts it (gzip bodies plus headers): the search
//   page's JavaScript before the first query; each of ten fixed queries as a first query (code,
//   index, fragments) and as a later one; the header box → /search/ flow, under scripts/serve.mjs
//   (validators, 304s) and under a server that sends no validators, with what came down twice;
// - in Node: the index's files and sizes, build time, query time.
import { chromium, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createGzip, gzipSync } from 'node:zlib';
import { parse, stringify } from 'yaml';
import { buildSearchFiles } from '../../src/search/build-index.ts';
import { SearchEngine } from '../../src/search/engine.ts';
import { searchPagesFromFiles } from '../../src/search/index-course-files.ts';
import { presentHit } from '../../src/search/present.ts';
import { runQuery } from '../../src/search/query.ts';
import { shownOrder } from '../../src/search/results.ts';
import { SYSTEM_CHROMIUM } from '../lib/chromium.ts';
import { samplePages } from '../lib/site-pages.ts';
import { benchSites, type BenchSite } from './sites.ts';

/** Ten fixed queries: names, topics, learners' questions, a typo and a quoted phrase. */
export const BYTE_QUERIES = [
  'Burger King',
  'litigation hold',
  'social media policy',
  'session cookie theft',
  'what do I do when someone posts their account number publicly',
  'who decides what the CEO says in the first hour of a crisis',
  'how do I know if a video call from my boss is a deepfake',
  'can I give a review of our product on a retailer site',
  'gutiar',
  '"account number"',
];
/** Budgets from issue 23 (KiB of gzip over the network). */
const BUDGET = { firstQuery: { shipped: 50, '10× generated': 60 }, laterQuery: 10, searchPageJs: 15 };
/** Typing speed for the header box (ms a key): quicker than its pause, as a practised typist types. */
const TYPING_DELAY_MS = 90;

/** Queries for timing in Node: the byte queries and hostile input. */
const TIMED = [...BYTE_QUERIES, 'title:guitar', '"unbalanced', '<script>alert(1)</script>', '🙂🎸', 'a'.repeat(5000), '*', 'the and of', 'guita', 'Zapos'];

const median = (values: number[]) => percentile(values, 0.5);
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

export interface IndexFigures {
  course: string;
  pages: number;
  documents: number;
  files: number;
  allFilesGzip: number;
  manifestGzip: number;
  shards: number;
  shardGzipMedian: number;
  shardGzipMax: number;
  fragmentGzipMedian: number;
  /** The largest vocabulary file (one per first letter). */
  vocabularyGzip: number;
  buildMs: number;
  queryMedianMs: number;
  queryP95Ms: number;
}

/** The index's files, their sizes, build and query time, in Node (no browser). */
async function measureIndex(course: string, root: string, rounds: number): Promise<IndexFigures> {
  const { pages, tracks } = searchPagesFromFiles(root);
  const start = performance.now();
  const built = buildSearchFiles(pages, tracks);
  const buildMs = performance.now() - start;
  const folder = built.manifest.slice(0, -'index.json'.length);
  const gzipOf = (filter: (path: string) => boolean) => [...built.files].filter(([path]) => filter(path.slice(folder.length))).map(([, body]) => gzipSync(body).length);
  const shards = gzipOf((p) => p.startsWith('t/'));
  const engine = await SearchEngine.open(async (path) => JSON.parse(built.files.get(folder + path)!));
  await runQuery(engine, 'warm up');
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const query of TIMED) {
      const t = performance.now();
      const { hits } = await runQuery(engine, query);
      for (const hit of shownOrder(engine.manifest, hits).slice(0, 10)) presentHit(hit, await engine.fragment(hit.doc), '/');
      times.push(performance.now() - t);
    }
  }
  return {
    course,
    pages: pages.length,
    documents: built.documents.length,
    files: built.files.size,
    allFilesGzip: gzipOf(() => true).reduce((a, b) => a + b, 0),
    manifestGzip: gzipOf((p) => p === 'index.json')[0],
    shards: shards.length,
    shardGzipMedian: median(shards),
    shardGzipMax: Math.max(...shards),
    fragmentGzipMedian: median(gzipOf((p) => p.startsWith('f/'))),
    vocabularyGzip: Math.max(...gzipOf((p) => p.startsWith('w/'))),
    buildMs,
    queryMedianMs: median(times),
    queryP95Ms: percentile(times, 0.95),
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
 * Every 25th prose word of copy `copy` replaced by an invented one, so copies are not identical;
 * frontmatter, headings (quizzes name sections by their anchors) and component tags are kept.
 */
const vary = (text: string, copy: number) => {
  const frontmatterEnd = text.indexOf('\n---', 3) + 4;
  let count = 0;
  const replaceWords = (prose: string) => prose.replace(/[A-Za-z]{5,}/g, (word) => (++count % 25 === 0 ? inventedWord(copy * 100_000 + count) : word));
  const body = text
    .slice(frontmatterEnd)
    .split(/(<[^>]*>)/)
    .map((part, index) => (index % 2 === 1 ? part : part.split('\n').map((line) => (/^#{1,6}\s/.test(line) ? line : replaceWords(line))).join('\n')))
    .join('');
  return text.slice(0, frontmatterEnd) + body;
};

/**
 * Writes a course `factor` times larger than the shipped one into a temporary folder: every module,
 * quiz and case study copied with new slugs and varied text, linked as the originals are.
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

  write('content/site.yaml', readFileSync(join(root, 'content/site.yaml'), 'utf8'));
  // Worksheets, trainer guides and final checks once; the glossary `factor` times, like the lessons.
  for (const dir of ['content/worksheets', 'content/trainer']) for (const file of list(dir)) write(`${dir}/${basename(file)}`, readFileSync(file, 'utf8'));
  for (const file of list('quizzes').filter((f) => basename(f) === 'final.yaml')) write(`quizzes/${basename(dirname(file))}/final.yaml`, readFileSync(file, 'utf8'));
  const glossary = parse(readFileSync(join(root, 'content/glossary.yaml'), 'utf8')) as { id: string; definition: string; modules?: string[] }[];
  const glossaryCopies = Array.from({ length: factor }, (_, copy) =>
    glossary.map((entry) => ({
      ...entry,
      id: slug(entry.id, copy),
      definition: copy === 0 ? entry.definition : vary(`---\n---\n${entry.definition}`, copy).slice(8),
      ...(entry.modules && { modules: entry.modules.map((id) => `${id.split('/')[0]}/${slug(id.split('/')[1], copy)}`) }),
    })),
  );
  write('content/glossary.yaml', stringify(glossaryCopies.flat()));
  for (const file of list('content/tracks')) {
    const track = parse(readFileSync(file, 'utf8')) as { modules: string[] };
    track.modules = Array.from({ length: factor }, (_, copy) => track.modules.map((m) => slug(m, copy))).flat();
    write(`content/tracks/${basename(file)}`, stringify(track));
  }
  for (let copy = 0; copy < factor; copy++) {
    for (const file of list('content/modules')) {
      const text = readFileSync(file, 'utf8').replace(/^caseStudies: \[(.*)\]$/m, (_, ids: string) => `caseStudies: [${ids.split(',').map((id) => id.trim()).filter(Boolean).map((id) => slug(id, copy)).join(', ')}]`);
      write(`content/modules/${basename(dirname(file))}/${slug(basename(file, '.mdx'), copy)}.mdx`, copy === 0 ? text : vary(text, copy));
    }
    for (const file of list('quizzes').filter((f) => basename(f) !== 'final.yaml')) {
      const track = basename(dirname(file));
      const name = basename(file, '.yaml');
      write(`quizzes/${track}/${slug(name, copy)}.yaml`, readFileSync(file, 'utf8').replace(/^module: .*$/m, `module: ${track}/${slug(name, copy)}`));
    }
    for (const file of list('content/case-studies')) {
      const text = readFileSync(file, 'utf8');
      write(`content/case-studies/${slug(basename(file, '.mdx'), copy)}.mdx`, copy === 0 ? text : vary(text, copy));
    }
  }
  return out;
}


/**
 * Bytes by kind, as gzip bodies: scripts, index files (manifest, shards, pairs, word lists) and
 * result fragments; `wire` adds the HTTP/1.1 headers (about 300 bytes a response, a few with HTTP/2).
 */
interface Bytes { code: number; index: number; fragments: number; total: number; wire: number; requests: number }
const noBytes = (): Bytes => ({ code: 0, index: 0, fragments: 0, total: 0, wire: 0, requests: 0 });

/** A transfer as Chrome's network stack counts it: body bytes as sent (gzip) and all bytes with headers; 0 for a cache hit. */
interface Transfer { url: string; bytes: number; wire: number; status: number }

/** Records every script and fetch of a page over the DevTools protocol; `take()` returns those since the last take. */
async function recordTransfers(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const seen = new Map<string, { url: string; type: string; status: number; body: number }>();
  let done: Transfer[] = [];
  cdp.on('Network.responseReceived', (event) => seen.set(event.requestId, { url: event.response.url, type: event.type, status: event.response.status, body: 0 }));
  cdp.on('Network.dataReceived', (event) => {
    const response = seen.get(event.requestId);
    if (response) response.body += event.encodedDataLength;
  });
  cdp.on('Network.loadingFinished', (event) => {
    const response = seen.get(event.requestId);
    if (response && ['Script', 'Fetch', 'XHR'].includes(response.type)) done.push({ url: response.url, bytes: response.body, wire: event.encodedDataLength, status: response.status });
  });
  return {
    take(): Transfer[] {
      const taken = done;
      done = [];
      return taken;
    },
  };
}

function sum(transfers: readonly Transfer[]): Bytes {
  const bytes = noBytes();
  for (const { url, bytes: size, wire } of transfers) {
    const path = new URL(url).pathname;
    if (/\/search-index\/[^/]+\/f\//.test(path)) bytes.fragments += size;
    else if (path.includes('/search-index/')) bytes.index += size;
    else bytes.code += size;
    bytes.total += size;
    bytes.wire += wire;
    bytes.requests++;
  }
  return bytes;
}

/**
 * Waits until the page has had no request in flight for half a second (Playwright's "networkidle"
 * is a load state: once reached it no longer waits for requests a later search starts).
 */
async function settle(page: Page, quietMs = 500): Promise<void> {
  const state = quiet.get(page) ?? watch(page);
  while (state.inFlight > 0 || performance.now() - state.last < quietMs) await page.waitForTimeout(50);
}
const quiet = new WeakMap<Page, { inFlight: number; last: number }>();
function watch(page: Page) {
  const state = { inFlight: 0, last: performance.now() };
  const done = () => {
    state.inFlight = Math.max(0, state.inFlight - 1);
    state.last = performance.now();
  };
  page.on('request', () => {
    state.inFlight++;
    state.last = performance.now();
  });
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  quiet.set(page, state);
  return state;
}

/** Runs a query in the search page's box and waits for its results (or its "no results"). */
async function searchOnPage(page: Page, query: string) {
  await page.getByLabel('Search the course').fill(query);
  await page.waitForFunction((q) => document.querySelector('.search__status')?.textContent?.includes(`“${q.trim().replace(/\s+/g, ' ')}”`), query);
  await settle(page);
}

/** A static server that sends no validators and no caching headers (gzip on), as some intranet servers do. */
function plainServer(dist: string): Promise<{ server: Server; origin: string }> {
  const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = join(dist, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(dist) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    const gzip = /gzip/.test(String(req.headers['accept-encoding'])) && extname(file) !== '.png';
    res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', ...(gzip && { 'Content-Encoding': 'gzip' }) });
    (gzip ? createReadStream(file).pipe(createGzip()) : createReadStream(file)).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${(server.address() as { port: number }).port}` })));
}

/** scripts/serve.mjs on a free port. */
async function validatingServer(dist: string): Promise<{ stop(): void; origin: string }> {
  const child = spawn(process.execPath, ['scripts/serve.mjs', '--dir', dist, '--port', '0', '--base', '/'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const origin = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const match = /http:\/\/127\.0\.0\.1:\d+/.exec(chunk.toString());
      if (match) resolve(match[0]);
    });
    child.on('exit', () => reject(new Error('scripts/serve.mjs stopped')));
  });
  return { stop: () => child.kill(), origin };
}

export interface ByteFigures {
  course: string;
  searchPageJs: number;
  queries: { query: string; first: Bytes; later: Bytes }[];
  flows: { server: string; query: string; total: number; wire: number; downloadedTwice: number; secondPage: Bytes }[];
}

async function measureBytes(site: BenchSite): Promise<ByteFigures> {
  const browser = await chromium.launch({ executablePath: SYSTEM_CHROMIUM ?? chromium.executablePath(), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const serve = await validatingServer(site.dist);
  const plain = await plainServer(site.dist);
  try {
    const fresh = async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      watch(page);
      return { context, page, transfers: await recordTransfers(page) };
    };
    // Each query as the first of a visit to /search/.
    let searchPageJs = 0;
    const firsts: Bytes[] = [];
    for (const query of BYTE_QUERIES) {
      const { context, page, transfers } = await fresh();
      await page.goto(`${serve.origin}/search/`);
      await settle(page);
      const load = transfers.take();
      searchPageJs = sum(load).code;
      await searchOnPage(page, query);
      const used = sum([...load, ...transfers.take()]);
      firsts.push(used);
      await context.close();
    }
    // Each query after the one before it in the list (the first after "two-factor"), on one page.
    const laters: Bytes[] = [];
    {
      const { context, page, transfers } = await fresh();
      await page.goto(`${serve.origin}/search/`);
      await searchOnPage(page, 'two-factor');
      transfers.take();
      for (const query of BYTE_QUERIES) {
        await searchOnPage(page, query);
        laters.push(sum(transfers.take()));
      }
      await context.close();
    }
    // The header box on a track page, typed, then Enter: /search/?q=… with the same query.
    const { track } = samplePages(site.dist);
    const flows: ByteFigures['flows'] = [];
    for (const [server, origin] of [['scripts/serve.mjs (validators)', serve.origin], ['no validators', plain.origin]] as const) {
      for (const query of [BYTE_QUERIES[4], BYTE_QUERIES[0]]) {
        const { context, page, transfers } = await fresh();
        await page.goto(`${origin}/tracks/${track}/`);
        await settle(page);
        // The track page's own scripts are not the search's: count from the first sign of searching.
        transfers.take();
        const box = page.getByRole('combobox', { name: 'Search', exact: true });
        await box.click();
        await page.keyboard.type(query, { delay: TYPING_DELAY_MS });
        await page.getByRole('listbox').getByRole('option').first().waitFor();
        // Past the box's typing pause, then until the last search's files are in.
        await page.waitForTimeout(400);
        await settle(page);
        const header = transfers.take();
        await box.press('Enter');
        await page.waitForURL(/\/search\/\?q=/);
        await page.locator('.search__groups, .search__none').first().waitFor();
        await settle(page);
        const second = transfers.take();
        const firstBodies = new Set(header.filter((t) => t.status === 200).map((t) => t.url));
        flows.push({
          server,
          query,
          total: sum([...header, ...second]).total,
          wire: sum([...header, ...second]).wire,
          downloadedTwice: second.filter((t) => t.status === 200 && t.bytes > 0 && firstBodies.has(t.url)).reduce((total, t) => total + t.bytes, 0),
          secondPage: sum(second),
        });
        await context.close();
      }
    }
    return { course: site.course, searchPageJs, queries: BYTE_QUERIES.map((query, i) => ({ query, first: firsts[i], later: laters[i] })), flows };
  } finally {
    serve.stop();
    plain.server.close();
    await browser.close();
  }
}

const kib = (bytes: number) => (bytes / 1024).toFixed(1);
const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
const short = (query: string) => (query.length > 34 ? `${query.slice(0, 33)}…` : query);

/** Runs the search benchmark, prints its tables, and returns the figures for the JSON report. */
export async function runSearchBench(root: string): Promise<{ index: IndexFigures[]; bytes: ByteFigures[]; budgets: typeof BUDGET }> {
  const sites = benchSites(root);
  const index: IndexFigures[] = [];
  for (const site of sites) index.push(await measureIndex(site.course, site.contentRoot, site.course === 'shipped' ? 5 : 2));
  console.log('\nSearch index (in Node): files, sizes (gzip), build and query time (query = search + the first 10 results presented)');
  console.table(Object.fromEntries(index.map((c) => [c.course, {
    pages: c.pages, documents: c.documents, files: c.files, 'all files KiB': kib(c.allFilesGzip), 'manifest KiB': kib(c.manifestGzip),
    shards: c.shards, 'shard median/max KiB': `${kib(c.shardGzipMedian)} / ${kib(c.shardGzipMax)}`, 'fragment median KiB': kib(c.fragmentGzipMedian),
    'vocabulary file max KiB': kib(c.vocabularyGzip), build: ms(c.buildMs), 'query median': ms(c.queryMedianMs), 'query p95': ms(c.queryP95Ms),
  }])));

  const bytes: ByteFigures[] = [];
  for (const site of sites) bytes.push(await measureBytes(site));
  for (const figures of bytes) {
    const budget = BUDGET.firstQuery[figures.course as keyof typeof BUDGET.firstQuery];
    console.log(`\nSearch bytes, ${figures.course} course (KiB of gzip bodies as sent; "with headers": HTTP/1.1 headers added; budgets: first query ≤ ${budget}, later ≤ ${BUDGET.laterQuery})`);
    console.log(`/search/ page JavaScript before the first query: ${kib(figures.searchPageJs)} KiB (budget ≤ ${BUDGET.searchPageJs})`);
    console.table(Object.fromEntries(figures.queries.map(({ query, first, later }) => [short(query), {
      'first: code': kib(first.code), index: kib(first.index), fragments: kib(first.fragments), 'first total': kib(first.total) + (first.total > budget * 1024 ? ' OVER' : ''), 'with headers': kib(first.wire),
      'later total': kib(later.total) + (later.total > BUDGET.laterQuery * 1024 ? ' OVER' : ''), 'later with headers': kib(later.wire), 'later requests': later.requests,
    }])));
    console.log(`Header box → /search/ (from focusing the box, typed at ${TYPING_DELAY_MS} ms a key, then Enter; everything both pages fetch for search)`);
    console.table(figures.flows.map((flow) => ({ server: flow.server, query: short(flow.query), 'total KiB': kib(flow.total), 'with headers': kib(flow.wire), 'search page KiB (code / index / fragments)': `${kib(flow.secondPage.code)} / ${kib(flow.secondPage.index)} / ${kib(flow.secondPage.fragments)}`, 'downloaded twice KiB': kib(flow.downloadedTwice) })));
  }
  return { index, bytes, budgets: BUDGET };
}
