import type { Contact, ContactKind, Jurisdiction, SiteSettings } from './schemas/site.ts';
import { CONTACT_KINDS, JURISDICTIONS } from './schemas/site.ts';

/** Whom a learner should ask when the trainer has not named a contact of this kind. */
const GENERIC_CONTACTS: Record<ContactKind, string> = {
  escalation: 'your manager or your social media team',
  privacy: 'your privacy or data-protection team',
  security: 'your IT security team',
  socialTeam: 'your social media team',
};

export const genericContact = (kind: ContactKind) => GENERIC_CONTACTS[kind];

/** How to reach a contact, in the order a learner would try them, each with a link where one exists. */
export function contactMeans(contact: Contact): { text: string; href?: string }[] {
  const means: { text: string; href?: string }[] = [];
  // A number must not break across lines: its spaces become non-breaking ones.
  if (contact.phone) means.push({ text: contact.phone.replace(/ /g, '\u00a0'), href: `tel:${contact.phone.replace(/[^+0-9]/g, '')}` });
  if (contact.email) means.push({ text: contact.email, href: `mailto:${contact.email}` });
  if (contact.chat) means.push({ text: contact.chat });
  if (contact.url) means.push({ text: contact.url.replace(/^https?:\/\//, '').replace(/\/$/, ''), href: contact.url });
  return means;
}

/** A contact in one line of plain text, for handouts and certificates. */
export function contactLine(kind: ContactKind, contact: Contact | undefined): string {
  if (!contact) return genericContact(kind);
  const means = contactMeans(contact).map((mean) => mean.text);
  return means.length > 0 ? `${contact.name} (${means.join(', ')})` : contact.name;
}

/** The policy's name as a lesson mentions it. */
export function policyLabel(policy: SiteSettings['policy']): string {
  if (!policy) return 'your organization’s social media policy';
  return policy.version ? `${policy.title} (version ${policy.version})` : policy.title;
}

const JURISDICTION_NAMES: Record<Jurisdiction, string> = { us: 'United States', eu: 'European Union', uk: 'United Kingdom', other: 'Other countries' };

const parseJurisdictions = (list: string) => list.split(',').map((part) => part.trim()).filter((part): part is Jurisdiction => (JURISDICTIONS as readonly string[]).includes(part));

/** True when any of the passage's jurisdictions is enabled for this course. */
export const showsJurisdiction = (list: string, enabled: readonly Jurisdiction[]) => parseJurisdictions(list).some((jurisdiction) => enabled.includes(jurisdiction));

/** "In the European Union and the United Kingdom" */
export function jurisdictionLabel(list: string): string {
  const names = parseJurisdictions(list).map((jurisdiction) => JURISDICTION_NAMES[jurisdiction]);
  const withArticle = names.map((name) => (name === 'Other countries' ? 'other countries' : `the ${name}`));
  return `In ${withArticle.length > 1 ? `${withArticle.slice(0, -1).join(', ')} and ${withArticle.at(-1)}` : withArticle[0]}`;
}

/** Contacts in the order handouts and certificates list them, named as the lessons name them. */
export const CONTACT_HEADINGS: Record<ContactKind, string> = {
  escalation: 'Escalation contact: anything worrying',
  privacy: 'Privacy contact: personal data exposed',
  security: 'Security contact: a hacked account or a scam',
  socialTeam: 'Social media team',
};

/**
 * Printable text with this organization's settings filled in: `{contact:x}` becomes the contact
 * (or whom to ask), `{policy}` the policy's name. Returns pieces so **bold** can be rendered.
 */
export function fillPrintText(text: string, site: Pick<SiteSettings, 'contacts' | 'policy'>): { text: string; bold: boolean }[] {
  const filled = text
    .replace(/\{contact:([A-Za-z]+)\}/g, (_, kind: string) => ((CONTACT_KINDS as readonly string[]).includes(kind) ? contactLine(kind as ContactKind, site.contacts[kind as ContactKind]) : ''))
    .replace(/\{policy\}/g, policyLabel(site.policy));
  return filled.split(/\*\*/).map((piece, index) => ({ text: piece, bold: index % 2 === 1 })).filter((piece) => piece.text !== '');
}
