/**
 * CSV for spreadsheets (RFC 4180): fields quoted when they hold a comma, quote or line break, CRLF
 * line ends, and a byte order mark so Excel reads UTF-8 names correctly.
 *
 * Learner names come from files learners send: a cell starting with `=`, `+`, `-`, `@` (or a tab
 * or carriage return) would run as a formula in a spreadsheet, so it gets a leading `'` and shows
 * as text. @see https://owasp.org/www-community/attacks/CSV_Injection
 */

/** One cell, safe to open in a spreadsheet. */
export function csvCell(value: string | number | boolean | undefined): string {
  let text = value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV file: the header row, then the rows. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | undefined)[])[]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
