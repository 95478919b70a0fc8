import { withBase } from '../course/paths.ts';
import type { SearchHit } from './query.ts';
import type { Fragment, SearchDocumentType } from './search-data.ts';
import { highlight, matcherFor, snippet, type Segment } from './snippet.ts';

/** A result ready to show: everything is text segments (rendered as text, never as HTML). */
export interface PresentedHit {
  hit: SearchHit;
  /** The page's title, matched words marked. */
  title: Segment[];
  /** Headings from the page down to the section (an h3 under its h2), matched words marked; none for a page's opening. */
  headings: Segment[][];
  snippet: Segment[];
  /** The link: the page, the section's anchor and a text fragment that highlights the words on arrival. */
  href: string;
  type: SearchDocumentType;
  company?: string;
  year?: number;
}

/** Words a text fragment may hold: letters and digits only, so the page's own typography (curly quotes, dashes) cannot make it miss. */
const PLAIN_WORD = /^[\p{L}\p{N}]+$/u;
/** Words a text fragment takes around the first matched one, each side. */
const FRAGMENT_CONTEXT = 3;

/**
 * A text directive (`:~:text=…`) that makes the browser highlight the matched words when the
 * link opens, or '' when none fits. It takes the longest run of matched words next to each other
 * (within one block, which is where a browser matches a directive; ties go to the block with more
 * different matched words, then the first), with a few plain words of the same clause around it,
 * so the text is unlikely to occur earlier on the page. If the page's text differs after all, the
 * browser ignores the directive and the anchor applies.
 */
export function textDirective(text: string, isMatch: (word: string) => boolean): string {
  let best: { words: string[]; start: number; end: number; rank: number } | undefined;
  for (const block of text.split('\n')) {
    const words = block.split(' ').filter(Boolean);
    // Only plain words count (a quoted or hyphenated one may be typeset differently on the page).
    const matches = words.map((word) => (plain(word) && isMatch(word.replace(/[.,;:!?]$/, '')) ? word.replace(/[.,;:!?]$/, '').toLowerCase() : undefined));
    const distinct = new Set(matches.filter(Boolean)).size;
    for (let i = 0; i < words.length; i++) {
      if (!matches[i]) continue;
      let j = i;
      // A run of matched words, each joined to the next without a clause break.
      while (j + 1 < words.length && matches[j + 1] && !endsClause(words[j])) j++;
      const rank = (j - i + 1) * 100 + distinct;
      if (!best || rank > best.rank) best = { words, start: i, end: j, rank };
      i = j;
    }
  }
  if (!best) return '';
  const { words } = best;
  let { start, end } = best;
  while (start > 0 && best.start - start < FRAGMENT_CONTEXT && plain(words[start - 1]) && !endsClause(words[start - 1])) start--;
  while (!endsClause(words[end]) && end + 1 < words.length && end - best.end < FRAGMENT_CONTEXT && plain(words[end + 1])) end++;
  const run = words.slice(start, end + 1).map((word) => word.replace(/[.,;:!?]$/, ''));
  if (!run.every((word) => PLAIN_WORD.test(word))) return '';
  // Percent-encoded, and "-", "," and "&" too, which the directive's own syntax uses.
  return `:~:text=${encodeURIComponent(run.join(' ')).replace(/-/g, '%2D')}`;
}

/** A word a directive may hold, with at most a clause mark after it. */
const plain = (word: string) => PLAIN_WORD.test(word.replace(/[.,;:!?]$/, ''));
/** A word that ends a clause ("number," "publicly."): a directive's run stops after it. */
const endsClause = (word: string) => /[.,;:!?]$/.test(word);

/** A hit with its fragment, ready to render, linking under the site's base path. */
export function presentHit(hit: SearchHit, fragment: Fragment, base: string): PresentedHit {
  const isMatch = matcherFor(hit.terms);
  const headings = fragment.heading ? [...(fragment.parents ?? []), fragment.heading] : [];
  const anchor = fragment.anchor ? encodeURIComponent(fragment.anchor) : '';
  const directive = textDirective(fragment.text, isMatch);
  return {
    hit,
    title: highlight(fragment.title, isMatch),
    headings: headings.map((heading) => highlight(heading, isMatch)),
    snippet: snippet(fragment.text.replace(/\n/g, ' '), isMatch),
    href: `${withBase(base, fragment.path)}${anchor || directive ? `#${anchor}${directive}` : ''}`,
    type: fragment.type,
    ...(fragment.company !== undefined && { company: fragment.company }),
    ...(fragment.year !== undefined && { year: fragment.year }),
  };
}
