/**
 * The policy builder's building blocks: the sections of a social media policy, each with a few
 * variants and optional clauses, in the course's own plain words. The first variant of every
 * section is the default, and every default is one a general counsel could sign: written to survive
 * the NLRB's Stericycle test and the SEC's whistleblower rule, with no promise the company cannot
 * keep under a legal hold. Every variant and clause carries a `note` that says why it reads as it
 * does; the builder shows it beside the option and the Markdown file lists it for counsel.
 *
 * Placeholders, filled in by `assemblePolicy`: `{contact}` (who to ask about posts), `{legal}` (who to
 * ask about legal, compliance and market questions) and `{org}` (the organization's name, or
 * "[company name]" until the learner gives one).
 */

import { CODE_WORKSHEET_IDS } from '../course/routes.ts';

/** Where the employees the policy covers work. The text differs where the law does. */
export const JURISDICTIONS = ['us', 'eu'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];
export const JURISDICTION_LABELS: Record<Jurisdiction, string> = {
  us: 'United States',
  eu: 'European Union',
};

/** A paragraph that is the same everywhere, or one that differs by jurisdiction. */
export type PolicyText = string | Record<Jurisdiction, string>;

/** One way of writing a section, chosen with a radio button. */
export interface PolicyVariant {
  id: string;
  /** Short choice label. */
  label: string;
  /** What choosing it means, in a line. */
  hint: string;
  /** Why it reads as it does: shown beside the option and listed for counsel in the Markdown file. */
  note: PolicyText;
  /** The paragraphs it adds to the draft. */
  paragraphs: PolicyText[];
}

/** An optional clause, chosen with a checkbox. */
export interface PolicyClause {
  id: string;
  label: string;
  /** Why the clause is there, and why it is on or off by default. */
  note: PolicyText;
  paragraph: PolicyText;
  /** Ticked until the learner decides otherwise. */
  byDefault: boolean;
}

/** What the organization is: some sections apply only to listed or regulated companies. */
export type PolicyProfileFlag = 'listed' | 'regulated';

export interface PolicySection {
  id: string;
  title: string;
  /** Why the section is there: shown under the section's legend. */
  help: string;
  /** When set, the section is included by default only if the organization profile says so. */
  appliesWhen?: PolicyProfileFlag;
  variants: [PolicyVariant, ...PolicyVariant[]];
  clauses: PolicyClause[];
}

/** Its key in the progress store, `<track>/<slug>`: the route of its page (src/course/routes.ts). */
export const POLICY_ID = CODE_WORKSHEET_IDS[0];
export const POLICY_TITLE = 'Social media policy';

/** Shown above every draft, on screen, in print and in the Markdown file. */
export const POLICY_NOTICE =
  'Draft: a starting point, not legal advice. Have counsel review it before you use it: employment, securities and privacy law differ by country and state, and US labor law on employee speech keeps changing.';

/** Why the defaults read as they do: shown once at the top of the builder. */
export const POLICY_DEFAULTS_HELP =
  'The defaults are written to be signed by a general counsel in December 2026: no ban on talking to regulators, journalists or colleagues about pay and conditions, no confidentiality wording broad enough to reach them, and no promise the company could not keep under a legal hold or an investigation. Each option has a note saying why it reads as it does. Choose the jurisdiction first: the US and EU versions differ where the law does.';

/** The organization profile: what it changes. */
export const POLICY_PROFILE_HELP = {
  jurisdiction: 'The US version names US agencies and the at-will rule; the EU version names works councils, whistleblowing channels and data protection authorities. If you employ people in both, build and save one version for each.',
  listed: 'Turns on the section on insider information and the share price. Leave it on if the company or its parent has listed shares or bonds.',
  regulated: 'Turns on the section for registered persons. Tick it if the group includes a broker-dealer, an investment adviser or another firm whose staff are registered with a financial regulator.',
};

/** Opens every draft. */
export const POLICY_INTRO =
  'You are welcome to talk about your work online, and you are often the most credible voice we have. This policy sets out the few rules that protect our customers, your colleagues and the company. It does not limit the rights described in its last section. If you are unsure about a post, ask {contact} before you publish; for legal, compliance or market questions, ask {legal}.';

