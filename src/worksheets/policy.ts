import { readStoredFields, type WorksheetFields } from './fields.ts';
import { isoDay, joinBlocks, markdownText } from './markdown.ts';
import {
  JURISDICTION_LABELS,
  JURISDICTIONS,
  POLICY_INTRO,
  POLICY_LAW_AS_OF,
  POLICY_NOTICE,
  POLICY_RIGHTS,
  POLICY_SECTIONS,
  POLICY_TITLE,
  type Jurisdiction,
  type PolicyProfileFlag,
  type PolicySection,
  type PolicyText,
} from './policy-sections.ts';

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
  /** Named in the policy's title and in the disclosure examples; optional. */
  organisation: string;
  /** Who to ask about posts, in the learner's words: "the communications team", "social@example.com". */
  contact: string;
  /** Who to ask about legal, compliance, market and legal-hold questions. */
  legalContact: string;
  /** Which version of the text: the law differs between the US, the EU and the UK. */
  jurisdiction: Jurisdiction;
  /** What the organization is; decides whether the listed-company and registered-person sections start included. */
  profile: Record<PolicyProfileFlag, boolean>;
  /** Section id → choice, for every section of the builder. */
  sections: Record<string, SectionChoice>;
}

/** Used wherever the policy says who to ask about posts, until the learner names someone. */
export const DEFAULT_CONTACT = 'the communications team';
/** Used wherever the policy says who to ask about legal, compliance and market questions. */
export const DEFAULT_LEGAL_CONTACT = 'the legal and compliance team';
/** Stands in for the organization's name in the disclosure examples until the learner gives one. */
export const ORGANISATION_PLACEHOLDER = '[company name]';
export const DEFAULT_JURISDICTION: Jurisdiction = 'us';
/** The profile a general counsel of a listed company without a broker-dealer would start from. */
export const DEFAULT_PROFILE: Record<PolicyProfileFlag, boolean> = { listed: true, regulated: false };

/** Keys of the stored worksheet record (see src/worksheets/README.md, "Stored shape"). */
export const policyKeys = {
  organisation: 'organisation',
  contact: 'contact',
  legalContact: 'legalContact',
  jurisdiction: 'jurisdiction',
  profile: (flag: PolicyProfileFlag) => `profile.${flag}`,
  include: (section: string) => `${section}.include`,
  variant: (section: string) => `${section}.variant`,
  clause: (section: string, clause: string) => `${section}.clause.${clause}`,
  addition: (section: string) => `${section}.addition`,
};

/**
 * Keys written by the builder before its 2026 rebuild that now mean something else: old key → new
 * key. The new key wins when both are stored. The market-information clause of the confidentiality
 * section became its own section, "Insider information and the share price".
 */
export const FORMER_KEYS: Record<string, string> = {
  'confidentiality.clause.market-information': policyKeys.include('market'),
};

const YES = 'yes';
const NO = 'no';

const flag = (value: string | undefined, fallback: boolean) => (value === YES ? true : value === NO ? false : fallback);

/** Copies answers stored under former keys to the keys that now carry them. */
export function migratePolicyFields(fields: WorksheetFields): WorksheetFields {
  const migrated = { ...fields };
  for (const [former, current] of Object.entries(FORMER_KEYS)) {
    if (migrated[current] === undefined && migrated[former] !== undefined) migrated[current] = migrated[former]!;
  }
  return migrated;
}

function readSection(section: PolicySection, fields: WorksheetFields, profile: Record<PolicyProfileFlag, boolean>): SectionChoice {
  const storedVariant = fields[policyKeys.variant(section.id)];
  const variant = section.variants.some((v) => v.id === storedVariant) ? storedVariant! : section.variants[0].id;
  const includedByDefault = section.appliesWhen ? profile[section.appliesWhen] : true;
  return {
    include: flag(fields[policyKeys.include(section.id)], includedByDefault),
    variant,
    clauses: Object.fromEntries(section.clauses.map((clause) => [clause.id, flag(fields[policyKeys.clause(section.id, clause.id)], clause.byDefault)])),
    addition: fields[policyKeys.addition(section.id)] ?? '',
  };
}

