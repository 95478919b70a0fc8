import { readStoredFields, type WorksheetFields } from './fields.ts';
import { isoDay, joinBlocks, markdownText } from './markdown.ts';
import { POLICY_INTRO, POLICY_NOTICE, POLICY_RIGHTS, POLICY_SECTIONS, POLICY_TITLE, type PolicySection } from './policy-sections.ts';

/** What the learner chose for one section. */
export interface SectionChoice {
  include: boolean;
  variant: string;
  /** Clause id → ticked. */
  clauses: Record<string, boolean>;
  /** Their own words, added at the end of the section. */
  addition: string;
}

export interface PolicyChoices {
  /** Named in the policy's title; optional. */
  organisation: string;
  /** Who to ask, in the learner's words: "the communications team", "social@example.com". */
  contact: string;
  /** Section id → choice, for every section of the builder. */
  sections: Record<string, SectionChoice>;
}

/** Used wherever the policy says who to ask, until the learner names someone. */
export const DEFAULT_CONTACT = 'the communications team';

/** Keys of the stored worksheet record. */
export const policyKeys = {
  organisation: 'organisation',
  contact: 'contact',
  include: (section: string) => `${section}.include`,
  variant: (section: string) => `${section}.variant`,
  clause: (section: string, clause: string) => `${section}.clause.${clause}`,
  addition: (section: string) => `${section}.addition`,
};

const YES = 'yes';
const NO = 'no';

const flag = (value: string | undefined, fallback: boolean) => (value === YES ? true : value === NO ? false : fallback);

function readSection(section: PolicySection, fields: WorksheetFields): SectionChoice {
  const storedVariant = fields[policyKeys.variant(section.id)];
  const variant = section.variants.some((v) => v.id === storedVariant) ? storedVariant! : section.variants[0].id;
  return {
    include: flag(fields[policyKeys.include(section.id)], true),
    variant,
    clauses: Object.fromEntries(section.clauses.map((clause) => [clause.id, flag(fields[policyKeys.clause(section.id, clause.id)], clause.byDefault)])),
    addition: fields[policyKeys.addition(section.id)] ?? '',
  };
}

/**
 * The learner's choices read from a stored worksheet record. Missing, unknown or malformed values
 * fall back to the enabling defaults; nothing here throws.
 */
export function readPolicyChoices(raw: unknown): PolicyChoices {
  const fields = readStoredFields(raw);
  return {
    organisation: fields[policyKeys.organisation] ?? '',
    contact: fields[policyKeys.contact] ?? '',
    sections: Object.fromEntries(POLICY_SECTIONS.map((section) => [section.id, readSection(section, fields)])),
  };
}

/** Choices as the flat string record the progress store keeps. */
export function policyChoicesToFields(choices: PolicyChoices): WorksheetFields {
  const fields: WorksheetFields = { [policyKeys.organisation]: choices.organisation, [policyKeys.contact]: choices.contact };
  for (const section of POLICY_SECTIONS) {
    const choice = choices.sections[section.id] ?? readSection(section, {});
    fields[policyKeys.include(section.id)] = choice.include ? YES : NO;
    fields[policyKeys.variant(section.id)] = choice.variant;
    for (const clause of section.clauses) fields[policyKeys.clause(section.id, clause.id)] = choice.clauses[clause.id] ? YES : NO;
    fields[policyKeys.addition(section.id)] = choice.addition;
  }
  return fields;
}

/** The value a checkbox or "include" switch stores. */
export const storedFlag = (on: boolean) => (on ? YES : NO);

/** One section of the draft: plain text (not Markdown), ready to show, print or export. */
export interface DraftSection {
  heading: string;
  paragraphs: string[];
}

export interface PolicyDraft {
  title: string;
  notice: string;
  intro: string;
  /** The chosen sections, numbered, then the rights section that every draft keeps. */
  sections: DraftSection[];
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Splits the learner's addition into paragraphs at blank lines. */
const paragraphsOf = (text: string) =>
  text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);

/**
 * Assembles the draft policy from the learner's choices: the chosen variant of every included
 * section, its ticked clauses and the learner's own addition, with `{contact}` filled in. The rights
 * section closes every draft, whatever was chosen, because no option may take those rights away.
 */
export function assemblePolicy(choices: PolicyChoices): PolicyDraft {
  const contact = oneLine(choices.contact) || DEFAULT_CONTACT;
  const fill = (text: string) => text.replaceAll('{contact}', contact);
  const organisation = oneLine(choices.organisation);

  const chosen = POLICY_SECTIONS.flatMap((section) => {
    const choice = choices.sections[section.id] ?? readSection(section, {});
    if (!choice.include) return [];
    const variant = section.variants.find((v) => v.id === choice.variant) ?? section.variants[0];
    const clauses = section.clauses.filter((clause) => choice.clauses[clause.id]).map((clause) => clause.paragraph);
    return [{ title: section.title, paragraphs: [...variant.paragraphs, ...clauses].map(fill).concat(paragraphsOf(choice.addition)) }];
  });

  return {
    title: organisation ? `${POLICY_TITLE}: ${organisation}` : POLICY_TITLE,
    notice: POLICY_NOTICE,
    intro: fill(POLICY_INTRO),
    sections: [
      ...chosen.map((section, index) => ({ heading: `${index + 1}. ${section.title}`, paragraphs: section.paragraphs })),
      { heading: POLICY_RIGHTS.title, paragraphs: [POLICY_RIGHTS.paragraph] },
    ],
  };
}

/** The draft as a Markdown document, notice first so it travels with every copy. */
export function policyToMarkdown(draft: PolicyDraft, options: { date: Date; siteTitle: string }): string {
  return joinBlocks([
    `# ${markdownText(draft.title)}`,
    `> **${markdownText(draft.notice)}**`,
    `_Drafted on ${isoDay(options.date)} with the policy builder of ${markdownText(options.siteTitle)}._`,
    markdownText(draft.intro),
    ...draft.sections.flatMap((section) => [`## ${markdownText(section.heading)}`, ...section.paragraphs.map(markdownText)]),
  ]);
}
