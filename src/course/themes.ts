import type { Theme } from './schemas/common.ts';

/** How each theme tag reads on the site: the common reasons organizations fail at social media, and today's main risks. */
export const THEME_INFO: Record<Theme, { label: string; description: string }> = {
  'own-products-only': {
    label: 'Talking only about products',
    description: 'Organizations that talk about nothing but their own products, and those that earned attention by talking about what their customers care about.',
  },
  'listen-no-act': {
    label: 'Listening without acting',
    description: 'What happens when an organization hears its customers but does nothing visible, and what it looks like when listening changes a decision.',
  },
  'tech-not-calibrated': {
    label: 'Technology and access',
    description: 'Blocked sites, shared passwords, the wrong account in a publishing tool: when technology and access are not set up for social media.',
  },
  'risk-misframed': {
    label: 'Misjudged risk',
    description: 'Risk judged wrongly in both directions: reflexes that made a problem bigger, and the risk of staying silent.',
  },
  'culture-misaligned': {
    label: 'Process before customers',
    description: 'Cultures that put process before the customer, and the ones whose people were trusted to do the right thing in public.',
  },
  'impersonation-and-fakes': {
    label: 'Impostors, scams and AI fakes',
    description: 'Fake accounts, cloned voices and faces, fake recruiters and fake support desks that trade on an organization’s name, and the checks that stop them.',
  },
  'account-security': {
    label: 'Account takeover and security',
    description: 'How brand and executive accounts are lost today (stolen sessions, SIM swaps, rogue insiders, malicious extensions) and what a prepared team does.',
  },
  'ai-in-service': {
    label: 'AI in customer-facing work',
    description: 'Chatbots, AI assistants and AI tools at work: who answers for what they say, and what happens to the data people give them.',
  },
  'rules-and-records': {
    label: 'Regulation, records and disclosure',
    description: 'Where social media meets the law: disclosure, recordkeeping, reviews and endorsements, privacy, and what regulators have fined.',
  },
  'backlash-and-activism': {
    label: 'Backlash, activists and polarised audiences',
    description: 'Campaigns and decisions that met organised anger on social media, from customers, activists or investors, and how leaders responded.',
  },
};