const isJurisdiction = (value: string | undefined): value is Jurisdiction => (JURISDICTIONS as readonly string[]).includes(value ?? '');

/**
 * The versions the builder offers for a site's `jurisdictions` setting, in the builder's order: an
 * EU-only course offers the EU version. A setting that names none of them (only `other`) offers all.
 */
export function offeredJurisdictions(siteJurisdictions: readonly string[]): Jurisdiction[] {
  const offered = JURISDICTIONS.filter((id) => siteJurisdictions.includes(id));
  return offered.length > 0 ? offered : [...JURISDICTIONS];
}

/**
 * The learner's choices read from a stored worksheet record, including records saved before the
 * 2026 rebuild (former keys are mapped, see `FORMER_KEYS`). Missing, unknown or malformed values fall
 * back to the defaults (with no stored version, the first one `offered`); nothing here throws.
 */
export function readPolicyChoices(raw: unknown, offered: readonly Jurisdiction[] = JURISDICTIONS): PolicyChoices {
  const fields = migratePolicyFields(readStoredFields(raw));
  const storedJurisdiction = fields[policyKeys.jurisdiction];
  const profile = {
    listed: flag(fields[policyKeys.profile('listed')], DEFAULT_PROFILE.listed),
    regulated: flag(fields[policyKeys.profile('regulated')], DEFAULT_PROFILE.regulated),
  };
  return {
    organisation: fields[policyKeys.organisation] ?? '',
    contact: fields[policyKeys.contact] ?? '',
    legalContact: fields[policyKeys.legalContact] ?? '',
    // A stored choice stays even if the site no longer offers it: nothing the learner chose is lost.
    jurisdiction: isJurisdiction(storedJurisdiction) ? storedJurisdiction : offered.includes(DEFAULT_JURISDICTION) ? DEFAULT_JURISDICTION : (offered[0] ?? DEFAULT_JURISDICTION),
    profile,
    sections: Object.fromEntries(POLICY_SECTIONS.map((section) => [section.id, readSection(section, fields, profile)])),
  };
}

/** Choices as the flat string record the progress store keeps. */
export function policyChoicesToFields(choices: PolicyChoices): WorksheetFields {
  const fields: WorksheetFields = {
    [policyKeys.organisation]: choices.organisation,
    [policyKeys.contact]: choices.contact,
    [policyKeys.legalContact]: choices.legalContact,
    [policyKeys.jurisdiction]: choices.jurisdiction,
    [policyKeys.profile('listed')]: choices.profile.listed ? YES : NO,
    [policyKeys.profile('regulated')]: choices.profile.regulated ? YES : NO,
  };
  for (const section of POLICY_SECTIONS) {
    const choice = choices.sections[section.id] ?? readSection(section, {}, choices.profile);
    fields[policyKeys.include(section.id)] = choice.include ? YES : NO;
    fields[policyKeys.variant(section.id)] = choice.variant;
    for (const clause of section.clauses) fields[policyKeys.clause(section.id, clause.id)] = choice.clauses[clause.id] ? YES : NO;
    fields[policyKeys.addition(section.id)] = choice.addition;
  }
  return fields;
}

/** The value a checkbox or "include" switch stores. */
export const storedFlag = (on: boolean) => (on ? YES : NO);

/** A text in the chosen jurisdiction's version. */
export const textFor = (text: PolicyText, jurisdiction: Jurisdiction): string => (typeof text === 'string' ? text : text[jurisdiction]);

/** One section of the draft: plain text (not Markdown), ready to show, print or export. */
export interface DraftSection {
  heading: string;
  paragraphs: string[];
}

/** Why a section of the draft reads as it does: the chosen option's note and each ticked clause's. */
export interface DraftNote {
  heading: string;
  notes: string[];
}

