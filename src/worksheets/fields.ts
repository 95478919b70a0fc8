/**
 * Worksheet answers are stored as a flat record of strings (the progress store's contract). What
 * comes back from storage may be missing, from an older version or hand-edited, so every read goes
 * through here: anything that is not a string-to-string record is dropped, never thrown.
 */
export type WorksheetFields = Record<string, string>;

/** Keeps only the string values of a stored record; anything else reads as an empty worksheet. */
export function readStoredFields(raw: unknown): WorksheetFields {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const fields: WorksheetFields = {};
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value === 'string') fields[key] = value;
  }
  return fields;
}

/** True when two records hold the same keys and values (order does not matter). */
export function sameFields(a: WorksheetFields, b: WorksheetFields): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && a[key] === b[key]);
}
