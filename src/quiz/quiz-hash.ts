/**
 * A stable fingerprint of a quiz's data. A saved attempt is only resumed when the quiz it was taken
 * on has the same fingerprint: an edited quiz could have lost the question or choice ids it points to.
 */
export function quizHash(quiz: unknown): string {
  const text = stableStringify(quiz);
  return fnv1a(text, 0x811c9dc5) + fnv1a(text, 0x01000193);
}

/** JSON with object keys sorted, so key order in the YAML never changes the hash. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** 32-bit FNV-1a over UTF-16 code units, as 8 hex digits. */
function fnv1a(text: string, offset: number): string {
  let hash = offset >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
