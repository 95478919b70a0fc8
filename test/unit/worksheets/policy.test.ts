import { describe, expect, it } from 'vitest';
import {
  assemblePolicy,
  DEFAULT_CONTACT,
  DEFAULT_LEGAL_CONTACT,
  FORMER_KEYS,
  NOTES_HEADING,
  offeredJurisdictions,
  ORGANISATION_PLACEHOLDER,
  policyChoicesToFields,
  policyKeys,
  policyToMarkdown,
  readPolicyChoices,
  textFor,
} from '../../../src/worksheets/policy.ts';
import {
  JURISDICTIONS,
  POLICY_LAW_AS_OF,
  POLICY_NOTICE,
  POLICY_RIGHTS,
  POLICY_SECTIONS,
  type Jurisdiction,
  type PolicyText,
} from '../../../src/worksheets/policy-sections.ts';

const options = { date: new Date(2026, 11, 4), siteTitle: 'Social Literacy Academy' };
const allText = (draft: ReturnType<typeof assemblePolicy>) => [draft.intro, ...draft.sections.flatMap((s) => [s.heading, ...s.paragraphs])].join('\n');
const inJurisdiction = (jurisdiction: Jurisdiction, extra: Record<string, string> = {}) => ({ [policyKeys.jurisdiction]: jurisdiction, ...extra });

/** Every section included, every clause ticked, with the given variant picked by index (clamped). */
function everything(jurisdiction: Jurisdiction, variantIndex: number): Record<string, string> {
  const fields: Record<string, string> = inJurisdiction(jurisdiction);
  for (const section of POLICY_SECTIONS) {
    fields[policyKeys.include(section.id)] = 'yes';
    fields[policyKeys.variant(section.id)] = section.variants[Math.min(variantIndex, section.variants.length - 1)]!.id;
    for (const clause of section.clauses) fields[policyKeys.clause(section.id, clause.id)] = 'yes';
  }
  return fields;
}

/** A record as the builder stored it before the 2026 rebuild: the six old sections, British keys. */
const OLD_SHAPE_RECORD = {
  organisation: 'Acme Robotics',
  contact: 'social@acme.example',
  'speaking.variant': 'after-training',
  'speaking.clause.company-accounts': 'yes',
  'disclosure.variant': 'disclose',
  'disclosure.clause.own-views': 'yes',
  'confidentiality.clause.market-information': 'yes',
  'confidentiality.addition': 'Our code names stay internal.',
  'respect.include': 'no',
  'personal-accounts.variant': 'own-time',
  'consequences.variant': 'disciplinary',
  'consequences.addition': 'HR handles every case.\n\nAsk your HR partner.',
  'a.key.from.another.version': 'kept',
};

