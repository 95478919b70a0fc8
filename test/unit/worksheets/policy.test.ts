import { describe, expect, it } from 'vitest';
import {
  assemblePolicy,
  DEFAULT_CONTACT,
  policyChoicesToFields,
  policyKeys,
  policyToMarkdown,
  readPolicyChoices,
} from '../../../src/worksheets/policy.ts';
import { POLICY_NOTICE, POLICY_RIGHTS, POLICY_SECTIONS } from '../../../src/worksheets/policy-sections.ts';

const options = { date: new Date(2026, 10, 24), siteTitle: 'Social Literacy Academy' };
const allText = (draft: ReturnType<typeof assemblePolicy>) => draft.sections.flatMap((s) => [s.heading, ...s.paragraphs]).join('\n');

describe('the policy sections', () => {
  it('cover the six sections of the brief, with unique ids and at least two variants each', () => {
    expect(POLICY_SECTIONS.map((s) => s.id)).toEqual(['speaking', 'disclosure', 'confidentiality', 'respect', 'personal-accounts', 'consequences']);
    for (const section of POLICY_SECTIONS) {
      expect(section.variants.length).toBeGreaterThanOrEqual(2);
      expect(new Set(section.variants.map((v) => v.id)).size).toBe(section.variants.length);
      expect(new Set(section.clauses.map((c) => c.id)).size).toBe(section.clauses.length);
      expect(section.help.trim()).not.toBe('');
    }
  });
});

describe('readPolicyChoices', () => {
  it.each([undefined, null, 'x', [1], 3])('reads %j as the enabling defaults', (raw) => {
    const choices = readPolicyChoices(raw);
    for (const section of POLICY_SECTIONS) {
      const choice = choices.sections[section.id]!;
      expect(choice.include).toBe(true);
      expect(choice.variant).toBe(section.variants[0].id);
      expect(choice.clauses).toEqual(Object.fromEntries(section.clauses.map((c) => [c.id, c.byDefault])));
      expect(choice.addition).toBe('');
    }
    expect(choices.contact).toBe('');
  });

  it('falls back to the default for an unknown variant or a flag that is neither yes nor no', () => {
    const choices = readPolicyChoices({
      [policyKeys.variant('speaking')]: 'gag-everyone',
      [policyKeys.include('respect')]: 'maybe',
      [policyKeys.clause('disclosure', 'examples')]: 7,
    });
    expect(choices.sections.speaking!.variant).toBe('everyone');
    expect(choices.sections.respect!.include).toBe(true);
    expect(choices.sections.disclosure!.clauses.examples).toBe(true);
  });

  it('round-trips through the stored record', () => {
    const choices = readPolicyChoices({
      organisation: 'Acme',
      contact: 'social@acme.example',
      [policyKeys.include('respect')]: 'no',
      [policyKeys.variant('disclosure')]: 'disclose-no-reviews',
      [policyKeys.clause('confidentiality', 'market-information')]: 'yes',
      [policyKeys.addition('consequences')]: 'Ask HR.',
    });
    expect(readPolicyChoices(policyChoicesToFields(choices))).toEqual(choices);
    expect(Object.values(policyChoicesToFields(choices)).every((value) => typeof value === 'string')).toBe(true);
  });
});

describe('assemblePolicy', () => {
  it('builds the enabling default draft: every section numbered, the rights section last, a named contact', () => {
    const draft = assemblePolicy(readPolicyChoices(undefined));
    expect(draft.title).toBe('Social media policy');
    expect(draft.notice).toBe(POLICY_NOTICE);
    expect(draft.sections.map((s) => s.heading)).toEqual([
      '1. Who speaks for the company',
      '2. Saying you work here',
      '3. Confidential information',
      '4. Respect',
      '5. Personal accounts',
      '6. If something goes wrong',
      POLICY_RIGHTS.title,
    ]);
    expect(draft.intro).toContain(DEFAULT_CONTACT);
    expect(allText(draft)).not.toContain('{contact}');
    expect(allText(draft)).toContain('You are welcome to talk about your work');
    expect(allText(draft)).not.toContain('Only the people the company has named as spokespeople post');
  });

  it('uses the chosen variant and clauses, leaves out excluded sections and renumbers the rest', () => {
    const fields = policyChoicesToFields(readPolicyChoices(undefined));
    fields[policyKeys.include('speaking')] = 'no';
    fields[policyKeys.variant('disclosure')] = 'disclose-no-reviews';
    fields[policyKeys.clause('disclosure', 'examples')] = 'no';
    fields[policyKeys.clause('disclosure', 'own-views')] = 'yes';
    fields[policyKeys.addition('disclosure')] = 'First paragraph.\n\nSecond paragraph.';
    fields.contact = '  the social\nmedia team ';
    fields.organisation = 'Acme Corp';
    const draft = assemblePolicy(readPolicyChoices(fields));

    expect(draft.title).toBe('Social media policy: Acme Corp');
    expect(draft.sections[0]!.heading).toBe('1. Saying you work here');
    expect(draft.sections).toHaveLength(6);
    const disclosure = draft.sections[0]!.paragraphs;
    expect(disclosure.some((p) => p.startsWith('Please do not write reviews'))).toBe(true);
    expect(disclosure.some((p) => p.includes('my views are my own'))).toBe(true);
    expect(disclosure.some((p) => p.startsWith('Clear disclosures look like'))).toBe(false);
    expect(disclosure.slice(-2)).toEqual(['First paragraph.', 'Second paragraph.']);
    expect(draft.intro).toContain('ask the social media team before');
  });

  it('keeps the rights section even when every section is left out', () => {
    const fields = Object.fromEntries(POLICY_SECTIONS.map((s) => [policyKeys.include(s.id), 'no']));
    const draft = assemblePolicy(readPolicyChoices(fields));
    expect(draft.sections).toEqual([{ heading: POLICY_RIGHTS.title, paragraphs: [POLICY_RIGHTS.paragraph] }]);
  });

  it('never lets the strictest choices take away the right to discuss pay and working conditions', () => {
    const strictest = Object.fromEntries(POLICY_SECTIONS.map((s) => [policyKeys.variant(s.id), s.variants.at(-1)!.id]));
    expect(allText(assemblePolicy(readPolicyChoices(strictest)))).toContain('pay, hours, benefits or working conditions');
  });
});

describe('policyToMarkdown', () => {
  it('starts with the title and the not-legal-advice notice, then every section in order', () => {
    const markdown = policyToMarkdown(assemblePolicy(readPolicyChoices({ organisation: 'Acme' })), options);
    const lines = markdown.split('\n');
    expect(lines[0]).toBe('# Social media policy: Acme');
    expect(lines[2]).toBe(`> **${POLICY_NOTICE}**`);
    expect(markdown).toContain('_Drafted on 2026-11-24 with the policy builder of Social Literacy Academy._');
    const headings = lines.filter((line) => line.startsWith('## '));
    expect(headings).toEqual([...POLICY_SECTIONS.map((s, i) => `## ${i + 1}. ${s.title}`), `## ${POLICY_RIGHTS.title}`]);
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
