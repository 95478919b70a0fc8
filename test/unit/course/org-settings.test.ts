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