describe('the policy sections', () => {
  it('keep the six original section ids, in order, among the new ones, with unique ids everywhere', () => {
    const ids = POLICY_SECTIONS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    const original = ['speaking', 'disclosure', 'confidentiality', 'respect', 'personal-accounts', 'consequences'];
    expect(ids.filter((id) => original.includes(id))).toEqual(original);
    for (const added of ['market', 'registered', 'ai', 'others-content', 'records', 'political', 'recording', 'managers', 'governance']) expect(ids).toContain(added);
    for (const section of POLICY_SECTIONS) {
      expect(new Set(section.variants.map((v) => v.id)).size).toBe(section.variants.length);
      expect(new Set(section.clauses.map((c) => c.id)).size).toBe(section.clauses.length);
      expect(section.help.trim()).not.toBe('');
    }
  });

  it('explain every option with a note in both versions', () => {
    for (const jurisdiction of JURISDICTIONS) {
      for (const section of POLICY_SECTIONS) {
        for (const option of [...section.variants, ...section.clauses]) expect(textFor(option.note, jurisdiction).trim().length).toBeGreaterThan(20);
      }
      expect(textFor(POLICY_RIGHTS.note, jurisdiction).trim()).not.toBe('');
    }
  });

  it('keep every variant and clause id the builder stored before 2026, so saved choices still apply', () => {
    const byId = Object.fromEntries(POLICY_SECTIONS.map((s) => [s.id, s]));
    const old: Record<string, { variants: string[]; clauses: string[] }> = {
      speaking: { variants: ['everyone', 'after-training', 'spokespeople-only'], clauses: ['pass-on-questions', 'company-accounts'] },
      disclosure: { variants: ['disclose', 'disclose-no-reviews'], clauses: ['examples', 'own-views'] },
      confidentiality: { variants: ['named-categories', 'plus-work-in-progress'], clauses: ['customers'] },
      respect: { variants: ['same-as-at-work', 'leave-critics-to-team'], clauses: ['correct-mistakes', 'stay-calm'] },
      'personal-accounts': { variants: ['yours', 'own-time'], clauses: ['privacy-settings', 'list-your-job'] },
      consequences: { variants: ['talk-first', 'disciplinary'], clauses: ['report', 'training'] },
    };
    for (const [id, { variants, clauses }] of Object.entries(old)) {
      expect(byId[id]!.variants.map((v) => v.id)).toEqual(expect.arrayContaining(variants));
      expect(byId[id]!.clauses.map((c) => c.id)).toEqual(expect.arrayContaining(clauses));
    }
    expect(FORMER_KEYS['confidentiality.clause.market-information']).toBe(policyKeys.include('market'));
  });
});

describe('offeredJurisdictions', () => {
  it('offers the versions the site names, in the builder\'s order, and all of them when it names none', () => {
    expect(offeredJurisdictions(['eu'])).toEqual(['eu']);
    expect(offeredJurisdictions(['uk', 'us', 'other'])).toEqual(['us', 'uk']);
    expect(offeredJurisdictions(['other'])).toEqual(['us', 'eu', 'uk']);
  });

  it('starts a new draft on the first version offered, and keeps a stored choice the site no longer offers', () => {
    expect(readPolicyChoices({}, ['eu']).jurisdiction).toBe('eu');
    expect(readPolicyChoices({}, ['us', 'uk']).jurisdiction).toBe('us');
    expect(readPolicyChoices({ [policyKeys.jurisdiction]: 'uk' }, ['eu']).jurisdiction).toBe('uk');
  });
});

describe('readPolicyChoices', () => {
  it.each([undefined, null, 'x', [1], 3])('reads %j as the defaults', (raw) => {
    const choices = readPolicyChoices(raw);
    expect(choices.jurisdiction).toBe('us');
    expect(choices.profile).toEqual({ listed: true, regulated: false });
    for (const section of POLICY_SECTIONS) {
      const choice = choices.sections[section.id]!;
      expect(choice.include).toBe(section.appliesWhen !== 'regulated');
      expect(choice.variant).toBe(section.variants[0].id);
      expect(choice.clauses).toEqual(Object.fromEntries(section.clauses.map((c) => [c.id, c.byDefault])));
      expect(choice.addition).toBe('');
    }
    expect(choices.contact).toBe('');
    expect(choices.legalContact).toBe('');
  });

  it('starts from the defaults the legal review asked for', () => {
    const { sections } = readPolicyChoices(undefined);
    expect(sections.disclosure!.variant).toBe('disclose-no-reviews');
    expect(sections.speaking!.clauses['company-accounts']).toBe(true);
    expect(sections.market!.include).toBe(true);
    expect(sections.registered!.include).toBe(false);
  });

  it('includes the profile-driven sections from the profile unless the learner decided otherwise', () => {
    expect(readPolicyChoices({ 'profile.regulated': 'yes' }).sections.registered!.include).toBe(true);
    expect(readPolicyChoices({ 'profile.listed': 'no' }).sections.market!.include).toBe(false);
    expect(readPolicyChoices({ 'profile.listed': 'no', 'market.include': 'yes' }).sections.market!.include).toBe(true);
  });

  it('falls back to the default for an unknown variant, jurisdiction or a flag that is neither yes nor no', () => {
    const choices = readPolicyChoices({
      [policyKeys.variant('speaking')]: 'gag-everyone',
      [policyKeys.include('respect')]: 'maybe',
      [policyKeys.clause('disclosure', 'examples')]: 7,
      [policyKeys.jurisdiction]: 'mars',
      'profile.listed': 'perhaps',
    });
    expect(choices.sections.speaking!.variant).toBe('everyone');
    expect(choices.sections.respect!.include).toBe(true);
    expect(choices.sections.disclosure!.clauses.examples).toBe(true);
    expect(choices.jurisdiction).toBe('us');
    expect(choices.profile.listed).toBe(true);
  });

  it('round-trips through the stored record', () => {
    const choices = readPolicyChoices({
      organisation: 'Acme',
      contact: 'social@acme.example',
      legalContact: 'legal@acme.example',
      jurisdiction: 'eu',
      'profile.regulated': 'yes',
      [policyKeys.include('respect')]: 'no',
      [policyKeys.variant('disclosure')]: 'disclose',
      [policyKeys.clause('registered', 'influencers')]: 'no',
      [policyKeys.addition('consequences')]: 'Ask HR.',
    });
    expect(readPolicyChoices(policyChoicesToFields(choices))).toEqual(choices);
    expect(Object.values(policyChoicesToFields(choices)).every((value) => typeof value === 'string')).toBe(true);
  });
});

