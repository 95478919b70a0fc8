/** Normalises a deployment base path to `/` or `/a/b/` (leading and trailing slash). */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** Prefixes a root-relative site path (`/tracks/it/`) with the base path (`/training/tracks/it/`). */
export function withBase(base: string, path: string): string {
  return normaliseBase(base) + path.replace(/^\/+/, '');
}
