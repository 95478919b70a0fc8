/**
 * The policy builder's building blocks: the sections of a social media policy, each with a few
 * variants and optional clauses, in the course's own plain words. The first variant of every
 * section is the enabling default and the default clauses are the ones that help employees.
 * `{contact}` in any text is replaced by the team or person the learner names.
 */

/** One way of writing a section, chosen with a radio button. */
export interface PolicyVariant {
  id: string;
  /** Short choice label. */
  label: string;
  /** What choosing it means, in a line. */
  hint: string;
  /** The paragraphs it adds to the draft. */
  paragraphs: string[];
}

/** An optional clause, chosen with a checkbox. */
export interface PolicyClause {
  id: string;
  label: string;
  paragraph: string;
  /** Ticked until the learner decides otherwise. */
  byDefault: boolean;
}

export interface PolicySection {
  id: string;
  title: string;
  /** Why the default reads as it does: shown under the section's legend. */
  help: string;
  variants: [PolicyVariant, ...PolicyVariant[]];
  clauses: PolicyClause[];
}

export const POLICY_ID = 'legal/policy-builder';
export const POLICY_TITLE = 'Social media policy';

/** Shown above every draft, on screen, in print and in the Markdown file. */
export const POLICY_NOTICE =
  'Draft: a starting point, not legal advice. Have counsel review it before you use it: employment law differs by country, and US labor law on employee speech keeps changing.';

/** Why the defaults are the enabling options: shown once at the top of the builder. */
export const POLICY_DEFAULTS_HELP =
  'The options start on the enabling choices. A policy that gags people wastes your best advocates, and over-broad bans on criticising the employer or discussing pay and working conditions have been held unlawful by the US National Labor Relations Board.';

/** Opens every draft. */
export const POLICY_INTRO =
  'We want you to talk about your work online: you are often the most credible voice the company has. This policy sets out the few things to keep in mind so that you, our customers and the company stay safe. If you are unsure about a post, ask {contact} before you publish; we would rather help than clean up.';

/** Closes every draft and cannot be switched off: the rights a policy must not take away. */
export const POLICY_RIGHTS = {
  title: 'What this policy does not limit',
  paragraph:
    'Nothing in this policy stops you from talking with colleagues or anyone else about your pay, hours, benefits or working conditions, from criticising the company’s treatment of employees, or from reporting a concern to a regulator or other authority. You will never be disciplined for doing so.',
};

