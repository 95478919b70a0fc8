/**
 * Turns a built site into one that works from any folder without directory index files, as LMSs
 * serve packages: every site URL becomes relative, and every link to a page names its
 * `index.html`. The site is built with a marker base path (`BASE_PATH=/<marker>/`), so each site
 * URL in the output starts with the marker and nothing else can be mistaken for one.
 */

/** The base path a package build uses; no real URL contains it. */
export const PACKAGE_BASE_MARKER = '/scorm-package-base-7f3a/';

/** Files whose text may hold site URLs. */
const TEXT_FILE = /\.(html|js|mjs|css|json|xml|svg|txt|webmanifest)$/;

export const isTextFile = (path: string) => TEXT_FILE.test(path);

/** `../` once per folder between a file and the site root (`./` at the root). */
export function rootPrefix(path: string): string {
  const depth = path.split('/').length - 1;
  return depth === 0 ? './' : '../'.repeat(depth);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One file's text with its site URLs made relative to the file. In HTML, a URL of a folder
 * (ending in `/`) gets `index.html`; the bare base path does too where it is a link (`href`,
 * `action`), and stays a folder prefix elsewhere (islands add paths to it at run time), as does a
 * `data-…folder` attribute (the search index's folder, which the search code adds file names to). Scripts
 * and styles resolve URLs against their own location (all in `_astro/`), so they only lose the
 * marker.
 */
export function relativiseText(path: string, text: string, marker = PACKAGE_BASE_MARKER): string {
  if (!text.includes(marker)) return text;
  const prefix = rootPrefix(path);
  if (!path.endsWith('.html')) return text.split(marker).join(prefix);
  const siteUrl = new RegExp(`${escapeRegExp(marker)}([^"'\\s<>#?&\\\\]*)`, 'g');
  return text.replace(siteUrl, (_, rest: string, offset: number) => {
    // A folder the page's scripts add file names to (`data-search-folder`) stays a folder.
    if (rest.endsWith('/') && /\sdata-[a-z-]*folder=["']?$/.test(text.slice(Math.max(0, offset - 40), offset))) return prefix + rest;
    if (rest.endsWith('/')) return `${prefix}${rest}index.html`;
    if (rest === '' && /\s(?:href|action)=["']?$/.test(text.slice(Math.max(0, offset - 10), offset))) return `${prefix}index.html`;
    return prefix + rest;
  });
}

/** A reference in a built page that an LMS without directory indexes or at another path would break. */
export interface PackageProblem {
  file: string;
  reference: string;
}

const URL_ATTRIBUTE = /\s(?:href|src|action|component-url|renderer-url|before-hydration-url)="([^"]*)"/g;

/**
 * References that would break in a package: root-relative URLs (`/…`), links to folders (which
 * need an index file) and leftovers of the marker anywhere. Empty when the package is portable.
 */
export function packageProblems(files: ReadonlyMap<string, string>, marker = PACKAGE_BASE_MARKER): PackageProblem[] {
  const problems: PackageProblem[] = [];
  for (const [file, text] of files) {
    if (text.includes(marker)) problems.push({ file, reference: marker });
    if (!file.endsWith('.html')) continue;
    for (const [, raw] of text.matchAll(URL_ATTRIBUTE)) {
      const reference = raw.replace(/&amp;/g, '&');
      if (/^(?:[a-z][a-z0-9+.-]*:|#)/i.test(reference)) continue; // other schemes and in-page anchors
      const path = reference.split(/[?#]/)[0]!;
      if (reference.startsWith('/') || path.endsWith('/') || path === '' || path === '.' || path === '..') problems.push({ file, reference });
    }
  }
  return problems;
}

/**
 * A link the course builds at run time (search results, progress lists) to a folder, with its
 * `index.html` added; undefined for anything else. Package pages apply it to links as they are
 * followed.
 */
export function withIndexFile(href: string, pageUrl: string): string | undefined {
  let target: URL;
  try {
    target = new URL(href, pageUrl);
  } catch {
    return undefined;
  }
  if (target.origin !== new URL(pageUrl).origin || !target.pathname.endsWith('/')) return undefined;
  target.pathname += 'index.html';
  return target.href;
}
