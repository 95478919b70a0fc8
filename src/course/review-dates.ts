/** Review dates are months, `YYYY-MM`; these helpers compare and print them. */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const parts = (month: string): [number, number] => {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return [year, number];
};

/** Whole months from `from` to `to` (negative when `from` is later). */
export function monthsBetween(from: string, to: string): number {
  const [fromYear, fromMonth] = parts(from);
  const [toYear, toMonth] = parts(to);
  return (toYear - fromYear) * 12 + (toMonth - fromMonth);
}

/** "2026-12" → "December 2026". */
export function formatMonth(month: string): string {
  const [year, number] = parts(month);
  return `${MONTHS[number - 1]} ${year}`;
}

/** The month of a date in UTC, `YYYY-MM`: builds on any machine agree on "today". */
export const monthOf = (date: Date) => date.toISOString().slice(0, 7);
