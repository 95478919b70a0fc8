import type { BrowserContext, Page } from '@playwright/test';

/** Where the default build keeps progress (see src/progress/safe-storage.ts). */
export const PROGRESS_KEY = 'social-literacy-academy:progress';
export const BACKUP_KEY = 'social-literacy-academy:progress-backup';
/** Visits noted by pages that do not load the store, until it folds them in (src/progress/pending-visits.ts). */
export const PENDING_KEY = 'social-literacy-academy:pending-visits';

/** The module ids of a track, read from its page in order. */
export async function trackModuleIds(page: Page, track: string): Promise<string[]> {
  await page.goto(`/tracks/${track}/`);
  const hrefs = await page.getByRole('list', { name: 'Modules' }).getByRole('heading').getByRole('link').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  return hrefs.map((path) => path.split('/').filter(Boolean).slice(-2).join('/'));
}

/** A valid progress record in which each given module's quiz was passed with the given share. */
export function passedRecord(moduleIds: string[], score = 1, learnerName?: string) {
  const date = (i: number) => new Date(Date.UTC(2026, 0, 10 + i, 9)).toISOString();
  return {
    version: 1,
    ...(learnerName ? { learnerName } : {}),
    modules: Object.fromEntries(moduleIds.map((id, i) => [id, { firstVisited: date(i), lastVisited: date(i), completed: date(i) }])),
    quizzes: Object.fromEntries(moduleIds.map((id, i) => [id, { attempts: [{ correct: Math.round(score * 5), total: 5, score: Math.round(score * 5) / 5, passed: true, date: date(i) }] }])),
    worksheets: {},
  };
}

/** The record with a passed final check of `track` (a v1 record gains it as version 2 would hold it). */
export function withPassedFinal<R extends ReturnType<typeof passedRecord>>(record: R, track: string) {
  const date = new Date(Date.UTC(2026, 0, 20, 9)).toISOString();
  const attempt = { correct: 8, total: 8, score: 1, passed: true, date, contentVersion: 'e2e-pool', answers: [] };
  return { ...record, version: 2, finalChecks: { [track]: { attempts: [attempt] } }, attestations: {} };
}

/**
 * Puts `text` under the progress key before the first page of the context loads, once: later
 * navigations keep whatever the course saved since.
 */
export async function seedStorage(context: BrowserContext, text: string, key = PROGRESS_KEY) {
  await context.addInitScript(
    ([k, value]) => {
      if (localStorage.getItem('e2e:seeded') !== null) return;
      localStorage.setItem('e2e:seeded', '1');
      localStorage.setItem(k!, value!);
    },
    [key, text],
  );
}

/** The stored progress record of the page's origin. */
export async function storedProgress(page: Page) {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), PROGRESS_KEY);
}

/** Modules the learner opened: those in the record and those still pending for the store to fold in. */
export async function visitedModules(page: Page): Promise<string[]> {
  const [record, pending] = await page.evaluate((keys) => keys.map((key) => JSON.parse(localStorage.getItem(key) ?? 'null')), [PROGRESS_KEY, PENDING_KEY]);
  return [...new Set([...Object.keys(record?.modules ?? {}), ...Object.keys(pending?.visits ?? {})])].sort();
}
