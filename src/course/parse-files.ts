import { extractFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { load, YAMLException } from 'js-yaml';
import type { Problem } from './problems.ts';

/** A content file as read from disk: its path relative to the project root and its text. */
export interface RawFile {
  path: string;
  text: string;
}

/**
 * Parses YAML exactly as Astro's content loaders do (js-yaml, YAML 1.1: an unquoted `2024-01-01`
 * is a date), so the course check sees the same values the build will; a syntax error becomes a
 * problem naming the line. `lineOffset` is added to the error's line (for frontmatter).
 */
export function parseYaml(file: RawFile, text = file.text, lineOffset = 0): { data?: unknown; problems: Problem[] } {
  try {
    return { data: load(text) ?? {}, problems: [] };
  } catch (error) {
    const where = error instanceof YAMLException && error.mark ? `line ${error.mark.line + 1 + lineOffset}: ` : '';
    const reason = error instanceof YAMLException ? error.reason : error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      problems: [{ file: file.path, field: '', message: `${where}not valid YAML (${reason}) — fix the syntax; quote text that contains a colon` }],
    };
  }
}

/**
 * Splits an MDX file into its YAML frontmatter data and its body, finding the frontmatter with
 * Astro's own pattern.
 */
export function parseFrontmatter(file: RawFile): { data?: unknown; body: string; problems: Problem[] } {
  const raw = extractFrontmatter(file.text);
  if (raw === undefined) {
    return {
      body: file.text,
      problems: [{ file: file.path, field: '', message: 'has no frontmatter — start the file with a --- line, the fields, and another --- line' }],
    };
  }
  const end = file.text.indexOf(raw) + raw.length + '---'.length;
  // The captured text starts on the line of the opening ---, so its line numbers are the file's.
  const { data, problems } = parseYaml(file, raw, 0);
  return { data, body: file.text.slice(end).replace(/^\r?\n/, ''), problems };
}
