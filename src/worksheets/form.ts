import type { WorksheetDefinition, WorksheetField, WorksheetSection } from '../course/schemas/worksheet.ts';
import { readStoredFields, type WorksheetFields } from './fields.ts';
import { isoDay, joinBlocks, markdownText } from './markdown.ts';

/**
 * Worksheets written as content (`content/worksheets/*.yaml`): the boxes they ask for, how their
 * answers are stored and read back (including answers an earlier version stored under other keys),
 * and their Markdown copy. One island renders every such worksheet.
 */

/** One box as it appears on the page: its field, the stored key and, in a repeated section, its number. */
export interface FormBox {
  field: WorksheetField;
  /** `<section>.<field>`, or `<section>.<n>.<field>` in a repeated section. */
  key: string;
  /** 1, 2, 3… in a repeated section. */
  instance?: number;
}

/** The instances of a section: one, or `repeat` of them, each with its boxes. */
export function sectionInstances(section: WorksheetSection): { instance?: number; boxes: FormBox[] }[] {
  const count = section.repeat ?? 1;
  return Array.from({ length: count }, (_, index) => {
    const instance = section.repeat ? index + 1 : undefined;
    return {
      instance,
      boxes: section.fields.map((field) => ({ field, instance, key: instance ? `${section.id}.${instance}.${field.key}` : `${section.id}.${field.key}` })),
    };
  });
}

/** Every box of the worksheet, in reading order. */
export const formBoxes = (definition: WorksheetDefinition): FormBox[] =>
  definition.sections.flatMap((section) => sectionInstances(section).flatMap((instance) => instance.boxes));

/** The text an earlier version stored for a box: its former keys' answers, joined in order. */
function carriedOver(field: WorksheetField, stored: WorksheetFields): string | undefined {
  const parts = (field.formerKeys ?? [])
    .map((former) => (typeof former === 'string' ? { key: former, label: undefined } : former))
    .map(({ key, label }) => ({ label, text: stored[key]?.trim() ?? '' }))
    .filter((part) => part.text !== '');
  if (parts.length === 0) return undefined;
  if (parts.length === 1 && !parts[0].label) return parts[0].text;
  return parts.map((part) => (part.label ? `${part.label}: ${part.text}` : part.text)).join('\n');
}

/**
 * A worksheet's answers read from storage: every box as a string. A box never saved takes what an
 * earlier version stored under its former keys (nothing is truncated: the learner trims it). Keys the
 * definition does not know are kept, so saving never drops what another version wrote.
 */
export function readForm(definition: WorksheetDefinition, raw: unknown): WorksheetFields {
  const stored = readStoredFields(raw);
  const fields: WorksheetFields = { ...stored };
  for (const box of formBoxes(definition)) {
    if (typeof stored[box.key] === 'string') continue;
    fields[box.key] = (box.instance === undefined || box.instance === 1 ? carriedOver(box.field, stored) : undefined) ?? '';
  }
  return fields;
}

/** The sections a learner sees: a section marked onlyIfFilled appears only while it holds text. */
export const visibleSections = (definition: WorksheetDefinition, fields: WorksheetFields) =>
  definition.sections.filter((section) => !section.onlyIfFilled || sectionInstances(section).some(({ boxes }) => boxes.some((box) => fields[box.key]?.trim())));

/** True when the learner has written nothing in any box yet. */
export const isFormEmpty = (definition: WorksheetDefinition, fields: WorksheetFields) => formBoxes(definition).every((box) => !fields[box.key]?.trim());

export interface FormHeader {
  date: Date;
  siteTitle: string;
  organisation?: string;
  learnerName?: string;
}

const NOT_WRITTEN = '_Not written yet._';

/** The filled-in worksheet as Markdown: title, who and when, then each section's boxes. */
export function formToMarkdown(definition: WorksheetDefinition, fields: WorksheetFields, header: FormHeader): string {
  const who = [header.learnerName && `Name: ${markdownText(header.learnerName)}`, header.organisation && `Organization: ${markdownText(header.organisation)}`, `Date: ${isoDay(header.date)}`]
    .filter(Boolean)
    .join('  \n');
  const sections = visibleSections(definition, fields).map((section) => {
    const instances = sectionInstances(section).map(({ instance, boxes }) => {
      // The help travels with the answer: a downloaded runbook keeps its checklists.
      const lines = boxes.map(({ field, key }) =>
        [`**${markdownText(field.label)}:**  `, ...(field.help && (instance ?? 1) === 1 ? [`_${markdownText(field.help)}_  `] : []), fields[key]?.trim() ? markdownText(fields[key]) : NOT_WRITTEN].join('\n'),
      );
      return instance ? `### ${instance}.\n\n${lines.join('\n\n')}` : lines.join('\n\n');
    });
    return [`## ${markdownText(section.title)}`, ...(section.intro ? [`_${markdownText(section.intro)}_`] : []), ...instances].join('\n\n');
  });
  return joinBlocks([`# ${markdownText(definition.title)}`, who, ...(definition.intro ? [markdownText(definition.intro)] : []), ...sections, `_From ${markdownText(header.siteTitle)}._`]);
}
