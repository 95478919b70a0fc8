/**
 * Keeps a <details> open on wide screens and closed on narrow ones. The header's menu and a
 * lesson's track steps fold into a <details> on phones; on wide screens CSS shows their contents
 * anyway (global.css, `::details-content`), and opening them there as well keeps what assistive
 * technology and keyboard checks see the same as what is on screen. It runs as an inline script
 * (the header's) or in a module script; it changes nothing on screen, so when does not matter.
 */
export function openWhenWide(selector: string, query: string): void {
  const details = document.querySelector<HTMLDetailsElement>(selector);
  if (!details) return;
  const wide = matchMedia(query);
  details.open = wide.matches;
  wide.addEventListener('change', (event) => {
    details.open = event.matches;
  });
}