describe('a policy saved before the 2026 rebuild', () => {
  it('opens with the learner’s text and choices, and maps the old market-information clause to the new section', () => {
    const choices = readPolicyChoices(OLD_SHAPE_RECORD);
    expect(choices.organisation).toBe('Acme Robotics');
    expect(choices.contact).toBe('social@acme.example');
    expect(choices.sections.speaking!.variant).toBe('after-training');
    expect(choices.sections.disclosure!.variant).toBe('disclose');
    expect(choices.sections.disclosure!.clauses['own-views']).toBe(true);
    expect(choices.sections.respect!.include).toBe(false);
    expect(choices.sections['personal-accounts']!.variant).toBe('own-time');
    expect(choices.sections.consequences!.variant).toBe('disciplinary');
    expect(choices.sections.confidentiality!.addition).toBe('Our code names stay internal.');
    expect(choices.sections.market!.include).toBe(true);

    const draft = assemblePolicy(choices);
    const text = allText(draft);
    expect(draft.title).toBe('Social media policy: Acme Robotics');
    expect(text).toContain('Our code names stay internal.');
    expect(text).toContain('HR handles every case.\nAsk your HR partner.');
    expect(text).toContain('say that you work at Acme Robotics');
    expect(text).toContain('ask social@acme.example before you publish');
    expect(draft.sections.map((s) => s.heading)).not.toContain(expect.stringContaining('Respect'));
    expect(draft.sections.some((s) => s.heading.endsWith('Insider information and the share price'))).toBe(true);
  });

  it('keeps an explicit “off” for the old market-information clause, and lets a new answer win over the old key', () => {
    expect(readPolicyChoices({ 'confidentiality.clause.market-information': 'no' }).sections.market!.include).toBe(false);
    expect(readPolicyChoices({ 'confidentiality.clause.market-information': 'no', 'market.include': 'yes' }).sections.market!.include).toBe(true);
  });
});

