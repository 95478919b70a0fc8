import { describe, expect, it } from 'vitest';
import { contactLine, contactMeans, jurisdictionLabel, policyLabel, showsJurisdiction } from '../../../src/course/org-settings.ts';

describe('organization settings as lessons show them', () => {
  it('lists a contact’s means with links, or falls back to whom to ask', () => {
    const desk = { name: 'Social Desk', phone: '+44 (20) 7946-0000', email: 'desk@example.com', chat: '#social', url: 'https://intranet.example.com/social/' };
    expect(contactMeans(desk)).toEqual([
      { text: '+44\u00a0(20)\u00a07946-0000', href: 'tel:+442079460000' },
      { text: 'desk@example.com', href: 'mailto:desk@example.com' },
      { text: '#social' },
      { text: 'intranet.example.com/social', href: 'https://intranet.example.com/social/' },
    ]);
    expect(contactLine('escalation', { name: 'Social Desk', email: 'desk@example.com' })).toBe('Social Desk (desk@example.com)');
    expect(contactLine('privacy', undefined)).toBe('your privacy or data-protection team');
  });

  it('names the policy with its version, or generically', () => {
    expect(policyLabel({ title: 'Social Media Policy', version: '3.1' })).toBe('Social Media Policy (version 3.1)');
    expect(policyLabel(undefined)).toBe('your organization’s social media policy');
  });

  it('shows a jurisdiction passage when any of its jurisdictions is enabled', () => {
    expect(showsJurisdiction('eu, uk', ['us', 'uk'])).toBe(true);
    expect(showsJurisdiction('eu', ['us'])).toBe(false);
    expect(jurisdictionLabel('eu,uk')).toBe('In the European Union and the United Kingdom');
    expect(jurisdictionLabel('other')).toBe('In other countries');
  });
});

describe('printable steps', () => {
  it('fills in contacts and the policy and keeps bold text', async () => {
    const { analyseBody } = await import('../../../src/course/mdx-body.ts');
    const { fillPrintText } = await import('../../../src/course/org-settings.ts');
    const [steps] = analyseBody(`<Steps caption="Huddle">

1. **Capture** the link and tell <OrgContact kind="escalation" />.
2. Read <OurPolicy />.

</Steps>`).components;
    expect(steps.printItems).toEqual(['**Capture** the link and tell {contact:escalation}.', 'Read {policy}.']);
    const site = { contacts: { escalation: { name: 'the Desk', email: 'desk@example.com' } }, policy: { title: 'Acme Policy', version: '2' } };
    expect(fillPrintText(steps.printItems[0], site)).toEqual([
      { text: 'Capture', bold: true },
      { text: ' the link and tell the Desk (desk@example.com).', bold: false },
    ]);
    expect(fillPrintText(steps.printItems[1], { contacts: {} })).toEqual([{ text: 'Read your organization’s social media policy.', bold: false }]);
  });
});
