/**
 * Keeps room for the home page's "Continue" row when the browser holds progress, so filling it in
 * moves nothing below it. Runs as an inline script right after the row (`inlineScript` in
 * color-scheme.ts), so it uses nothing outside itself.
 */
export function reserveContinueRow(key: string): void {
  try {
    if (localStorage.getItem(key) !== null) document.querySelector('[data-continue]')?.classList.add('continue--expected');
  } catch {
    // Blocked storage: no progress to continue.
  }
}
