// scripts/serve.mjs, the server of `npm start`, the end-to-end suite, bench and Lighthouse: run as
// a real process over a small site with a sibling folder it must never serve.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SERVER = new URL('../../../scripts/serve.mjs', import.meta.url).pathname;
const folder = mkdtempSync(join(tmpdir(), 'serve-test-'));

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A raw request: the path goes out exactly as written (fetch would normalise it). */
function get(port: number, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

/** Starts the server on a free port; resolves once it says where it listens. */
function serve(dir: string, base = '/'): Promise<{ port: number; server: ChildProcess }> {
  return new Promise((done, fail) => {
    const server = spawn(process.execPath, [SERVER, '--dir', dir, '--port', '0', '--base', base], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const timer = setTimeout(() => fail(new Error(`the server did not start: ${output}`)), 10_000);
    const read = (chunk: Buffer) => {
      output += chunk;
      const port = /127\.0\.0\.1:(\d+)/.exec(output)?.[1];
      if (port && Number(port) > 0) {
        clearTimeout(timer);
        done({ port: Number(port), server });
      }
    };
    server.stdout.on('data', read);
    server.stderr.on('data', read);
    server.on('exit', (code) => fail(new Error(`the server exited (${code}): ${output}`)));
  });
}

const servers: ChildProcess[] = [];
let site: number;
let subpath: number;
let bare: number;

beforeAll(async () => {
  const write = (path: string, text: string) => {
    mkdirSync(join(folder, path, '..'), { recursive: true });
    writeFileSync(join(folder, path), text);
  };
  write('dist/index.html', '<!doctype html><title>Home</title><p>home</p>');
  write('dist/404.html', '<!doctype html><title>Not found</title><p>custom 404</p>');
  write('dist/guide/index.html', '<p>guide</p>');
  write('dist/search-index.json', JSON.stringify({ words: 'lorem ipsum '.repeat(200) }));
  write('dist/logo.png', 'not really a png');
  // Siblings that share the prefix "dist": the server must not reach them.
  write('dist-subpath/secret.txt', 'sibling secret');
  write('dist-scorm/secret.txt', 'sibling secret');
  write('secret.txt', 'parent secret');
  write('bare/index.html', '<p>a site without a 404 page</p>');
  const started = await Promise.all([serve(join(folder, 'dist')), serve(join(folder, 'dist'), '/training/academy/'), serve(join(folder, 'bare'))]);
  servers.push(...started.map((s) => s.server));
  [site, subpath, bare] = started.map((s) => s.port) as [number, number, number];
}, 30_000);

afterAll(() => {
  for (const server of servers) server.kill();
  rmSync(folder, { recursive: true, force: true });
});

describe('scripts/serve.mjs', () => {
  it('serves pages, folders and assets with their types', async () => {
    expect((await get(site, '/')).body.toString()).toContain('home');
    const guide = await get(site, '/guide/');
    expect(guide.status).toBe(200);
    expect(guide.headers['content-type']).toBe('text/html; charset=utf-8');
    expect((await get(site, '/guide')).headers.location).toBe('/guide/');
    expect((await get(site, '/logo.png')).headers['content-type']).toBe('image/png');
  });

  it('answers a malformed escape with 400 and keeps running', async () => {
    const bad = await get(site, '/%E0%A4%A');
    expect(bad.status).toBe(400);
    expect((await get(site, '/%')).status).toBe(400);
    expect((await get(site, '/')).status).toBe(200);
  });

  it.each([
    '/..%2Fdist-subpath%2Fsecret.txt',
    '/..%2Fdist-scorm%2Fsecret.txt',
    '/..%2Fsecret.txt',
    '/%2e%2e%2fsecret.txt',
    '/guide/..%2F..%2Fsecret.txt',
    '/..%5Csecret.txt',
  ])('never serves a file outside the site: %s', async (path) => {
    const reply = await get(site, path);
    expect(reply.status).toBe(404);
    expect(reply.body.toString()).not.toContain('secret');
  });

  it('keeps the site under its base path', async () => {
    expect((await get(subpath, '/training/academy/guide/')).status).toBe(200);
    expect((await get(subpath, '/training/academy')).headers.location).toBe('/training/academy/');
    expect((await get(subpath, '/guide/')).status).toBe(404);
    expect((await get(subpath, '/training/academy-other/')).status).toBe(404);
    expect((await get(subpath, '/training/academy/..%2F..%2Fsecret.txt')).status).toBe(404);
  });

  it('sends the site’s 404 page, or a plain one when the site has none', async () => {
    const missing = await get(site, '/no/such/page/');
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toContain('custom 404');
    const plain = await get(bare, '/no/such/page/');
    expect(plain.status).toBe(404);
    expect(plain.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect((await get(bare, '/')).status).toBe(200);
  });

  it('compresses text for browsers that accept gzip, and not otherwise', async () => {
    const zipped = await get(site, '/search-index.json', { 'accept-encoding': 'gzip, br' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(zipped.body).toString()).words).toContain('lorem');
    expect(zipped.headers.vary).toBe('Accept-Encoding');
    const plain = await get(site, '/search-index.json');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect((await get(site, '/logo.png', { 'accept-encoding': 'gzip' })).headers['content-encoding']).toBeUndefined();
  });

  it('sends ETag and Last-Modified, and answers conditional requests with 304', async () => {
    const first = await get(site, '/search-index.json', { 'accept-encoding': 'gzip' });
    const etag = first.headers.etag as string;
    const modified = first.headers['last-modified'] as string;
    expect(etag).toMatch(/^W\/"[^"]+"$/);
    expect(new Date(modified).getTime()).toBeGreaterThan(0);
    expect(first.headers['cache-control']).toBe('no-cache');

    const again = await get(site, '/search-index.json', { 'accept-encoding': 'gzip', 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(etag);
    expect((await get(site, '/search-index.json', { 'if-none-match': `"other", ${etag}` })).status).toBe(304);
    expect((await get(site, '/search-index.json', { 'if-none-match': '*' })).status).toBe(304);
    expect((await get(site, '/search-index.json', { 'if-none-match': '"other"' })).status).toBe(200);

    expect((await get(site, '/search-index.json', { 'if-modified-since': modified })).status).toBe(304);
    expect((await get(site, '/search-index.json', { 'if-modified-since': new Date(Date.parse(modified) - 60_000).toUTCString() })).status).toBe(200);
    expect((await get(site, '/search-index.json', { 'if-modified-since': 'not a date' })).status).toBe(200);
    // If-None-Match wins over If-Modified-Since.
    expect((await get(site, '/search-index.json', { 'if-none-match': '"other"', 'if-modified-since': modified })).status).toBe(200);
    expect((await get(site, '/search-index.json', { 'if-none-match': etag }, 'HEAD')).status).toBe(304);
  });

  it('changes the validators when a file is rebuilt', async () => {
    const before = await get(site, '/guide/');
    writeFileSync(join(folder, 'dist/guide/index.html'), '<p>guide, rebuilt</p>');
    const later = new Date(Date.now() + 120_000);
    utimesSync(join(folder, 'dist/guide/index.html'), later, later);
    const after = await get(site, '/guide/', { 'if-none-match': before.headers.etag as string, 'if-modified-since': before.headers['last-modified'] as string });
    expect(after.status).toBe(200);
    expect(after.body.toString()).toContain('rebuilt');
    expect(after.headers.etag).not.toBe(before.headers.etag);
  });

  it('answers only GET and HEAD', async () => {
    const post = await get(site, '/', {}, 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
    const head = await get(site, '/', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
  });
});