/** Closes every draft and cannot be switched off: the rights a policy must not take away. */
export const POLICY_RIGHTS: { title: string; paragraphs: PolicyText[]; note: PolicyText } = {
  title: 'What this policy does not limit',
  paragraphs: [
    {
      us: 'Nothing in this policy limits your right to talk with colleagues or anyone else, including journalists and the public, about your pay, hours, benefits or other terms and conditions of work; to criticize how the company treats employees; to join, support or organize a union; or to act together with colleagues about work.',
      eu: 'Nothing in this policy limits your right to talk with colleagues or anyone else about your pay, hours and working conditions; to contact your works council, employee representatives or trade union; or to act together with colleagues about work.',
    },
    {
      us: 'Nothing in this policy or in any other company agreement stops you from contacting, filing a complaint or charge with, giving information to, or taking part in an investigation by a government agency or a self-regulatory organization, such as the SEC, FINRA, the NLRB, the EEOC, OSHA or the Department of Justice, or from receiving an award from an agency for information you give it. You do not need to tell the company or ask its permission first. If you are a registered person, you must answer FINRA when it asks you for information.',
      eu: 'Nothing in this policy or in any other company agreement stops you from reporting a breach of law through our internal whistleblowing channel, to a competent authority, or publicly where the law protects it, or from contacting a data protection authority, a labor inspectorate or another public authority. You do not need to tell the company or ask its permission first.',
    },
    {
      us: 'Under the Defend Trade Secrets Act (18 U.S.C. §1833(b)), you cannot be held liable under any federal or state trade secret law for disclosing a trade secret in confidence to a government official or to a lawyer solely to report or investigate a suspected violation of law, or in a complaint or other document filed under seal in a lawsuit. If you sue the company for retaliating against you for reporting a suspected violation of law, you may give the trade secret to your lawyer and use it in the court proceeding, as long as you file any document containing it under seal and do not disclose it except as the court orders.',
      eu: 'If you report a breach in line with the law on whistleblower protection, you are protected from retaliation, and the company will keep your identity confidential as that law requires.',
    },
    'The company will not retaliate against anyone for using these rights in good faith.',
  ],
  note: {
    us: 'Always included. Section 7 of the NLRA protects talk about pay and conditions with colleagues and with the public; SEC Rule 21F-17 penalizes agreements that impede reporting to the SEC, and J.P. Morgan Securities paid $18 million in January 2024 partly because its carve-out covered only responding to regulators, not contacting them; on 9 September 2024 seven public companies settled Rule 21F-17 charges over agreements that, among other things, stopped employees collecting whistleblower awards, hence the award sentence; FINRA Rule 8210 requires registered persons to answer FINRA; the DTSA notice must appear in any document that governs confidential information if the company wants all its remedies. It promises no retaliation for using these rights, not immunity from discipline for everything in a post: a post can be protected speech and still leak customer data.',
    eu: 'Always included. The EU Pay Transparency Directive (transposition deadline 7 June 2026) requires member states to ban terms that stop workers disclosing their pay; the EU Whistleblowing Directive (2019/1937) protects reports of breaches of EU law through internal and external channels and, under conditions, public disclosure. Check the national law that transposes each directive, and whether a works council must be consulted on the policy.',
  },
};

