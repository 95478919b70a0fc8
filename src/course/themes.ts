import type { Theme } from './schemas/common.ts';

/** How each theme tag reads on the site: the common reasons organizations fail at social media. */
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
};