describe('assemblePolicy', () => {
  it('builds the default draft: sections numbered, the rights section last, contacts and the organization filled in', () => {
    const draft = assemblePolicy(readPolicyChoices(undefined));
    expect(draft.title).toBe('Social media policy');
    expect(draft.notice).toBe(POLICY_NOTICE);
    expect(draft.jurisdiction).toBe('United States');
    const expected = POLICY_SECTIONS.filter((s) => s.appliesWhen !== 'regulated').map((s, i) => `${i + 1}. ${s.title}`);
    expect(draft.sections.map((s) => s.heading)).toEqual([...expected, POLICY_RIGHTS.title]);
    expect(draft.notes.map((n) => n.heading)).toEqual([...expected, POLICY_RIGHTS.title]);
    const text = allText(draft);
    expect(text).toContain(DEFAULT_CONTACT);
    expect(text).toContain(DEFAULT_LEGAL_CONTACT);
    expect(text).toContain(`I work at ${ORGANISATION_PLACEHOLDER}`);
    expect(text).toContain('You are welcome to talk about your work');
  });

  it.each(JURISDICTIONS)('fills every placeholder in every option (%s)', (jurisdiction) => {
    for (const index of [0, 1, 2]) {
      const text = allText(assemblePolicy(readPolicyChoices(everything(jurisdiction, index))));
      expect(text).not.toMatch(/\{(contact|legal|org)\}/);
      expect(text).not.toContain('{');
    }
  });

  it.each(JURISDICTIONS)('writes none of the wording the legal review found risky, in any option (%s)', (jurisdiction) => {
    const risky = [
      /replies to journalists, investors or regulators come only/i,
      /business, products and plans/i,
      /personal data about customers or colleagues/i,
      /deals or plans/i,
      /without attacking people/i,
      /hateful remarks about/i,
      /will never ask/i,
      /never be disciplined/i,
      /rather than quietly deleting/i,
      /we will first talk with you/i,
      /I work at the company/,
    ];
    for (const index of [0, 1, 2]) {
      const text = allText(assemblePolicy(readPolicyChoices(everything(jurisdiction, index))));
      for (const pattern of risky) expect(text).not.toMatch(pattern);
    }
  });

  it('keeps the carve-outs in the US version whatever is chosen', () => {
    for (const index of [0, 1, 2]) {
      const text = allText(assemblePolicy(readPolicyChoices(everything('us', index))));
      for (const needle of ['pay, hours, benefits', 'journalists', 'SEC, FINRA, the NLRB', 'do not need to tell the company', '1833(b)', 'union', 'at-will']) {
        expect(text).toContain(needle);
      }
    }
    const nothing = Object.fromEntries(POLICY_SECTIONS.map((s) => [policyKeys.include(s.id), 'no']));
    const bare = assemblePolicy(readPolicyChoices(nothing));
    expect(bare.sections).toHaveLength(1);
    expect(bare.sections[0]!.heading).toBe(POLICY_RIGHTS.title);
    expect(bare.sections[0]!.paragraphs.join(' ')).toContain('do not need to tell the company');
  });

  it('writes the EU version where the law differs', () => {
    const eu = allText(assemblePolicy(readPolicyChoices(everything('eu', 0))));
    for (const needle of ['works council', 'whistleblowing channel', 'data protection authority', 'EU AI Act', 'local law']) expect(eu).toContain(needle);
    for (const needle of ['at-will', 'NLRB', '1833(b)']) expect(eu).not.toContain(needle);
    expect(assemblePolicy(readPolicyChoices(inJurisdiction('eu'))).jurisdiction).toBe('European Union');
  });

  it('uses the chosen variant and clauses, leaves out excluded sections and renumbers the rest', () => {
    const fields = policyChoicesToFields(readPolicyChoices(undefined));
    fields[policyKeys.include('speaking')] = 'no';
    fields[policyKeys.variant('disclosure')] = 'disclose';
    fields[policyKeys.clause('disclosure', 'examples')] = 'no';
    fields[policyKeys.clause('disclosure', 'own-views')] = 'yes';
    fields[policyKeys.addition('disclosure')] = 'First paragraph.\n\nSecond paragraph.';
    fields.contact = '  the social\nmedia team ';
    fields.legalContact = 'legal@acme.example';
    fields.organisation = 'Acme Corp';
    const draft = assemblePolicy(readPolicyChoices(fields));

    expect(draft.title).toBe('Social media policy: Acme Corp');
    expect(draft.sections[0]!.heading).toBe('1. Saying you work here');
    const disclosure = draft.sections[0]!.paragraphs;
    expect(disclosure.some((p) => p.startsWith('You may review our products only on sites'))).toBe(true);
    expect(disclosure.some((p) => p.includes('my views are my own'))).toBe(true);
    expect(disclosure.some((p) => p.startsWith('Clear disclosures look like'))).toBe(false);
    expect(disclosure.slice(-2)).toEqual(['First paragraph.', 'Second paragraph.']);
    expect(draft.intro).toContain('ask the social media team before');
    expect(draft.intro).toContain('ask legal@acme.example');
    expect(draft.notes[0]!.notes[0]).toMatch(/^Say you work here whenever you post/);
  });
});

