import type { z } from 'astro/zod';
import type { Problem } from './problems.ts';

type Issue = z.core.$ZodIssue;

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

function describe(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `is missing — add a ${issue.expected} here`
        : `should be a ${issue.expected}, found ${describeValue(issue.input)} — change its value`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} — remove ${issue.keys.length > 1 ? 'them' : 'it'} or check the spelling`;
    case 'too_small':
      return issue.message.startsWith('Too small') ? `is too small (at least ${String(issue.minimum)}) — raise it` : issue.message;
    case 'too_big':
      return issue.message.startsWith('Too big') ? `is too large (at most ${String(issue.maximum)}) — lower it` : issue.message;
    default:
      return issue.message;
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `a ${typeof value}`;
}

/** Validates `data` against `schema` and turns every issue into a problem of `file`. */
export function parseWithProblems<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: string,
): { value?: z.infer<S>; problems: Problem[] } {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return { value: result.data, problems: [] };
  return {
    problems: result.error.issues.map((issue) => ({
      file,
      field: fieldName(issue.path, data),
      message: describe(issue),
    })),
  };
}
