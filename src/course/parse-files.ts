import { parse, YAMLParseError } from 'yaml';
import type { Problem } from './problems.ts';

/** A content file as read from disk: its path relative to the project root and its text. */
export interface RawFile {
  path: string;
  text: string;
}

/** Parses a YAML document; a syntax error becomes a problem naming the line. */
export function parseYaml(file: RawFile, text = file.text, lineOffset = 0): { data?: unknown; problems: Problem[] } {
  try {
    return { data: parse(text) ?? {}, problems: [] };
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? `line ${error.linePos[0].line + lineOffset}: ` : '';
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      problems: [{ file: file.path, field: '', message: `${where}not valid YAML (${reason}) — fix the syntax; quote text that contains a colon` }],
    };
  }
}

/** Splits an MDX file into its YAML frontmatter data and its body. */
export function parseFrontmatter(file: RawFile): { data?: unknown; body: string; problems: Problem[] } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(file.text);
  if (!match) {
    return {
      body: file.text,
      problems: [{ file: file.path, field: '', message: 'has no frontmatter — start the file with a --- line, the fields, and another --- line' }],
    };
  }
  const { data, problems } = parseYaml(file, match[1], 1);
  return { data, body: file.text.slice(match[0].length), problems };
}

/** Counts the words of a Markdown body, ignoring markup. */
export function countWords(markdown: string): number {
  const text = markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#>*_`|-]+/g, ' ');
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