export interface PolicyDraft {
  title: string;
  notice: string;
  /** The version the text follows, e.g. "United States". */
  jurisdiction: string;
  intro: string;
  /** The chosen sections, numbered, then the rights section that every draft keeps. */
  sections: DraftSection[];
  /** Drafting notes for counsel, one per section of the draft, in the same order. */
  notes: DraftNote[];
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
 * section in the chosen jurisdiction's version, its ticked clauses and the learner's own addition,
 * with `{contact}`, `{legal}` and `{org}` filled in. The rights section closes every draft, whatever
 * was chosen, because no option may take those rights away.
 */
export function assemblePolicy(choices: PolicyChoices): PolicyDraft {
  const contact = oneLine(choices.contact) || DEFAULT_CONTACT;
  const legal = oneLine(choices.legalContact) || DEFAULT_LEGAL_CONTACT;
  const organisation = oneLine(choices.organisation);
  const { jurisdiction } = choices;
  const fill = (text: PolicyText) =>
    textFor(text, jurisdiction)
      .replaceAll('{contact}', contact)
      .replaceAll('{legal}', legal)
      .replaceAll('{org}', organisation || ORGANISATION_PLACEHOLDER);

  const chosen = POLICY_SECTIONS.flatMap((section) => {
    const choice = choices.sections[section.id] ?? readSection(section, {}, choices.profile);
    if (!choice.include) return [];
    const variant = section.variants.find((v) => v.id === choice.variant) ?? section.variants[0];
    const clauses = section.clauses.filter((clause) => choice.clauses[clause.id]);
    return [
      {
        title: section.title,
        paragraphs: [...variant.paragraphs, ...clauses.map((clause) => clause.paragraph)].map(fill).concat(paragraphsOf(choice.addition)),
        notes: [
          `${variant.label}: ${textFor(variant.note, jurisdiction)}`,
          ...clauses.map((clause) => `${clause.label}: ${textFor(clause.note, jurisdiction)}`),
        ],
      },
    ];
  });

  const numbered = chosen.map((section, index) => ({ ...section, heading: `${index + 1}. ${section.title}` }));
  return {
    title: organisation ? `${POLICY_TITLE}: ${organisation}` : POLICY_TITLE,
    notice: POLICY_NOTICE,
    jurisdiction: JURISDICTION_LABELS[jurisdiction],
    intro: fill(POLICY_INTRO),
    sections: [
      ...numbered.map(({ heading, paragraphs }) => ({ heading, paragraphs })),
      { heading: POLICY_RIGHTS.title, paragraphs: POLICY_RIGHTS.paragraphs.map(fill) },
    ],
    notes: [...numbered.map(({ heading, notes }) => ({ heading, notes })), { heading: POLICY_RIGHTS.title, notes: [textFor(POLICY_RIGHTS.note, jurisdiction)] }],
  };
}

/** Heading of the drafting notes in the Markdown file. */
export const NOTES_HEADING = 'Drafting notes for counsel (delete before publishing)';

/**
 * The draft as a Markdown document, notice first so it travels with every copy, then the policy,
 * then the drafting notes that explain each choice for the reviewing lawyer.
 */
export function policyToMarkdown(draft: PolicyDraft, options: { date: Date; siteTitle: string }): string {
  return joinBlocks([
    `# ${markdownText(draft.title)}`,
    `> **${markdownText(draft.notice)}**`,
    `_Drafted on ${isoDay(options.date)} with the policy builder of ${markdownText(options.siteTitle)}. Version: ${markdownText(draft.jurisdiction)}._`,
    markdownText(draft.intro),
    ...draft.sections.flatMap((section) => [`## ${markdownText(section.heading)}`, ...section.paragraphs.map(markdownText)]),
    `## ${NOTES_HEADING}`,
    `The notes state the law as of ${POLICY_LAW_AS_OF}.`,
    ...draft.notes.flatMap((entry) => [`### ${markdownText(entry.heading)}`, entry.notes.map((note) => `- ${markdownText(note)}`).join('\n')]),
  ]);
}
