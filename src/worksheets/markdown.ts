/**
 * Small helpers for turning what a learner typed into safe, readable Markdown: their words never
 * become headings, links, HTML or emphasis by accident, and their line breaks are kept.
 */

/** Characters that change meaning anywhere in a Markdown line. */
const INLINE_SPECIALS = /[\\`*_[\]<>~]/g;

/**
 * Escapes one line of learner text. List markers at the start of a line are kept on purpose (people
 * type "- first step" in a text box and mean a list); a leading `#`, or a line of only `=` or `-`
 * (which would underline the line above into a heading), is escaped.
 */
function escapeLine(line: string): string {
  const escaped = line.replace(INLINE_SPECIALS, (char) => `\\${char}`).replace(/^(\s*)\\\*(\s)/, '$1*$2');
  const startsBlock = /^\s*#/.test(escaped) || /^\s*([=-])(\s*\1)*\s*$/.test(escaped);
  return startsBlock ? escaped.replace(/^(\s*)/, '$1\\') : escaped;
}

/**
 * Learner text as a Markdown block: trimmed, special characters escaped, blank lines collapsed to
 * one paragraph break and single line breaks kept as hard breaks (two trailing spaces).
 */
export function markdownText(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').trim().split('\n').map((line) => escapeLine(line.trimEnd()));
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/([^\n])\n(?=[^\n])/g, '$1  \n');
}

/** Joins Markdown blocks with one blank line between them and a final newline. */
export function joinBlocks(blocks: string[]): string {
  return `${blocks.filter((block) => block.trim() !== '').join('\n\n')}\n`;
}

/** A date as YYYY-MM-DD in the learner's own calendar day (not UTC). */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A file name made from a title: lowercase letters, digits and hyphens. */
export function fileNameFor(title: string, extension: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${base || 'worksheet'}.${extension}`;
}
