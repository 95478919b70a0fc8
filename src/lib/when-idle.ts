/**
 * Runs `task` once the page has loaded and the browser is idle. Content pages use it to fetch the
 * progress store (about 12 KB gzip, most of it zod) off the critical path, so their own script
 * stays within the 10 KB budget.
 */
export function whenIdle(task: () => void): void {
  const schedule = () => ('requestIdleCallback' in window ? window.requestIdleCallback(() => task(), { timeout: 2000 }) : setTimeout(task, 200));
  if (document.readyState === 'complete') schedule();
  else window.addEventListener('load', schedule, { once: true });
}