export const POLICY_SECTIONS: PolicySection[] = [
  {
    id: 'speaking',
    title: 'Who speaks for the company',
    help: 'Letting everyone talk about their work, while only named people speak on the company’s behalf, keeps staff as advocates without muddling who speaks for the company. The limit is on speaking for the company, never on speaking about work.',
    variants: [
      {
        id: 'everyone',
        label: 'Everyone may talk about their work; named spokespeople speak on the company’s behalf',
        hint: 'The most open choice.',
        note: 'Limits only statements made on the company’s behalf. A rule that sent every contact with journalists, investors or regulators to spokespeople would reach protected talk about working conditions and whistleblowing, so it is not here. Investors’ and analysts’ questions go to legal rather than the social team, because an answer can be a selective disclosure under Regulation FD.',
        paragraphs: [
          'You are welcome to talk about your work, our products and our industry online. When you do, you speak for yourself. Only the people the company has named as spokespeople make statements on the company’s behalf, such as official announcements, statements to the media for the company, or answers to investors about the company’s business. If a journalist asks you for the company’s position, pass the request to {contact}; pass an investor’s or analyst’s question about the business to {legal}.',
        ],
      },
      {
        id: 'after-training',
        label: 'Employees post about company topics after a short training',
        hint: 'A little stricter: a course first, then the same freedom.',
        note: 'The training condition applies to posting about products and services for marketing, not to talking about your own job or conditions, which needs no training or approval.',
        paragraphs: [
          'Once you have completed the company’s social media training, you are welcome to post about our products, services and industry. You never need training or approval to talk about your own job or working conditions. Only the people the company has named as spokespeople make statements on the company’s behalf. If a journalist asks you for the company’s position, pass the request to {contact}; pass an investor’s or analyst’s question about the business to {legal}.',
        ],
      },
      {
        id: 'spokespeople-only',
        label: 'Only named spokespeople post for the company about its business',
        hint: 'The strictest choice: staff do not promote the company’s products or announce its news.',
        note: 'Avoids the common ban on posts about the company’s “business, products and plans”: “plans” reaches layoffs, closures and schedules, the kind of pre-approval rule the NLRB challenged in the AMR case. This version limits only promotional and official posts.',
        paragraphs: [
          'Only the people the company has named as spokespeople announce company news or promote our products and services online. Everyone is welcome to share the company’s public posts. This does not limit you from talking about your own job, your pay or your working conditions, with colleagues or anyone else.',
        ],
      },
    ],
    clauses: [
      {
        id: 'pass-on-questions',
        label: 'Tell people what to do with questions and complaints they see',
        note: 'On by default. It tells staff they do not have to answer customers themselves, so nobody handles a customer’s case from a personal account.',
        paragraph: 'If you see a customer question, a complaint or the start of a crisis about the company, you need not reply to it yourself: send the link to {contact} so the right person can reply from a company account.',
        byDefault: true,
      },
      {
        id: 'company-accounts',
        label: 'Company accounts belong to the company',
        note: 'On by default. JLM Couture v. Gutman (2d Cir. 2024) treats an account like other property: who owned it when it was created, then whether it was transferred. Record ownership and purpose when the account is created. Two-step sign-in and offboarding stop a departing person keeping a brand account, as at HMV in 2013.',
        paragraph: 'Accounts that speak for the company belong to the company, whoever opened them. They are registered with company email addresses, protected with two-step sign-in and the company’s password tools, recorded in the company’s account register when they are created, and handed over when the people running them change roles or leave.',
        byDefault: true,
      },
    ],
  },
  {
    id: 'disclosure',
    title: 'Saying you work here',
    help: 'An employee’s praise for the company’s products is an endorsement with a material connection. The FTC’s Endorsement Guides and its Consumer Reviews and Testimonials rule (16 CFR Part 465, in force since October 2024, with civil penalties) expect the connection to be disclosed where people see it, and ban undisclosed insider reviews.',
    variants: [
      {
        id: 'disclose-no-reviews',
        label: 'Say you work here, and do not review our products or competitors’ at all',
        hint: 'The default: no employee reviews on review sites and shops.',
        note: 'The default. Part 465 puts duties on officers and managers who ask staff for reviews, and shops such as Amazon forbid reviews by a seller’s employees of its own or a competitor’s products, even with a disclosure. A plain ban is simpler to follow and to supervise.',
        paragraphs: [
          'When you post about our products, services or competitors, say that you work at {org}, in the post itself and in plain words. A line in your profile is not enough, because people reading a single post may never see it. If you received anything of value for a post, such as a free product, a payment, points or a prize, say that too.',
          'Please do not write reviews or give star ratings of our products or our competitors’ on review sites, app stores or shops, even with a disclosure. Many sites forbid them, and they are too easily read as the company’s own.',
        ],
      },
      {
        id: 'disclose',
        label: 'Say you work here whenever you post about our products or competitors, including reviews',
        hint: 'Allows disclosed employee reviews where the site permits them.',
        note: 'Only if the company has checked each site’s rules and will monitor the reviews: an undisclosed insider review can breach 16 CFR 465.5, and a manager who asks for reviews takes on duties under the same section.',
        paragraphs: [
          'When you post about our products, services or competitors, say that you work at {org}, in the post itself and in plain words. A line in your profile is not enough, because people reading a single post may never see it. If you received anything of value for a post, such as a free product, a payment, points or a prize, say that too.',
          'You may review our products only on sites whose rules allow employee reviews, and only with that disclosure in the review itself. Never review a competitor’s products.',
        ],
      },
    ],
    clauses: [
      {
        id: 'examples',
        label: 'Give examples of clear disclosures',
        note: 'On by default. The examples carry the organization’s name, because a disclosure that does not name the employer does not tell the reader anything.',
        paragraph: 'Clear disclosures look like “I work at {org} and love this feature” or “{org} employee” at the start of a short post or video, and a spoken mention in a video or a live stream. Vague tags, or a disclosure hidden among many hashtags or behind a “more” link, do not count.',
        byDefault: true,
      },
      {
        id: 'no-bought-engagement',
        label: 'No bought followers, likes, views or reviews',
        note: 'On by default. 16 CFR 465.8 bans buying or selling fake indicators of social media influence for a commercial purpose, and the same rule bans fake reviews, including AI-written ones. Civil penalties apply from the first knowing violation.',
        paragraph: 'Never buy, sell or trade followers, likes, views, subscribers or reviews for the company or its products, and never post a review, rating or testimonial that you or an AI tool wrote on behalf of someone who did not have the experience.',
        byDefault: true,
      },
      {
        id: 'advocacy-program',
        label: 'Rules for the employee advocacy program',
        note: 'Off by default; tick it if the company runs an advocacy program. Participation must be voluntary and rewards must be disclosed. Ask employment counsel about paid working time for non-exempt staff and the tax treatment of rewards.',
        paragraph: 'Joining the employee advocacy program is voluntary, and not joining will never count against you. Posts shared through the program say that you work at {org} and mention any reward, points or prize you receive for sharing.',
        byDefault: false,
      },
      {
        id: 'own-views',
        label: 'Suggest a “my views are my own” line on profiles',
        note: 'Off by default: it helps a little but is often mistaken for a disclosure, which it is not.',
        paragraph: 'If you mention your job in your profile, you may add a line such as “my views are my own”. It helps, but it does not replace saying you work here in posts about our products.',
        byDefault: false,
      },
    ],
  },
  {
    id: 'confidentiality',
    title: 'Confidential information',
    help: 'Naming exactly what is confidential protects the business. Under the NLRB’s Stericycle test (2023), a rule that a worker could reasonably take as limiting talk about pay and conditions is presumed unlawful, so vague wording about “plans” or about colleagues’ personal data is narrowed here.',
    variants: [
      {
        id: 'named-categories',
        label: 'Protect clearly named kinds of confidential information',
        hint: 'Specific, so people know what they may share.',
        note: 'Avoids the common wording “plans” and “personal data about customers or colleagues”, which an employee could read as banning talk about staffing changes or a co-worker’s pay. It protects the records a job gives access to, not everything held in a company system (a rota or a schedule is one too), and says plainly that pay and conditions, an employee’s own or colleagues’, may be discussed.',
        paragraphs: [
          'Do not share confidential business information: financial results before they are published, unannounced products and features, deals under negotiation, trade secrets, details of our IT and building security, and records about other people that you can see only because your job gives you access to them, such as customer records, HR files and payroll records.',
          'This does not stop you from sharing or discussing pay, hours, schedules, staffing and other terms and conditions of work, your own or your colleagues’, with colleagues or anyone else. If you are not sure whether something is public yet, ask {legal} first.',
        ],
      },
      {
        id: 'plus-work-in-progress',
        label: 'Also keep unannounced product work off social media',
        hint: 'Stricter: covers work on unreleased products too.',
        note: 'The extra rule covers product and design work only. It does not cover staffing, schedules or other working conditions, which employees may discuss.',
        paragraphs: [
          'Do not share confidential business information: financial results before they are published, unannounced products and features, deals under negotiation, trade secrets, details of our IT and building security, and records about other people that you can see only because your job gives you access to them, such as customer records, HR files and payroll records.',
          'Please also keep unreleased products, designs and features you work on off social media until the company has announced them, even in general terms such as “big launch coming soon”.',
          'This does not stop you from sharing or discussing pay, hours, schedules, staffing and other terms and conditions of work, your own or your colleagues’, with colleagues or anyone else. If you are not sure whether something is public yet, ask {legal} first.',
        ],
      },
    ],
    clauses: [
      {
        id: 'customers',
        label: 'Do not discuss an individual customer’s case in public',
        note: {
          us: 'On by default. Only customer-facing staff on company accounts move a conversation to a private channel, so other staff, including registered representatives, do not handle customers in direct messages from personal accounts. Answering a public review can by itself reveal protected health information (the OCR dental cases, 2019 and 2022).',
          eu: 'On by default. Only customer-facing staff on company accounts move a conversation to a private channel. A customer’s details posted by an employee can be a personal data breach; unless it is unlikely to put people at risk, the company must notify its supervisory authority within 72 hours after it learns of it (GDPR Article 33).',
        },
        paragraph: 'Do not discuss a customer’s account, order, health or complaint in public in a way that could identify them, even if they posted first. If you work in customer care and reply from a company account, move the conversation to a private channel before asking for details. Everyone else passes the post to {contact}. Talking in general about how customers treat staff is not covered.',
        byDefault: true,
      },
    ],
  },
  {
    id: 'market',
    title: 'Insider information and the share price',
    help: 'For a listed company: Regulation FD, insider-trading law and the company’s insider trading policy all reach posts. This section is on when the organization profile says the company is listed.',
    appliesWhen: 'listed',
    variants: [
      {
        id: 'listed',
        label: 'Market news through official channels; no stock talk',
        hint: 'The default for a listed company.',
        note: {
          us: 'Regulation FD requires material non-public information to reach the public at the same time as anyone it is given to on purpose, so results go out through the channels named to investors first. Comments on the share price or on rumors, and message-board posts, are where insider-trading and 10b-5 risk start; “no comment” keeps the company from taking on a duty to correct or update.',
          eu: 'Under the EU Market Abuse Regulation, the issuer publishes inside information as Article 17 requires, and unlawful disclosure and insider dealing are prohibited. Comments on the share price or on rumors can amount to unlawful disclosure or market manipulation.',
        },
        paragraphs: [
          'Information an investor would want to know that the company has not published, such as results, forecasts, deals, regulatory matters or major incidents, is released only by the people authorized to release it, through the channels the company has named for it. Never post it first, or hint at it, on a personal account.',
          'Do not comment online on the company’s share price, on market rumors about its results or deals, or on other companies whose unpublished plans you learn about through your work, and do not post on investor message boards or chats about the company’s shares. Follow the insider trading policy, including its blackout periods. Questions go to {legal}. This section does not limit talk about pay, safety or working conditions, your own or colleagues’, or any right in the last section.',
        ],
      },
    ],
    clauses: [
      {
        id: 'executives',
        label: 'Executives clear posts on listed topics first',
        note: {
          us: 'On by default. The SEC’s 2013 Netflix report: an executive’s personal account is not a channel for material news unless investors were told in advance to watch it. A topic list (results, guidance, deals, litigation, regulators, incidents) keeps pre-clearance short.',
          eu: 'On by default. Under Article 17 of the Market Abuse Regulation the issuer itself publishes inside information, so an executive’s account is not where it first appears; the US idea of naming a personal account to investors as a channel does not carry over. A topic list (results, guidance, deals, litigation, regulators, incidents) keeps pre-clearance short.',
        },
        paragraph: {
          us: 'Directors and officers clear any post about results, guidance, deals, litigation, regulators or security incidents with {legal} before it is published, and do not announce company news on a personal account unless the company has named that account to investors as a channel.',
          eu: 'Directors and officers clear any post about results, guidance, deals, litigation, regulators or security incidents with {legal} before it is published, and do not announce company news on a personal account before the company has published it as the Market Abuse Regulation requires.',
        },
        byDefault: true,
      },
    ],
  },
  {
    id: 'registered',
    title: 'If you are a registered person',
    help: 'For a group with a broker-dealer or an investment adviser: FINRA Rule 2210, Regulation Best Interest and SEC Rule 17a-4 apply to business posts and messages, whatever device sends them. On when the organization profile says the group is regulated.',
    appliesWhen: 'regulated',
    variants: [
      {
        id: 'approved-channels',
        label: 'Approved, archived channels; static content pre-approved; posts supervised',
        hint: 'The default for registered persons.',
        note: {
          us: 'Under FINRA Rule 2210 as amended in 2013, static content (a profile, a banner or background) is a retail communication that a principal approves before use; interactive posts and replies are supervised like correspondence, not pre-approved, and the rule’s content standards (fair and balanced; nothing exaggerated, unwarranted or promissory) apply to both. The recordkeeping duty covers the broker-dealer’s business messages whoever sends them, so the section reaches its unregistered staff too. RN 11-39: content, not device, decides whether a message is a business record; RN 17-18: sharing or liking third-party content can adopt it. The SEC and CFTC fined more than 100 firms for off-channel messaging from December 2021 to January 2025.',
          eu: 'Staff of regulated investment firms must keep business communications on channels the firm records and supervises. Check the rules of the firm’s regulator for marketing communications and for recording electronic communications before use.',
        },
        paragraphs: [
          {
            us: 'If you work for the group’s broker-dealer or investment adviser, or are registered with FINRA, use only the social media sites and messaging apps the firm has approved and archives for any communication about the firm’s business, such as with customers or about transactions, including messages from your own phone. Do not conduct that business by text, WhatsApp or any other app the firm does not capture.',
            eu: 'If you work for the group’s investment firm, or are registered with a financial regulator, use only the social media sites and messaging apps the firm has approved and records for any communication about the firm’s business, such as with customers or about transactions, including messages from your own phone. Do not conduct that business by text, WhatsApp or any other app the firm does not capture.',
          },
          {
            us: 'Your profile and other static content about the firm’s business are approved by a principal before you publish them. Your posts and replies are supervised and kept, and like everything you say about the firm’s business they must be fair and balanced, with no promised or exaggerated results. Do not recommend a security or strategy, post testimonials, or share, like or comment on third-party content about the firm’s products or services, unless compliance has approved it. Ask {legal} before you use an AI tool to write any of these.',
            eu: 'Your profile and other standing content about the firm’s business are approved by compliance before you publish them. Your posts and replies are supervised and kept. Do not recommend a financial instrument or strategy, post testimonials, or share, like or comment on third-party content about the firm’s products or services, unless compliance has approved it. Ask {legal} before you use an AI tool to write any of these.',
          },
        ],
      },
    ],
    clauses: [
      {
        id: 'influencers',
        label: 'Creators and influencers paid by the firm',
        note: 'On by default when the section is included. FINRA’s first influencer case, M1 Finance ($850,000, March 2024), and its 2026 oversight report: a firm that pays creators supervises and keeps their posts like its own.',
        paragraph: 'The firm pays creators or influencers to promote it only under a contract that requires compliance approval of their content before it is used and lets the firm keep copies of their posts.',
        byDefault: true,
      },
    ],
  },
  {
    id: 'respect',
    title: 'Respect',
    help: 'Banning harassment, threats and discrimination is clear and lawful. Broad civility rules are not: harsh, even profane, criticism of managers in a post about working conditions can stay protected (NLRB v. Pier Sixty, 2d Cir. 2017).',
    variants: [
      {
        id: 'same-as-at-work',
        label: 'The same standards as at work',
        hint: 'Criticism is fine; harassment, threats and discrimination are not.',
        note: 'Avoids civility wording such as “without attacking people” or “hateful remarks about anyone else”, which an employee could read as banning harsh criticism of managers. It names conduct that the law or the company’s harassment policy defines.',
        paragraphs: [
          'The rules against harassment, threats, discrimination and violence that apply at work also apply online, to how you treat colleagues, customers and partners. Criticizing the company, its managers or its decisions is not a breach of this policy.',
        ],
      },
      {
        id: 'leave-critics-to-team',
        label: 'The same standards, and leave replies to customers’ criticism to the social team',
        hint: 'Stricter: staff do not answer product or service complaints for the company.',
        note: 'Limits replies made for the company to customers’ complaints. It does not stop employees posting their own views about work.',
        paragraphs: [
          'The rules against harassment, threats, discrimination and violence that apply at work also apply online, to how you treat colleagues, customers and partners. Criticizing the company, its managers or its decisions is not a breach of this policy.',
          'When a customer criticizes our products or service online, please do not reply as if for the company; pass it to {contact}, who will answer.',
        ],
      },
    ],
    clauses: [
      {
        id: 'correct-mistakes',
        label: 'Correct mistakes, and know when to remove instead',
        note: 'On by default. Correcting in the open is right for an ordinary error, but confidential information, customer or patient data and inside information come down from public view at once, with legal keeping a copy, and nothing covered by a legal hold is deleted without legal’s word.',
        paragraph: 'If you get something wrong in a post, say so and correct it openly. If a post reveals confidential information, someone’s personal or health data, or unpublished information about the company, take it down from public view at once and tell {legal}, who will keep a copy. If you have received a legal hold notice, ask {legal} before you delete or edit anything it covers.',
        byDefault: true,
      },
      {
        id: 'stay-calm',
        label: 'Offer advice for heated conversations',
        note: 'Off by default: advice, not a rule.',
        paragraph: 'If a conversation turns heated, you do not have to have the last word. Step away, and ask {contact} for help if it concerns the company.',
        byDefault: false,
      },
    ],
  },
  {
    id: 'personal-accounts',
    title: 'Personal accounts',
    help: 'Personal accounts belong to the person, and many US states bar employers from demanding passwords or access. But the company cannot promise never to ask for work-related content: investigations, legal holds and financial supervision can require it.',
    variants: [
      {
        id: 'yours',
        label: 'Your accounts are yours; reasonable use at work is fine',
        hint: 'The most open choice.',
        note: 'Avoids the common promise that “the company will never ask to see content you keep private”, which conflicts with harassment investigations, legal holds on work content kept on personal accounts and FINRA supervision of business messages. It keeps the protections (no passwords, no demands for access) and states what the company may lawfully ask.',
        paragraphs: [
          'Your personal accounts belong to you. The company will not ask for your passwords, demand access to your accounts, or require you to connect with managers. It may ask you to keep, or to provide, work-related content from a personal account where the law allows, for example during an investigation, under a legal hold, or where a regulator requires business messages to be kept.',
          'Reasonable personal use of social media at work is fine, as long as your work gets done and you follow the device rules for your area, such as those for safety-critical work or trading floors.',
        ],
      },
      {
        id: 'own-time',
        label: 'Your accounts are yours; personal use in your own time',
        hint: 'Stricter about time at work.',
        note: 'Limits personal use during working time only; breaks and your own time stay yours.',
        paragraphs: [
          'Your personal accounts belong to you. The company will not ask for your passwords, demand access to your accounts, or require you to connect with managers. It may ask you to keep, or to provide, work-related content from a personal account where the law allows, for example during an investigation, under a legal hold, or where a regulator requires business messages to be kept.',
          'Please keep personal use of social media to breaks and your own time.',
        ],
      },
    ],
    clauses: [
      {
        id: 'privacy-settings',
        label: 'Remind people that private posts can travel',
        note: 'On by default: advice that costs nothing.',
        paragraph: 'Check who can see what you share. Anything posted, even privately, can be copied and passed on.',
        byDefault: true,
      },
      {
        id: 'impersonation',
        label: 'Report fake accounts and turn on two-step sign-in',
        note: 'On by default. Fake executive accounts (the Eli Lilly checkmark, 2022), deepfaked colleagues (Arup, 2024) and takeovers through stolen sessions are current risks; staff who know where to report them shorten the response.',
        paragraph: 'If you see an account pretending to be the company, one of its executives or a colleague, or a message that asks you to move money or share data “for the CEO”, report it to {contact} and do not reply. Use two-step sign-in on any personal account that mentions your job.',
        byDefault: true,
      },
      {
        id: 'list-your-job',
        label: 'Welcome people to list their job in their profile',
        note: 'Off by default: harmless, but registered persons’ profiles need approval first.',
        paragraph: 'You are welcome to mention your job and the company in your profiles.',
        byDefault: false,
      },
    ],
  },
  {
    id: 'ai',
    title: 'AI tools and synthetic media',
    help: 'From 2 August 2026 the EU AI Act (Article 50) requires deployers to disclose deepfakes and AI-generated text on matters of public interest. Everywhere, AI tools raise confidentiality, review and impersonation risks.',
    variants: [
      {
        id: 'approved-tools',
        label: 'Approved AI tools, with labels and limits',
        hint: 'The default.',
        note: {
          us: 'No US federal law labels AI content in general, but the FTC’s reviews rule bans AI-written fake reviews, and deceptive AI content is judged like any other advertising. Samsung staff pasted source code into ChatGPT in 2023; the Arup deepfake call cost US$25 million in 2024.',
          eu: 'Article 50 of the AI Act applies from 2 August 2026: a deployer that publishes a deepfake, or AI-generated text informing the public on matters of public interest, must disclose that it is artificially generated or manipulated. The duty for text does not apply where a person has reviewed or edited it and someone holds editorial responsibility for the publication, which is why the default pairs human review with the company’s editorial responsibility. Fines reach €15 million or 3% of worldwide turnover.',
        },
        paragraphs: [
          {
            us: 'Do not put confidential information or anyone’s personal data into an AI tool the company has not approved. Label images, video or audio that an AI tool created or changed when a viewer could mistake them for real, and have any AI-written post reviewed by a person before it is published for the company.',
            eu: 'Do not put confidential information or anyone’s personal data into an AI tool the company has not approved. When you publish for the company an image, video or audio that an AI tool created or changed and that could be taken for real, say clearly that it is AI-generated, as the EU AI Act requires. A person reviews any AI-written post, and the company takes editorial responsibility for it, before it is published for the company; AI-written text on matters of public interest that nobody has reviewed in that way is labeled as AI-generated.',
          },
          'Never create or share a realistic AI imitation of the face or voice of a colleague, an executive or a customer, one that could be taken for the real person, without their consent and the company’s approval; if you come across one, report it to {contact} rather than pass it on. If you receive a request for money, data or access by voice or video, even from someone who looks and sounds like a senior colleague, confirm it through a channel you already know before you act.',
        ],
      },
      {
        id: 'ask-first',
        label: 'Ask before using AI for anything published',
        hint: 'Stricter: every AI-assisted post is cleared first.',
        note: 'For regulated or high-risk communications. FINRA’s 2024 guidance holds AI-generated communications to the same standards as any other.',
        paragraphs: [
          'Ask {contact} before you use an AI tool to create any text, image, video or audio that will be published for the company, and label AI-generated content as the company tells you. Do not put confidential information or anyone’s personal data into an AI tool the company has not approved.',
          'Never create or share a realistic AI imitation of the face or voice of a colleague, an executive or a customer, one that could be taken for the real person, without their consent and the company’s approval; if you come across one, report it to {contact} rather than pass it on. If you receive a request for money, data or access by voice or video, even from someone who looks and sounds like a senior colleague, confirm it through a channel you already know before you act.',
        ],
      },
    ],
    clauses: [],
  },
  {
    id: 'others-content',
    title: 'Other people’s content and names',
    help: 'Public is not the same as free to reuse. The copyright in a photo or video usually belongs to whoever made it, and using a person’s name or likeness in advertising needs their consent under right-of-publicity law.',
    variants: [
      {
        id: 'ask-first',
        label: 'Ask before reusing; credit the creator and keep the permission',
        hint: 'The default.',
        note: {
          us: 'New York Civil Rights Law §§50–51 require written consent to use a person’s name or picture in advertising, and California Civil Code §3344 makes advertising use without consent liable for damages; a health provider also needs a HIPAA authorization for a patient’s story in marketing. Takedowns aimed at critics go to legal because a logo is a trademark question and fair use must be considered before any copyright notice (Lenz v. Universal, 9th Cir. 2015).',
          eu: 'Using a person’s image or story in marketing needs their consent, and their personal data falls under the GDPR. Takedowns aimed at critics go to legal, because copyright exceptions for quotation, criticism and parody and the platforms’ notice rules must be weighed first.',
        },
        paragraphs: [
          'Do not reuse other people’s photos, videos, music or words in posts for the company unless you have their permission or the company has a license, and credit the creator. To use a customer’s post, photo or story in the company’s marketing, ask {contact}, who will get written consent that names the use, the channels and the period.',
          'Do not ask a platform to remove someone else’s post about the company, for example because it uses our logo or clips of our ads; send it to {legal}, who decides. You may still report a post that targets you personally, such as harassment, your private details or an intimate image of you.',
        ],
      },
    ],
    clauses: [],
  },
  {
    id: 'records',
    title: 'Business messages and legal holds',
    help: 'Posts, replies and direct messages are records and evidence. Under FRCP 37(e) losing them after a duty to preserve arises can bring sanctions, and an adverse inference where a court finds intent to deprive.',
    variants: [
      {
        id: 'approved-channels',
        label: 'Business on approved channels; holds come first',
        hint: 'The default.',
        note: 'Keeps business records where the company can preserve them, and tells staff what a legal hold means for their own accounts without promising anything the hold could break. A hold overrides any routine deletion, including of direct messages.',
        paragraphs: [
          'Make business decisions and agreements, and talk with customers about their accounts, on the channels the company has approved and keeps, not in personal messaging apps or disappearing messages. This does not cover what you say to colleagues about your pay or working conditions.',
          'If you receive a legal hold notice, keep everything it describes, including posts, comments and direct messages on company accounts and work-related content on personal accounts. Do not delete, edit, hide or deactivate any of it until {legal} tells you the hold has ended.',
        ],
      },
    ],
    clauses: [],
  },
  {
    id: 'political',
    title: 'Politics, causes and off-duty posts',
    help: 'Political posts led to a wave of firings in September 2025. Several US states protect employees’ lawful off-duty political activity or speech, and EU countries protect opinion in their own ways; the rule here is about not speaking for the company.',
    variants: [
      {
        id: 'own-name',
        label: 'Your views in your own name; the company is not your cause',
        hint: 'The default.',
        note: {
          us: 'Statutes such as California Labor Code §§1101–1102, Colorado §24-34-402.5, Connecticut §31-51q and New York Labor Law §201-d protect some off-duty political activity or speech, each with its own exceptions. Decide discipline for a political post case by case with employment counsel, not from this policy.',
          eu: 'National law protects employees’ opinions and political activity in different ways. Decide discipline for a political post case by case with employment counsel.',
        },
        paragraphs: [
          'Your political and social views are your own. Do not post them from company accounts, and do not suggest that the company shares or endorses your views.',
          'The company respects lawful political activity in your own time. The rules against harassment, threats and discrimination still apply to how you treat colleagues and customers, whatever the subject.',
        ],
      },
    ],
    clauses: [],
  },
  {
    id: 'recording',
    title: 'Photos and recording at work',
    help: 'Under Stericycle, a blanket ban on photos or recording at work is the standard example of a rule presumed unlawful unless narrowly tailored. Areas with patient or customer data, confidential screens or safety risks can justify a tailored rule.',
    variants: [
      {
        id: 'named-areas',
        label: 'Limits only where privacy, confidentiality or safety requires them',
        hint: 'The default: a narrow rule.',
        note: 'Tailored to named interests, which is what the Stericycle Board requires of a rule that could otherwise chill protected activity. The last sentence says what the rule does not reach.',
        paragraphs: [
          'Do not take photos, video or recordings where they would capture customers’ or patients’ personal information, confidential screens or documents, or security systems, or in areas where the company has posted a safety rule against phones. This does not limit recording or sharing information about your working conditions where the law protects it.',
        ],
      },
    ],
    clauses: [],
  },
  {
    id: 'managers',
    title: 'If you manage people',
    help: 'Managers are the policy’s riskiest users. In the US, supervisors are not covered by Section 7 themselves, but what they do to staff over posts is the company’s act.',
    variants: [
      {
        id: 'managers',
        label: 'Rules for managers',
        hint: 'The default.',
        note: {
          us: 'Covers the conduct that most often turns a post into a legal claim: watching or asking about protected activity, demanding access, screening candidates’ social media outside a lawful HR process, and commenting in public on an employee’s case. A vendor’s social media report on a candidate is a consumer report under the Fair Credit Reporting Act (the FTC on Social Intelligence, 2011; Spokeo, $800,000, 2012): written permission first, and notice if it leads to a rejection.',
          eu: 'Covers the conduct that most often turns a post into a legal claim: watching or asking about protected activity, demanding access, screening candidates’ social media outside a lawful HR process, and commenting in public on an employee’s case.',
        },
        paragraphs: [
          'If you manage people, do not watch, ask about or keep records of employees’ posts about pay, conditions or union activity, and do not ask staff for passwords, access or connections. Do not look up candidates’ social media to decide on hiring outside the process HR and legal have set up.',
          'Do not comment in public on an employee’s performance, discipline or departure. If you see a post that worries you, talk to HR or {legal} before you act, so the decision is consistent and lawful.',
        ],
      },
    ],
    clauses: [],
  },
  {
    id: 'consequences',
    title: 'If something goes wrong',
    help: 'A policy that starts with help gets problems reported early, when they are cheap to fix. It must not promise a procedure the company may not follow, or in the US read as a contract.',
    variants: [
      {
        id: 'talk-first',
        label: 'Usually talk first; proportionate steps for serious breaches',
        hint: 'The most open choice.',
        note: {
          us: 'Says what usually happens without promising a procedure: a line such as “we will first talk with you” reads as a promise of progressive discipline. Keeps at-will employment and the not-a-contract statement.',
          eu: 'Discipline follows the employment contract, the works agreement and national law; the policy says what usually happens without promising a procedure.',
        },
        paragraphs: [
          'If a post breaks this policy, we will usually start by talking with you and, where needed, ask you to edit or remove it. Serious breaches, such as harassment or disclosing confidential information, may lead to disciplinary action under our usual procedures.',
          {
            us: 'This policy is not a contract of employment and does not change the at-will nature of employment.',
            eu: 'Any disciplinary step follows your employment contract, any works agreement and local law.',
          },
        ],
      },
      {
        id: 'disciplinary',
        label: 'Spell out that breaches may lead to disciplinary action',
        hint: 'Stricter wording, still within the usual procedures.',
        note: 'Plain about consequences without promising a particular procedure.',
        paragraphs: [
          'Breaking this policy may lead to disciplinary action under our usual procedures, up to and including dismissal, depending on how serious the breach is.',
          {
            us: 'This policy is not a contract of employment and does not change the at-will nature of employment.',
            eu: 'Any disciplinary step follows your employment contract, any works agreement and local law.',
          },
        ],
      },
    ],
    clauses: [
      {
        id: 'report',
        label: 'Tell people how to report a problem',
        note: 'On by default. Asking staff to report colleagues’ posts can create an impression of surveillance, so the clause names what to report, says it does not reach talk about pay or conditions, and sends harassment to HR. The promise covers making a report, not anything the reporter did.',
        paragraph: 'If you see a post that reveals confidential or personal information or impersonates the company, tell {contact}; if it harasses or threatens someone, tell HR. Colleagues talking about pay or working conditions is not something you need to report. Making a report in good faith will not count against you.',
        byDefault: true,
      },
      {
        id: 'training',
        label: 'Offer help and training to everyone',
        note: 'Off by default: useful where a training program exists.',
        paragraph: 'Social media training is open to everyone, and {contact} is glad to look at a post before you publish it.',
        byDefault: false,
      },
    ],
  },
  {
    id: 'governance',
    title: 'About this policy',
    help: 'Who owns the policy, when it was last reviewed and how staff confirm they have read it: the record a regulator, a court or an auditor will ask for.',
    variants: [
      {
        id: 'annual-review',
        label: 'Owner, yearly review and acknowledgment',
        hint: 'The default.',
        note: {
          us: 'Labor and platform rules changed several times between 2023 and 2026; a named owner and a yearly review keep the policy from going stale. An acknowledgment is evidence of training, not a waiver of rights.',
          eu: 'A named owner and a yearly review keep the policy from going stale. Works councils can have co-determination rights over conduct rules and monitoring: in Germany the Federal Labour Court held (1 ABR 7/15, 13 December 2016) that a company Facebook page where visitors can comment on staff counts as a monitoring device the works council must agree to. An acknowledgment is evidence of training, not a waiver of rights.',
        },
        paragraphs: [
          {
            us: 'This policy is owned by {legal}, who review it at least once a year and whenever the law or our platforms change. You will be asked to confirm that you have read it; confirming does not limit any right described in the next section.',
            eu: 'This policy is owned by {legal}, who review it at least once a year and whenever the law or our platforms change, and involve the works council or other employee representatives where the law gives them a say. You will be asked to confirm that you have read it; confirming does not limit any right described in the next section.',
          },
        ],
      },
    ],
    clauses: [],
  },
];
