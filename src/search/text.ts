/**
 * Text handling shared by the index (build time) and the queries and snippets (in the browser), so
 * that a word is cut and normalised the same way on both sides.
 */

/** A word as a reader sees it: letters and digits, possibly joined by apostrophes or hyphens (don't, two-factor). */
export const WORD_PATTERN = /[\p{L}\p{N}]+(?:['’\-‐‑][\p{L}\p{N}]+)*/gu;

const HEADING_END = /[.!?:…]$/;

/**
 * Turns a lesson's Markdown (or MDX) body into plain running text for indexing and snippets:
 * markup, link targets, MDX imports and tags are dropped; headings and list items become sentences.
 */
export function markdownToText(markdown: string): string {
  return markdownToBlocks(markdown).join(' ');
}

/**
 * The plain text of a Markdown body as the blocks a browser renders (paragraphs, list items,
 * headings, table rows, quotes), in order. A text fragment (`#:~:text=`) matches within one block,
 * so a link that highlights words on arrival picks them from a single block.
 */
export function markdownToBlocks(markdown: string): string[] {
  const blocks: string[][] = [[]];
  const lines = markdown
    .replace(/\r\n?/g, '\n')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .split('\n');
  const endBlock = () => {
    if (blocks.at(-1)!.length > 0) blocks.push([]);
  };
  for (const raw of lines) {
    let line = raw.trim();
    if (/^(import|export)\s/.test(line) || /^(```|~~~)/.test(line) || /^\|?\s*:?-{3,}/.test(line) || /^([-*_]\s*){3,}$/.test(line)) continue;
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    // A heading, list item, quote or table row starts a block of its own.
    if (heading || /^(>|[-*+]\s|\d+[.)]\s|\|)/.test(line)) endBlock();
    line = (heading ? heading[1] : line)
      .replace(/^(>\s*)+/, '')
      .replace(/^([-*+]|\d+[.)])\s+/, '')
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
      .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
      .replace(/(\*\*|__)(.+?)\1/g, '$2')
      .replace(/(^|[^\p{L}\p{N}])[*_](\S(?:.*?\S)?)[*_](?=[^\p{L}\p{N}]|$)/gu, '$1$2')
      .replace(/`([^`]*)`/g, '$1')
      .replace(/\s*\|\s*/g, ' ')
      .replace(/&nbsp;/g, ' ')
      .replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name] ?? '')
      .replace(/\s+/g, ' ')
      .trim();
    if (!line) {
      endBlock();
      continue;
    }
    if (heading && !HEADING_END.test(line)) line += '.';
    blocks.at(-1)!.push(line);
    if (heading) endBlock();
  }
  return blocks.map((block) => block.join(' ')).filter(Boolean);
}

/** Joins short texts (a summary, objectives) into one passage, ending each with a full stop. */
export function joinSentences(parts: readonly string[]): string {
  return parts
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => (HEADING_END.test(part) ? part : `${part}.`))
    .join(' ');
}

/**
 * The search terms (before stemming) a written word stands for: lowercase ASCII without accents or
 * apostrophes, a possessive dropped (Domino’s → domino), and a hyphenated word both as its parts and
 * joined (e-discovery → e, discovery, ediscovery) so either spelling finds it.
 */
export function wordTerms(word: string): string[] {
  const plain = word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/['’]/g, '');
  const parts = plain.split(/[-‐]/).map((part) => part.replace(/[^a-z0-9]/g, '')).filter(Boolean);
  return parts.length > 1 ? [...parts, parts.join('')] : parts;
}

/** Every search term in a text, in order (a hyphenated word gives its parts and the joined form). */
export function textTerms(text: string): string[] {
  return Array.from(text.matchAll(WORD_PATTERN), (match) => wordTerms(match[0])).flat();
}