describe('policyToMarkdown', () => {
  it('starts with the title and the not-legal-advice notice, then every section in order, then the drafting notes', () => {
    const draft = assemblePolicy(readPolicyChoices({ organisation: 'Acme' }));
    const markdown = policyToMarkdown(draft, options);
    const lines = markdown.split('\n');
    expect(lines[0]).toBe('# Social media policy: Acme');
    expect(lines[2]).toBe(`> **${POLICY_NOTICE}**`);
    expect(markdown).toContain('_Drafted on 2026-12-04 with the policy builder of Social Literacy Academy. Version: United States._');
    const headings = lines.filter((line) => line.startsWith('## '));
    expect(headings).toEqual([...draft.sections.map((s) => `## ${s.heading}`), `## ${NOTES_HEADING}`]);
    const notes = markdown.slice(markdown.indexOf(`## ${NOTES_HEADING}`));
    expect(notes).toContain('### 1. Who speaks for the company\n\n- Everyone may talk about their work');
    expect(markdown.indexOf(`## ${POLICY_RIGHTS.title}`)).toBeLessThan(markdown.indexOf(`## ${NOTES_HEADING}`));
    expect(notes).toContain(`The notes state the law as of ${POLICY_LAW_AS_OF}.`);
  });

  it('names the UK version and carries its sources in the drafting notes', () => {
    const markdown = policyToMarkdown(assemblePolicy(readPolicyChoices(everything('uk', 0))), options);
    expect(markdown).toContain('Version: United Kingdom._');
    const notes = markdown.slice(markdown.indexOf(`## ${NOTES_HEADING}`));
    for (const source of ['Public Interest Disclosure Act 1998', 'Digital Markets, Competition and Consumers Act 2024', 'UK GDPR', 'FG24/1']) expect(notes).toContain(source);
  });

  it('escapes what the learner typed', () => {
    const markdown = policyToMarkdown(
      assemblePolicy(readPolicyChoices({ organisation: '<b>Acme</b>', [policyKeys.addition('respect')]: '# [link](http://x.example)' })),
      options,
    );
    expect(markdown).toContain('# Social media policy: \\<b\\>Acme\\</b\\>');
    expect(markdown).toContain('\n\\# \\[link\\](http://x.example)\n');
  });
});

/** Every text of the builder that differs by jurisdiction, with where it sits. */
function jurisdictionTexts(): { where: string; text: Exclude<PolicyText, string> }[] {
  const found: { where: string; text: Exclude<PolicyText, string> }[] = [];
  const add = (where: string, text: PolicyText) => {
    if (typeof text !== 'string') found.push({ where, text });
  };
  POLICY_RIGHTS.paragraphs.forEach((p, i) => add(`rights paragraph ${i + 1}`, p));
  add('rights note', POLICY_RIGHTS.note);
  for (const section of POLICY_SECTIONS) {
    for (const variant of section.variants) {
      add(`${section.id}/${variant.id} note`, variant.note);
      variant.paragraphs.forEach((p, i) => add(`${section.id}/${variant.id} paragraph ${i + 1}`, p));
    }
    for (const clause of section.clauses) {
      add(`${section.id}/${clause.id} note`, clause.note);
      add(`${section.id}/${clause.id} paragraph`, clause.paragraph);
    }
  }
  return found;
}

