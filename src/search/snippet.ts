import { stem } from './terms.ts';
import { wordTerms, WORD_PATTERN } from './text.ts';

/** A piece of text to show, marked when it is a matched word. Render as text, never as HTML. */
export interface Segment {
  text: string;
  match: boolean;
}

/** Snippet length in characters, before the ellipses. */
export const SNIPPET_CHARS = 220;

/** A test for "is this written word one of the matched index terms?" (same normalising and stemming as the index). */
export function matcherFor(terms: Iterable<string>): (word: string) => boolean {
  const matched = new Set(terms);
  return (word) => matched.size > 0 && wordTerms(word).some((term) => matched.has(stem(term)));
}

/** The whole text, cut into plain and matched segments (for titles). */
export function highlight(text: string, isMatch: (word: string) => boolean): Segment[] {
  return segments(text, 0, text.length, isMatch);
}

/**
 * The passage of about `length` characters with the most different matched words, cut at word
 * boundaries, with ellipses where text was left out; the opening of the text when nothing matched.
 */
export function snippet(text: string, isMatch: (word: string) => boolean, length = SNIPPET_CHARS): Segment[] {
  if (text.length <= length) return segments(text, 0, text.length, isMatch);
  const matches: { start: number; term: string }[] = [];
  for (const found of text.matchAll(WORD_PATTERN)) {
    if (isMatch(found[0])) matches.push({ start: found.index, term: found[0].toLowerCase() });
    if (matches.length >= 500) break;
  }
  let start = 0;
  let bestScore = 0;
  for (let i = 0; i < matches.length; i++) {
    const windowStart = Math.max(0, matches[i].start - 40);
    const inWindow = new Set<string>();
    let hitsInWindow = 0;
    for (let j = i; j < matches.length && matches[j].start < windowStart + length - 20; j++) {
      inWindow.add(matches[j].term);
      hitsInWindow++;
    }
    const score = inWindow.size * 10 + hitsInWindow;
    if (score > bestScore) {
      bestScore = score;
      start = windowStart;
    }
  }
  // Snap to word boundaries: start after a space, end before one.
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space === -1 || space > start + 30 ? start : space + 1;
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start + length / 2) end = space;
  }
  const parts = segments(text, start, end, isMatch);
  if (start > 0) parts.unshift({ text: '… ', match: false });
  if (end < text.length) parts.push({ text: ' …', match: false });
  return merge(parts);
}

function segments(text: string, start: number, end: number, isMatch: (word: string) => boolean): Segment[] {
  const slice = text.slice(start, end);
  const parts: Segment[] = [];
  let last = 0;
  for (const found of slice.matchAll(WORD_PATTERN)) {
    if (!isMatch(found[0])) continue;
    if (found.index > last) parts.push({ text: slice.slice(last, found.index), match: false });
    parts.push({ text: found[0], match: true });
    last = found.index + found[0].length;
  }
  if (last < slice.length) parts.push({ text: slice.slice(last), match: false });
  return parts;
}

/** Joins neighbouring plain segments. */
function merge(parts: Segment[]): Segment[] {
  return parts.reduce<Segment[]>((merged, part) => {
    const previous = merged.at(-1);
    if (previous && !previous.match && !part.match) previous.text += part.text;
    else merged.push({ ...part });
    return merged;
  }, []);
}
