import type { GlossaryEntry } from './schemas/glossary.ts';

/** The glossary in A–Z order of its terms, as /glossary/ lists it (case and accents ignored). */
export const sortGlossary = (entries: readonly GlossaryEntry[]) =>
  [...entries].sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));

/** The letter an entry is filed under: A–Z, or "#" for terms that start with a digit or symbol. */
export function glossaryLetter(entry: GlossaryEntry): string {
  const first = entry.term.normalize('NFD').charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}

/** Entries grouped by letter, in order, for an A–Z index. */
export function glossaryByLetter(entries: readonly GlossaryEntry[]): { letter: string; anchor: string; entries: GlossaryEntry[] }[] {
  const groups: { letter: string; anchor: string; entries: GlossaryEntry[] }[] = [];
  for (const entry of sortGlossary(entries)) {
    const letter = glossaryLetter(entry);
    const last = groups.at(-1);
    if (last?.letter === letter) last.entries.push(entry);
    else groups.push({ letter, anchor: `letter-${letter === '#' ? 'digits' : letter.toLowerCase()}`, entries: [entry] });
  }
  return groups;
}
