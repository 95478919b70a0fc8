// A small static file server for the built course: `npm start`, the end-to-end tests, bench and
// Lighthouse use it. Any static web server works the same way; this one needs nothing beyond Node,
// and behaves like a well-configured intranet server: text gzip-compressed, validators (ETag,
// Last-Modified) with 304 answers to conditional requests, and nothing outside the site served.
//   node scripts/serve.mjs [--dir dist] [--port 4321] [--host 127.0.0.1] [--base /]
// The base path defaults to BASE_PATH, as in the build, so the site is served where it was built for.
// `--port 0` picks a free port; the address printed at start is the real one.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: process.env.OUT_DIR ?? 'dist' },
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    host: { type: 'string', default: '127.0.0.1' },
    base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
  },
});
const root = resolve(values.dir);
const base = `/${values.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const types = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg', '.webp': 'image/webp', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8', '.zip': 'application/zip', '.woff2': 'font/woff2',
};

if (!existsSync(join(root, 'index.html'))) {
  console.error(`No built site in ${root}: run \`npm run build\` first.`);
  process.exit(1);
}

// Text is sent gzip-compressed when the browser accepts it, as intranet web servers usually do.
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.svg', '.txt', '.xml']);

/** A file as served: its bytes, gzipped copy and validators, kept until the file changes on disk. */
const cache = new Map();
function load(file) {
  const stats = statSync(file);
  const key = `${file}:${stats.mtimeMs}:${stats.size}`; // a rebuilt file is read again
  let entry = cache.get(file);
  if (entry?.key !== key) {
    const body = readFileSync(file);
    entry = {
      key,
      body,
      gzipped: undefined,
      // Weak: the same validator covers the gzipped and the plain representation.
      etag: `W/"${createHash('sha1').update(body).digest('base64url').slice(0, 27)}"`,
      // HTTP dates have whole seconds.
      modified: new Date(Math.floor(stats.mtimeMs / 1000) * 1000),
    };
    cache.set(file, entry);
  }
  return entry;
}

/** Whether the browser's copy is current (RFC 9110 §13.1: If-None-Match wins over If-Modified-Since). */
function notModified(req, entry) {
  const match = req.headers['if-none-match'];
  if (match !== undefined) {
    const weak = (tag) => tag.trim().replace(/^W\//, '');
    return match.trim() === '*' || match.split(',').some((tag) => weak(tag) === weak(entry.etag));
  }
  const since = Date.parse(req.headers['if-modified-since'] ?? '');
  return !Number.isNaN(since) && entry.modified.getTime() <= since;
}

function send(req, res, status, file) {
  const entry = load(file);
  const headers = {
    'Content-Type': types[extname(file)] ?? 'application/octet-stream',
    // Browsers may keep a copy but ask each time: a 304 costs a few hundred bytes.
    'Cache-Control': 'no-cache',
    Vary: 'Accept-Encoding',
  };
  if (status === 200) {
    headers.ETag = entry.etag;
    headers['Last-Modified'] = entry.modified.toUTCString();
    if (notModified(req, entry)) {
      res.writeHead(304, headers).end();
      return;
    }
  }
  let body = entry.body;
  if (COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
    entry.gzipped ??= gzipSync(entry.body);
    body = entry.gzipped;
    headers['Content-Encoding'] = 'gzip';
  }
  res.writeHead(status, { ...headers, 'Content-Length': body.length });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function sendText(res, status, text, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache', ...headers }).end(text);
}

/** The site's own 404 page, or a plain one if the build has none. */
function notFound(req, res) {
  const page = join(root, '404.html');
  if (existsSync(page)) send(req, res, 404, page);
  else sendText(res, 404, 'Not found');
}

/** The file a URL path names inside the site, or undefined if it would leave the site's folder. */
function fileFor(pathname) {
  const file = resolve(root, `.${sep}${pathname.slice(base.length)}`);
  const inside = relative(root, file);
  return inside === '' || (!isAbsolute(inside) && inside !== '..' && !inside.startsWith(`..${sep}`)) ? file : undefined;
}

function handle(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    return sendText(res, 400, 'Bad request: the address has a malformed %-escape');
  }
  if (pathname.includes('\0')) return sendText(res, 400, 'Bad request');
  if (pathname === base.slice(0, -1)) {
    res.writeHead(301, { Location: base }).end();
    return;
  }
  if (!pathname.startsWith(base)) return notFound(req, res);
  let file = fileFor(pathname);
  if (!file) return notFound(req, res);
  if (existsSync(file) && statSync(file).isDirectory()) {
    if (!pathname.endsWith('/')) {
      res.writeHead(301, { Location: `${encodeURI(pathname)}/` }).end();
      return;
    }
    file = join(file, 'index.html');
  }
  if (!existsSync(file) || !statSync(file).isFile()) return notFound(req, res);
  send(req, res, 200, file);
}

const server = createServer((req, res) => {
  try {
    handle(req, res);
  } catch (error) {
    // Nothing a request does stops the server.
    console.error(error);
    if (!res.headersSent) sendText(res, 500, 'Internal server error');
    else res.end();
  }
});
server.listen(Number(values.port), values.host, () => {
  const { port } = server.address();
  console.log(`Social Literacy Academy is running at http://${values.host}:${port}${base}  (Ctrl+C to stop)`);
});
