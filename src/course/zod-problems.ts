import type { z } from 'astro/zod';
import type { Problem } from './problems.ts';

type Issue = z.core.$ZodIssue;
type RawIssue = z.core.$ZodRawIssue;

/**
 * Names a field the way an author sees it: `questions[2] (q3).choices`.
 * Array items that carry an `id` get it in brackets so the author can find them in the file.
 */
export function fieldName(path: readonly PropertyKey[], data: unknown): string {
  let name = '';
  let node: unknown = data;
  for (const key of path) {
    if (typeof key === 'number') {
      name += `[${key}]`;
      node = Array.isArray(node) ? node[key] : undefined;
      const id = node && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
      if (typeof id === 'string' || typeof id === 'number') name += ` (${id})`;
    } else {
      name += name ? `.${String(key)}` : String(key);
      node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    }
  }
  return name;
}

/** zod's type names in an author's words, with their article. */
const KINDS: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a set of fields',
  date: 'a date',
};
const kind = (expected: string) => KINDS[expected] ?? `a ${expected}`;

function describeValue(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'object') return 'a set of fields';
  return `${kind(typeof value)} (${String(value)})`;
}

const sizeNoun = (origin: string, size: number | bigint) =>
  origin === 'array' ? `${size} item${size === 1 ? '' : 's'}` : origin === 'string' ? `${size} character${size === 1 ? '' : 's'}` : String(size);

/**
 * The message for every issue whose schema gives none of its own, by issue code (never by zod's
 * English wording, which changes between versions). Passed to zod as its error map.
 */
export function authorMessage(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `is missing — add ${kind(issue.expected)} here`;
      if (issue.input instanceof Date && issue.expected === 'string') return 'is read as a date — put it in double quotes, e.g. "2024-05-16"';
      return `should be ${kind(issue.expected)}, found ${describeValue(issue.input)} — change its value`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} — remove ${issue.keys.length > 1 ? 'them' : 'it'} or check the spelling`;
    case 'too_small':
      return `is too small (at least ${sizeNoun(issue.origin, issue.minimum)}) — ${issue.origin === 'array' ? 'add more' : 'raise it'}`;
    case 'too_big':
      return `is too large (at most ${sizeNoun(issue.origin, issue.maximum)}) — ${issue.origin === 'array' ? 'remove some' : 'lower it'}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      return `is not a valid ${issue.format} — check its spelling`;
    case 'invalid_union':
      return 'does not match any of the allowed forms — check the field against content/README.md';
    default:
      return undefined;
  }
}

/** Validates `data` against `schema` and turns every issue into a problem of `file`. */
export function parseWithProblems<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: string,
): { value?: z.infer<S>; problems: Problem[] } {
  const result = schema.safeParse(data, { reportInput: true, error: authorMessage });
  if (result.success) return { value: result.data, problems: [] };
  return {
    problems: result.error.issues.map((issue: Issue) => ({
      file,
      field: fieldName(issue.path, data),
      message: issue.message,
    })),
  };
}