const section = (id: string) => POLICY_SECTIONS.find((s) => s.id === id)!;
const variantNote = (id: string, variant: string) => section(id).variants.find((v) => v.id === variant)!.note;
const clauseNote = (id: string, clause: string) => section(id).clauses.find((c) => c.id === clause)!.note;

/**
 * The clauses whose UK reasoning differs from the EU version, and a source each UK note must name.
 * If the UK text fell back to the EU text, these fail.
 */
const UK_NOTES: [string, PolicyText, string][] = [
  ['rights', POLICY_RIGHTS.note, 'Public Interest Disclosure Act 1998'],
  ['rights (NDAs)', POLICY_RIGHTS.note, 'Victims and Prisoners Act 2024'],
  ['rights (pay)', POLICY_RIGHTS.note, 'section 77 of the Equality Act 2010'],
  ['speaking/everyone', variantNote('speaking', 'everyone'), 'Article 10 of UK MAR'],
  ['speaking/company-accounts', clauseNote('speaking', 'company-accounts'), 'Whitmar Publications v Gamage'],
  ['disclosure/disclose-no-reviews', variantNote('disclosure', 'disclose-no-reviews'), 'Digital Markets, Competition and Consumers Act 2024'],
  ['disclosure/disclose-no-reviews (CMA)', variantNote('disclosure', 'disclose-no-reviews'), 'CMA208'],
  ['disclosure/disclose', variantNote('disclosure', 'disclose'), 'DMCC Act 2024'],
  ['disclosure/no-bought-engagement', clauseNote('disclosure', 'no-bought-engagement'), 'Schedule 20, paragraph 13'],
  ['disclosure/advocacy-program', clauseNote('disclosure', 'advocacy-program'), 'CAP Code'],
  ['confidentiality/named-categories', variantNote('confidentiality', 'named-categories'), 'Trade Secrets (Enforcement, etc.) Regulations 2018'],
  ['confidentiality/customers', clauseNote('confidentiality', 'customers'), 'UK GDPR'],
  ['confidentiality/customers (ICO)', clauseNote('confidentiality', 'customers'), 'Information Commissioner’s Office within 72 hours'],
  ['market/listed', variantNote('market', 'listed'), 'UK MAR'],
  ['market/executives', clauseNote('market', 'executives'), 'regulatory information service'],
  ['registered/approved-channels', variantNote('registered', 'approved-channels'), 'SYSC 10A'],
  ['registered/influencers', clauseNote('registered', 'influencers'), 'Financial Services and Markets Act 2000'],
  ['respect/same-as-at-work', variantNote('respect', 'same-as-at-work'), 'Worker Protection (Amendment of Equality Act 2010) Act 2023'],
  ['ai/approved-tools', variantNote('ai', 'approved-tools'), 'Committee of Advertising Practice'],
  ['others-content/ask-first', variantNote('others-content', 'ask-first'), 'Copyright, Designs and Patents Act 1988'],
  ['political/own-name', variantNote('political', 'own-name'), 'Forstater'],
  ['political/own-name (Higgs)', variantNote('political', 'own-name'), 'Higgs v Farmor’s School [2025] EWCA Civ 109'],
  ['recording/named-areas', variantNote('recording', 'named-areas'), 'Stericycle'],
  ['managers/managers', variantNote('managers', 'managers'), 'monitoring workers (3 October 2023)'],
  ['consequences/talk-first', variantNote('consequences', 'talk-first'), 'Acas Code of Practice'],
  ['consequences/disciplinary', variantNote('consequences', 'disciplinary'), 'Acas Code of Practice'],
  ['governance/annual-review', variantNote('governance', 'annual-review'), 'Information and Consultation of Employees Regulations 2004'],
];