export const POLICY_SECTIONS: PolicySection[] = [
  {
    id: 'speaking',
    title: 'Who speaks for the company',
    help: 'Letting everyone talk about their work, while official statements stay with named spokespeople, turns staff into advocates without muddling who speaks for the company.',
    variants: [
      {
        id: 'everyone',
        label: 'Everyone may talk about their work; spokespeople make official statements',
        hint: 'The most open choice.',
        paragraphs: [
          'You are welcome to talk about your work, our products and our industry online. When you do, you speak for yourself. Official statements, news announcements and replies to journalists, investors or regulators come only from the people the company has named as spokespeople.',
        ],
      },
      {
        id: 'after-training',
        label: 'Employees post about company topics after a short training',
        hint: 'A little stricter: a course first, then the same freedom.',
        paragraphs: [
          'Once you have completed the company’s social media training, you are welcome to post about our products, services and industry. Official statements, news announcements and replies to journalists, investors or regulators come only from the people the company has named as spokespeople.',
        ],
      },
      {
        id: 'spokespeople-only',
        label: 'Only named spokespeople post about company business',
        hint: 'The strictest choice. It still may not stop people talking about their own job and working conditions.',
        paragraphs: [
          'Only the people the company has named as spokespeople post about the company’s business, products and plans. Everyone is welcome to share the company’s public posts and to talk about their own job and experience of working here.',
        ],
      },
    ],
    clauses: [
      {
        id: 'pass-on-questions',
        label: 'Tell people what to do with questions and complaints they see',
        paragraph: 'If you see a customer question, a complaint or the start of a crisis about the company, you do not have to answer it yourself: send the link to {contact} so the right person can reply quickly.',
        byDefault: true,
      },
      {
        id: 'company-accounts',
        label: 'Company accounts belong to the company',
        paragraph: 'Accounts that speak for the company are registered with company email addresses, managed with the company’s password tools and handed over when the people running them change roles.',
        byDefault: false,
      },
    ],
  },
  {
    id: 'disclosure',
    title: 'Saying you work here',
    help: 'US Federal Trade Commission endorsement principles expect anyone with a connection to a brand, such as an employee, to disclose it clearly where people will see it. Saying so openly also keeps your posts credible.',
    variants: [
      {
        id: 'disclose',
        label: 'Say you work here whenever you post about our products or competitors',
        hint: 'What endorsement principles ask for, and no more.',
        paragraphs: [
          'When you post about our products, services or competitors, including reviews, ratings and comments, say that you work here, in the post itself and in plain words such as “I work at the company”. A line in your profile is not enough, because people reading a single post may never see it. If you received anything of value for a post, such as a free product, a payment or a prize, say that too.',
        ],
      },
      {
        id: 'disclose-no-reviews',
        label: 'Say you work here, and do not review our products or competitors’ at all',
        hint: 'Stricter: rules out employee reviews and ratings.',
        paragraphs: [
          'When you post about our products, services or competitors, say that you work here, in the post itself and in plain words such as “I work at the company”. A line in your profile is not enough. If you received anything of value for a post, such as a free product, a payment or a prize, say that too.',
          'Please do not write reviews or give ratings of our products or our competitors’ on review sites or shops, even with a disclosure: they are too easily read as the company’s own.',
        ],
      },
    ],
    clauses: [
      {
        id: 'examples',
        label: 'Give examples of clear disclosures',
        paragraph: 'Clear disclosures look like “I work at the company and love this feature” or “#employee” at the start of a short post. Vague tags, or a disclosure hidden among many hashtags or behind a “more” link, do not count.',
        byDefault: true,
      },
      {
        id: 'own-views',
        label: 'Suggest a “my views are my own” line on profiles',
        paragraph: 'If you mention your job in your profile, you may add a line such as “my views are my own”. It helps, but it does not replace saying you work here in posts about our products.',
        byDefault: false,
      },
    ],
  },
  {
    id: 'confidentiality',
    title: 'Confidential information',
    help: 'Naming exactly what is confidential protects the business; a vague ban on “anything internal” can be read as a ban on discussing working conditions.',
    variants: [
      {
        id: 'named-categories',
        label: 'Protect clearly named kinds of confidential information',
        hint: 'Specific, so people know what they may share.',
        paragraphs: [
          'Do not share confidential business information: financial results before they are published, unannounced products, deals or plans, trade secrets, and personal data about customers or colleagues. If you are not sure whether something is public yet, ask {contact} first.',
        ],
      },
      {
        id: 'plus-work-in-progress',
        label: 'Also keep internal projects off social media until they are public',
        hint: 'Stricter: covers work in progress too.',
        paragraphs: [
          'Do not share confidential business information: financial results before they are published, unannounced products, deals or plans, trade secrets, and personal data about customers or colleagues. If you are not sure whether something is public yet, ask {contact} first.',
          'Please also keep internal projects and work in progress off social media until the company has made them public, even in general terms such as “big news coming soon”.',
        ],
      },
    ],
    clauses: [
      {
        id: 'customers',
        label: 'Never discuss an individual customer’s case in public',
        paragraph: 'Never discuss a customer’s account, order or complaint in public, even if they posted first. Reply politely and move the conversation to a private channel where you can verify who they are.',
        byDefault: true,
      },
      {
        id: 'market-information',
        label: 'For listed companies: market-moving news goes out through official channels first',
        paragraph: 'Information an investor would want to know that has not been published, such as results, forecasts or major deals, is released only through the channels the company has named for it, never first on a personal account.',
        byDefault: false,
      },
    ],
  },
  {
    id: 'respect',
    title: 'Respect',
    help: 'Banning harassment and discrimination is clear and fair. Broad bans on being “negative” or “disrespectful” about the company are the kind of rule US labor regulators have struck down.',
    variants: [
      {
        id: 'same-as-at-work',
        label: 'The same standards as at work',
        hint: 'Disagreement is fine; attacks on people are not.',
        paragraphs: [
          'Treat people online as you would at work: no harassment, threats, or discriminatory or hateful remarks about colleagues, customers, partners or anyone else. You are free to disagree, with us too; do it without attacking people.',
        ],
      },
      {
        id: 'leave-critics-to-team',
        label: 'The same standards, and leave replies to critics to the social team',
        hint: 'Stricter: staff do not answer criticism of the company themselves.',
        paragraphs: [
          'Treat people online as you would at work: no harassment, threats, or discriminatory or hateful remarks about colleagues, customers, partners or anyone else. You are free to disagree, with us too; do it without attacking people.',
          'When someone criticises the company’s products or service online, please do not reply on the company’s behalf; pass it to {contact}, who will answer.',
        ],
      },
    ],
    clauses: [
      {
        id: 'correct-mistakes',
        label: 'Correct mistakes openly',
        paragraph: 'If you get something wrong, say so and correct it in the open rather than quietly deleting it.',
        byDefault: true,
      },
      {
        id: 'stay-calm',
        label: 'Offer advice for heated conversations',
        paragraph: 'If a conversation turns heated, you do not have to have the last word. Step away, and ask {contact} for help if it concerns the company.',
        byDefault: false,
      },
    ],
  },
  {
    id: 'personal-accounts',
    title: 'Personal accounts',
    help: 'Personal accounts belong to the person. In many places employers may not demand passwords or access to them, and reasonable use at work keeps people connected.',
    variants: [
      {
        id: 'yours',
        label: 'Your accounts are yours; reasonable use at work is fine',
        hint: 'The most open choice.',
        paragraphs: [
          'Your personal accounts belong to you. The company will never ask for your passwords, to see content you keep private, or for you to connect with managers. Using social media at work is fine in moderation, as long as your work gets done.',
        ],
      },
      {
        id: 'own-time',
        label: 'Your accounts are yours; personal use in your own time',
        hint: 'Stricter about time at work.',
        paragraphs: [
          'Your personal accounts belong to you. The company will never ask for your passwords, to see content you keep private, or for you to connect with managers. Please keep personal use of social media to breaks and your own time.',
        ],
      },
    ],
    clauses: [
      {
        id: 'privacy-settings',
        label: 'Remind people that private posts can travel',
        paragraph: 'Check who can see what you share. Anything posted, even privately, can be copied and passed on.',
        byDefault: true,
      },
      {
        id: 'list-your-job',
        label: 'Welcome people to list their job in their profile',
        paragraph: 'You are welcome to mention your job and the company in your profiles.',
        byDefault: false,
      },
    ],
  },
  {
    id: 'consequences',
    title: 'If something goes wrong',
    help: 'A policy that starts with help rather than punishment gets problems reported early, when they are cheap to fix.',
    variants: [
      {
        id: 'talk-first',
        label: 'Talk first; proportionate steps for serious or repeated breaches',
        hint: 'The most open choice.',
        paragraphs: [
          'If a post breaks this policy, we will first talk with you and, where needed, ask you to edit or remove it. Serious or repeated breaches, such as harassment or leaking confidential information, may lead to action under our usual disciplinary procedures.',
        ],
      },
      {
        id: 'disciplinary',
        label: 'Spell out that breaches may lead to disciplinary action',
        hint: 'Stricter wording, still within the usual procedures.',
        paragraphs: [
          'Breaking this policy may lead to disciplinary action under our usual procedures, up to and including dismissal, depending on how serious the breach is.',
        ],
      },
    ],
    clauses: [
      {
        id: 'report',
        label: 'Tell people how to report a problem',
        paragraph: 'If you see a post, yours or someone else’s, that may break this policy, tell {contact}. Reporting in good faith never counts against you.',
        byDefault: true,
      },
      {
        id: 'training',
        label: 'Offer help and training to everyone',
        paragraph: 'Social media training is open to everyone, and {contact} is glad to look at a post before you publish it.',
        byDefault: false,
      },
    ],
  },
];
