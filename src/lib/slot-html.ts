/**
 * MDX wraps child components written on consecutive lines in a paragraph (`<p><li>…</li>\n<li>…</li></p>`).
 * Components whose children render list items unwrap them so the list stays valid HTML.
 */
export const unwrapListItems = (html: string) =>
  html
    .replace(/<p>\s*(?=<li[\s>])/g, '')
    .replace(/(<\/li>)\s*<\/p>/g, '$1');

/** Pulls the elements marked `data-part="<name>"` out of rendered slot HTML, in order. */
export function partsOf(html: string, part: string, tag: string): string[] {
  const pattern = new RegExp(`<${tag}[^>]*data-part="${part}"[\\s\\S]*?</${tag}>`, 'g');
  return html.match(pattern) ?? [];
}