describe('the UK version', () => {
  it('is offered with the other versions and read back from a stored record', () => {
    expect(JURISDICTIONS).toContain('uk');
    expect(readPolicyChoices(inJurisdiction('uk')).jurisdiction).toBe('uk');
    expect(assemblePolicy(readPolicyChoices(inJurisdiction('uk'))).jurisdiction).toBe('United Kingdom');
    const choices = readPolicyChoices(everything('uk', 1));
    expect(readPolicyChoices(policyChoicesToFields(choices))).toEqual(choices);
  });

  it('has its own words for every text that differs by jurisdiction', () => {
    const texts = jurisdictionTexts();
    expect(texts.length).toBeGreaterThan(30);
    for (const { where, text } of texts) {
      expect(text.uk?.trim().length ?? 0, where).toBeGreaterThan(20);
      expect(text.uk, where).not.toMatch(/\{(?!contact\}|legal\}|org\})/);
    }
  });

  it.each(UK_NOTES)('explains %s with its UK source, not the EU note', (where, note, source) => {
    expect(textFor(note, 'uk'), where).toContain(source);
    expect(textFor(note, 'uk'), where).not.toBe(textFor(note, 'eu'));
    expect(textFor(note, 'eu'), where).not.toContain(source === 'Stericycle' ? 'no presumption like' : source);
  });

  it('renders every section, whatever is chosen', () => {
    for (const index of [0, 1, 2]) {
      const draft = assemblePolicy(readPolicyChoices(everything('uk', index)));
      expect(draft.sections.map((s) => s.heading)).toEqual([...POLICY_SECTIONS.map((s, i) => `${i + 1}. ${s.title}`), POLICY_RIGHTS.title]);
      for (const entry of draft.sections) expect(entry.paragraphs.length, entry.heading).toBeGreaterThan(0);
      expect(draft.notes).toHaveLength(draft.sections.length);
    }
  });

  it('writes UK law into the draft and leaves out the US and EU wording', () => {
    const uk = allText(assemblePolicy(readPolicyChoices(everything('uk', 0))));
    for (const needle of ['protected disclosure', 'prescribed regulator', 'Information Commissioner’s Office', 'Acas', 'trade union', 'regulatory information service', 'FCA-authorised', 'starts with “Ad”', 'does not form part of your contract of employment']) {
      expect(uk).toContain(needle);
    }
    for (const needle of ['at-will', 'NLRB', '1833(b)', 'FINRA', 'works council', 'works agreement', 'whistleblowing channel', 'as the EU AI Act requires', 'as the Market Abuse Regulation requires']) {
      expect(uk).not.toContain(needle);
    }
  });

  it('changes the sections whose law differs from the EU version, and keeps the rest', () => {
    const draft = (jurisdiction: Jurisdiction) => assemblePolicy(readPolicyChoices(everything(jurisdiction, 0)));
    const byHeading = (jurisdiction: Jurisdiction) => Object.fromEntries(draft(jurisdiction).sections.map((s) => [s.heading.replace(/^\d+\. /, ''), s.paragraphs]));
    const uk = byHeading('uk');
    const eu = byHeading('eu');
    const differ = ['What this policy does not limit', 'Saying you work here', 'Insider information and the share price', 'If you are a registered person', 'AI tools and synthetic media', 'If something goes wrong', 'About this policy'];
    for (const heading of differ) expect(uk[heading], heading).not.toEqual(eu[heading]);
    for (const heading of ['Respect', 'Personal accounts', 'Business messages and legal holds']) expect(uk[heading], heading).toEqual(eu[heading]);
    const ukNotes = draft('uk').notes.flatMap((n) => n.notes).join('\n');
    const euNotes = draft('eu').notes.flatMap((n) => n.notes).join('\n');
    expect(ukNotes).not.toEqual(euNotes);
    expect(ukNotes).not.toContain('GDPR Article 33');
    expect(ukNotes).not.toContain('Pay Transparency Directive (transposition');
  });
});
