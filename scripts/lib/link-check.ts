/**
 * Checks a built site for broken internal links, anchors and assets, and for anything that would be
 * loaded from another host. Works on a map of files so it can be tested without a build.
 */

/** A built page or asset: its path inside the output folder (`tracks/it/index.html`) and, for pages, its HTML. */
export interface SiteFile {
  path: string;
  html?: string;
}

export interface LinkProblem {
  page: string;
  target: string;
  reason: string;
}

/** Attributes that make the browser fetch something by itself (as opposed to a link the learner follows). */
const LOADING = /<(script|img|iframe|source|audio|video|embed|object|link)\b[^>]*?\s(src|href|data|srcset)="([^"]*)"/gi;
const ANY_URL = /\s(href|src)="([^"]*)"/gi;
const IDS = /\sid="([^"]*)"/gi;

const decode = (value: string) => value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

/** The URL path a file is served at under `base` (`tracks/it/index.html` → `/base/tracks/it/`). */
export function servedPath(base: string, path: string): string {
  return base + path.replace(/(^|\/)index\.html$/, '$1');
}

export function checkLinks(files: SiteFile[], base: string, origin = 'http://site.local'): LinkProblem[] {
  const byUrlPath = new Map<string, SiteFile>();
  for (const file of files) {
    byUrlPath.set(servedPath(base, file.path), file);
    byUrlPath.set(base + file.path, file);
  }
  const idsCache = new Map<SiteFile, Set<string>>();
  const idsOf = (file: SiteFile) => {
    let ids = idsCache.get(file);
    if (!ids) {
      ids = new Set([...(file.html ?? '').matchAll(IDS)].map((m) => decode(m[1])));
      idsCache.set(file, ids);
    }
    return ids;
  };

  const problems: LinkProblem[] = [];
  for (const page of files.filter((f) => f.html !== undefined && f.path.endsWith('.html'))) {
    const pageUrl = new URL(servedPath(base, page.path), origin);
    const html = page.html!;

    for (const [, tag, , raw] of html.matchAll(LOADING)) {
      const candidates = decode(raw).split(',').map((part) => part.trim().split(/\s+/)[0]).filter(Boolean);
      for (const candidate of candidates) {
        const target = new URL(candidate, pageUrl);
        if (target.protocol !== 'data:' && target.origin !== pageUrl.origin) {
          problems.push({ page: page.path, target: candidate, reason: `<${tag}> loads from another host — ship the file in public/ instead` });
        }
      }
    }

    for (const [, , raw] of html.matchAll(ANY_URL)) {
      const href = decode(raw);
      if (/^(mailto|tel|javascript):/i.test(href)) continue;
      const target = new URL(href, pageUrl);
      if (target.origin !== pageUrl.origin) continue; // links out are allowed; loads are checked above
      if (!target.pathname.startsWith(base)) {
        problems.push({ page: page.path, target: href, reason: `points outside the base path ${base}` });
        continue;
      }
      const file = byUrlPath.get(decodeURIComponent(target.pathname));
      if (!file) {
        problems.push({ page: page.path, target: href, reason: 'no such page or file' });
        continue;
      }
      const anchor = decodeURIComponent(target.hash.slice(1));
      if (anchor && !idsOf(file).has(anchor)) {
        problems.push({ page: page.path, target: href, reason: `no element with id "${anchor}" on that page` });
      }
    }
  }
  return problems;
}
