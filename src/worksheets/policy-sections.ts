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

/**
 * Where the employees the policy covers work. The text differs where the law does. The UK version
 * has its own text wherever UK law or its sources differ from the EU version; where the substance is
 * the same (UK GDPR, UK MAR), its note says so and names the UK source.
 */
export const JURISDICTIONS = ['us', 'eu', 'uk'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];
export const JURISDICTION_LABELS: Record<Jurisdiction, string> = {
  us: 'United States',
  eu: 'European Union',
  uk: 'United Kingdom',
};

/** The date the drafting notes state the law at, printed with them. */
export const POLICY_LAW_AS_OF = 'December 2026';

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
  'The defaults are written to be signed by a general counsel in December 2026: no ban on talking to regulators, journalists or colleagues about pay and conditions, no confidentiality wording broad enough to reach them, and no promise the company could not keep under a legal hold or an investigation. Each option has a note saying why it reads as it does. Choose the jurisdiction first: the US, EU and UK versions differ where the law does.';

/** The organization profile: what it changes. */
export const POLICY_PROFILE_HELP = {
  jurisdiction: 'The US version names US agencies and the at-will rule; the EU version names works councils, whistleblowing channels and data protection authorities; the UK version names protected disclosures (whistleblowing), the ICO and the FCA, and follows the Acas Code rather than works agreements. If you employ people in more than one, build and download one version for each.',
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
      uk: 'This policy does not stop you talking with colleagues or anyone else about your pay, hours and working conditions, including to find out whether differences in pay are linked to sex, race or another protected characteristic; joining or taking part in a trade union, or contacting a union or employee representative; or raising a grievance or a concern about work together with colleagues.',
    },
    {
      us: 'Nothing in this policy or in any other company agreement stops you from contacting, filing a complaint or charge with, giving information to, or taking part in an investigation by a government agency or a self-regulatory organization, such as the SEC, FINRA, the NLRB, the EEOC, OSHA or the Department of Justice, or from receiving an award from an agency for information you give it. You do not need to tell the company or ask its permission first. If you are a registered person, you must answer FINRA when it asks you for information.',
      eu: 'Nothing in this policy or in any other company agreement stops you from reporting a breach of law through our internal whistleblowing channel, to a competent authority, or publicly where the law protects it, or from contacting a data protection authority, a labor inspectorate or another public authority. You do not need to tell the company or ask its permission first.',
      uk: 'Nothing in this policy or in any other company agreement, including a confidentiality clause or a settlement agreement, stops you from making a protected disclosure (blowing the whistle) about wrongdoing such as a crime, a breach of a legal obligation, a danger to health and safety or to the environment, or an attempt to cover one up. You may raise it within the company, with a prescribed regulator such as the Financial Conduct Authority, the Information Commissioner’s Office or the Health and Safety Executive, or more widely where the law protects it. Nothing in this policy stops you from reporting a crime to the police or getting advice from a lawyer, Acas or a trade union. You do not need to tell the company or ask its permission first.',
    },
    {
      us: 'Under the Defend Trade Secrets Act (18 U.S.C. §1833(b)), you cannot be held liable under any federal or state trade secret law for disclosing a trade secret in confidence to a government official or to a lawyer solely to report or investigate a suspected violation of law, or in a complaint or other document filed under seal in a lawsuit. If you sue the company for retaliating against you for reporting a suspected violation of law, you may give the trade secret to your lawyer and use it in the court proceeding, as long as you file any document containing it under seal and do not disclose it except as the court orders.',
      eu: 'If you report a breach in line with the law on whistleblower protection, you are protected from retaliation, and the company will keep your identity confidential as that law requires.',
      uk: 'The law protects workers who make a protected disclosure from dismissal and from any other detriment because of it. If you raise a concern with the company, it will protect your identity as far as it can.',
    },
    'The company will not retaliate against anyone for using these rights in good faith.',
  ],
  note: {
    us: 'Always included. Section 7 of the NLRA protects talk about pay and conditions with colleagues and with the public; SEC Rule 21F-17 penalizes agreements that impede reporting to the SEC, and J.P. Morgan Securities paid $18 million in January 2024 partly because its carve-out covered only responding to regulators, not contacting them; on 9 September 2024 seven public companies settled Rule 21F-17 charges over agreements that, among other things, stopped employees collecting whistleblower awards, hence the award sentence; FINRA Rule 8210 requires registered persons to answer FINRA; the DTSA notice must appear in any document that governs confidential information if the company wants all its remedies. It promises no retaliation for using these rights, not immunity from discipline for everything in a post: a post can be protected speech and still leak customer data.',
    eu: 'Always included. The EU Pay Transparency Directive (transposition deadline 7 June 2026) requires member states to ban terms that stop workers disclosing their pay; the EU Whistleblowing Directive (2019/1937) protects reports of breaches of EU law through internal and external channels and, under conditions, public disclosure. Check the national law that transposes each directive, and whether a works council must be consulted on the policy.',
    uk: 'Always included. Part IVA of the Employment Rights Act 1996, added by the Public Interest Disclosure Act 1998, protects disclosures of wrongdoing that the worker reasonably believes are in the public interest, made to the employer, to a person prescribed by the Public Interest Disclosure (Prescribed Persons) Order 2014 (the FCA, the ICO and the HSE among them) or, under stricter conditions, more widely. Section 43J makes void any term of an agreement between worker and employer, settlement agreements included, so far as it would stop a protected disclosure; sections 47B and 103A protect against detriment and make a dismissal for it automatically unfair, with no qualifying service. Since 1 October 2025, section 17 of the Victims and Prisoners Act 2024 (England and Wales) voids terms, in agreements made from that date, that would stop a victim of crime telling the police, a lawyer, a professional regulator or victim support services. The SRA’s warning notice on the use of NDAs (updated 6 August 2024) and Acas guidance on non-disclosure agreements (February 2020) say confidentiality terms must not be used to prevent reporting to regulators or the police or to silence whistleblowers. The Employment Rights Act 2025 will also void terms that stop workers speaking about harassment or discrimination once that provision is brought into force: check whether it has been. UK law has no general equivalent of NLRA Section 7, so the first paragraph is partly the company’s choice; it keeps the draft clear of section 77 of the Equality Act 2010 (pay-secrecy terms cannot be enforced against a disclosure made to find out whether pay is linked to a protected characteristic) and of the trade union protections in sections 146 and 152 of the Trade Union and Labour Relations (Consolidation) Act 1992. The EU Pay Transparency and Whistleblowing Directives do not apply in the UK, and UK law has no statutory duty to keep a whistleblower’s identity confidential, so the draft promises care rather than a guarantee.',
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
        note: {
          us: 'Limits only statements made on the company’s behalf. A rule that sent every contact with journalists, investors or regulators to spokespeople would reach protected talk about working conditions and whistleblowing, so it is not here. Investors’ and analysts’ questions go to legal rather than the social team, because an answer can be a selective disclosure under Regulation FD.',
          eu: 'Limits only statements made on the company’s behalf. A rule that sent every contact with journalists, investors or regulators to spokespeople would reach protected talk about working conditions and whistleblowing, so it is not here. Investors’ and analysts’ questions go to legal rather than the social team, because an answer can be a selective disclosure under Regulation FD.',
          uk: 'Limits only statements made on the company’s behalf. A rule that sent every contact with journalists, investors or regulators to spokespeople would reach protected disclosures and trade union activity, so it is not here. Investors’ and analysts’ questions go to legal rather than the social team, because passing on inside information other than in the normal course of a job is unlawful disclosure under Article 10 of UK MAR.',
        },
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
        note: {
          us: 'Avoids the common ban on posts about the company’s “business, products and plans”: “plans” reaches layoffs, closures and schedules, the kind of pre-approval rule the NLRB challenged in the AMR case. This version limits only promotional and official posts.',
          eu: 'Avoids the common ban on posts about the company’s “business, products and plans”: “plans” reaches layoffs, closures and schedules, the kind of pre-approval rule the NLRB challenged in the AMR case. This version limits only promotional and official posts.',
          uk: 'Avoids the common ban on posts about the company’s “business, products and plans”: “plans” reaches redundancies, closures and rotas, which staff may raise with a trade union or in a protected disclosure, and a rule that broad is hard to apply fairly in a disciplinary case. This version limits only promotional and official posts.',
        },
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
        note: {
          us: 'On by default. JLM Couture v. Gutman (2d Cir. 2024) treats an account like other property: who owned it when it was created, then whether it was transferred. Record ownership and purpose when the account is created. Two-step sign-in and offboarding stop a departing person keeping a brand account, as at HMV in 2013.',
          eu: 'On by default. JLM Couture v. Gutman (2d Cir. 2024) treats an account like other property: who owned it when it was created, then whether it was transferred. Record ownership and purpose when the account is created. Two-step sign-in and offboarding stop a departing person keeping a brand account, as at HMV in 2013.',
          uk: 'On by default. In Whitmar Publications v Gamage [2013] EWHC 1881 (Ch) the High Court ordered former employees to hand back control of LinkedIn groups they had run for the business, despite LinkedIn’s terms saying accounts are personal; an account created for the employer’s business and run on its equipment is the easier case. Record ownership and purpose when the account is created. Two-step sign-in and offboarding stop a departing person keeping a brand account, as at HMV in 2013.',
        },
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
        note: {
          us: 'The default. Part 465 puts duties on officers and managers who ask staff for reviews, and shops such as Amazon forbid reviews by a seller’s employees of its own or a competitor’s products, even with a disclosure. A plain ban is simpler to follow and to supervise.',
          eu: 'The default. Part 465 puts duties on officers and managers who ask staff for reviews, and shops such as Amazon forbid reviews by a seller’s employees of its own or a competitor’s products, even with a disclosure. A plain ban is simpler to follow and to supervise.',
          uk: 'The default. Since 6 April 2025 Schedule 20, paragraph 13 of the Digital Markets, Competition and Consumers Act 2024 bans, in all circumstances, submitting or commissioning a fake consumer review or one that hides an incentive, and the CMA can now fine up to 10% of global turnover itself; its guidance Fake reviews (CMA208, April 2025) expects businesses that publish reviews to have policies that prevent them. Staff reviews of their employer’s products invite exactly that question, and shops such as Amazon forbid them even with a disclosure. A plain ban is simpler to follow and to supervise.',
        },
        paragraphs: [
          'When you post about our products, services or competitors, say that you work at {org}, in the post itself and in plain words. A line in your profile is not enough, because people reading a single post may never see it. If you received anything of value for a post, such as a free product, a payment, points or a prize, say that too.',
          'Please do not write reviews or give star ratings of our products or our competitors’ on review sites, app stores or shops, even with a disclosure. Many sites forbid them, and they are too easily read as the company’s own.',
        ],
      },
      {
        id: 'disclose',
        label: 'Say you work here whenever you post about our products or competitors, including reviews',
        hint: 'Allows disclosed employee reviews where the site permits them.',
        note: {
          us: 'Only if the company has checked each site’s rules and will monitor the reviews: an undisclosed insider review can breach 16 CFR 465.5, and a manager who asks for reviews takes on duties under the same section.',
          eu: 'Only if the company has checked each site’s rules and will monitor the reviews: an undisclosed insider review can breach 16 CFR 465.5, and a manager who asks for reviews takes on duties under the same section.',
          uk: 'Only if the company has checked each site’s rules and will monitor the reviews: a staff review that hides the connection, or one a manager asked for in return for a reward, risks breaching Schedule 20, paragraph 13 of the DMCC Act 2024 (fake and concealed-incentive reviews), which the CMA enforces with its own fines.',
        },
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
        note: {
          us: 'On by default. 16 CFR 465.8 bans buying or selling fake indicators of social media influence for a commercial purpose, and the same rule bans fake reviews, including AI-written ones. Civil penalties apply from the first knowing violation.',
          eu: 'On by default. 16 CFR 465.8 bans buying or selling fake indicators of social media influence for a commercial purpose, and the same rule bans fake reviews, including AI-written ones. Civil penalties apply from the first knowing violation.',
          uk: 'On by default. Schedule 20, paragraph 13 of the DMCC Act 2024 bans fake reviews, meaning reviews that pretend to rest on a real experience, whoever or whatever wrote them, and reviews that hide an incentive. No UK rule names bought followers as such, but presenting bought likes, views or followers as real popularity risks being a misleading action under Part 4 of the same Act, which the CMA enforces directly.',
        },
        paragraph: 'Never buy, sell or trade followers, likes, views, subscribers or reviews for the company or its products, and never post a review, rating or testimonial that you or an AI tool wrote on behalf of someone who did not have the experience.',
        byDefault: true,
      },
      {
        id: 'advocacy-program',
        label: 'Rules for the employee advocacy program',
        note: {
          us: 'Off by default; tick it if the company runs an advocacy program. Participation must be voluntary and rewards must be disclosed. Ask employment counsel about paid working time for non-exempt staff and the tax treatment of rewards.',
          eu: 'Off by default; tick it if the company runs an advocacy program. Participation must be voluntary and rewards must be disclosed. Ask employment counsel about paid working time for non-exempt staff and the tax treatment of rewards.',
          uk: 'Off by default; tick it if the company runs an advocacy program. Participation must be voluntary and rewards must be disclosed. When the company both rewards a post and controls what it says, the ASA treats it as an ad, which must be obviously identifiable (CAP Code rule 2.1); the ASA and CMA’s Influencers’ guide to making clear that ads are ads (third edition, 23 March 2023) recommends a label such as “Ad” at the front. Ask employment counsel about working time and pay for time spent sharing, and about the tax treatment of rewards.',
        },
        paragraph: {
          us: 'Joining the employee advocacy program is voluntary, and not joining will never count against you. Posts shared through the program say that you work at {org} and mention any reward, points or prize you receive for sharing.',
          eu: 'Joining the employee advocacy program is voluntary, and not joining will never count against you. Posts shared through the program say that you work at {org} and mention any reward, points or prize you receive for sharing.',
          uk: 'Joining the employee advocacy program is voluntary, and not joining will never count against you. Posts shared through the program say that you work at {org} and mention any reward, points or prize you receive for sharing. A post the company wrote for you to share, and rewards you for sharing, starts with “Ad”.',
        },
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
        note: {
          us: 'Avoids the common wording “plans” and “personal data about customers or colleagues”, which an employee could read as banning talk about staffing changes or a co-worker’s pay. It protects the records a job gives access to, not everything held in a company system (a rota or a schedule is one too), and says plainly that pay and conditions, an employee’s own or colleagues’, may be discussed.',
          eu: 'Avoids the common wording “plans” and “personal data about customers or colleagues”, which an employee could read as banning talk about staffing changes or a co-worker’s pay. It protects the records a job gives access to, not everything held in a company system (a rota or a schedule is one too), and says plainly that pay and conditions, an employee’s own or colleagues’, may be discussed.',
          uk: 'Avoids the common wording “plans” and “personal data about customers or colleagues”, which an employee could read as banning talk about redundancies or a co-worker’s pay; section 77 of the Equality Act 2010 already stops a pay-secrecy term being enforced against pay talk aimed at finding discrimination. Naming trade secrets, and keeping them secret in practice, is what lets the company rely on the Trade Secrets (Enforcement, etc.) Regulations 2018 (in force 9 June 2018), which protect information that is secret, has commercial value because it is secret and has been subject to reasonable steps to keep it so. Those Regulations mainly set procedure, time limits and remedies; no notice like the US DTSA immunity notice is needed, and a whistleblower’s protection comes from section 43J of the Employment Rights Act 1996.',
        },
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
          uk: 'On by default. Only customer-facing staff on company accounts move a conversation to a private channel. The same in substance as the EU version: a customer’s details posted by an employee can be a personal data breach, and unless it is unlikely to put people at risk the company must report it to the Information Commissioner’s Office within 72 hours of becoming aware of it (Article 33 of the UK GDPR, which sits alongside the Data Protection Act 2018).',
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
          uk: 'The same in substance as the EU version. UK MAR, the EU Market Abuse Regulation kept in UK law after Brexit and now assimilated law, requires the issuer to announce inside information as Article 17 requires, through a regulatory information service, and prohibits unlawful disclosure (Article 10) and insider dealing. The FCA enforces it; its Primary Market Bulletin 52 (November 2024) addressed directors’ use of WhatsApp and social media. Comments on the share price or on rumours can amount to unlawful disclosure or market manipulation.',
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
          uk: 'On by default. The same in substance as the EU version: under Article 17 of UK MAR the issuer itself announces inside information, through a regulatory information service, so a director’s account is not where it first appears, and the US idea of naming a personal account to investors as a channel does not carry over. A topic list (results, guidance, deals, litigation, regulators, incidents) keeps pre-clearance short.',
        },
        paragraph: {
          us: 'Directors and officers clear any post about results, guidance, deals, litigation, regulators or security incidents with {legal} before it is published, and do not announce company news on a personal account unless the company has named that account to investors as a channel.',
          eu: 'Directors and officers clear any post about results, guidance, deals, litigation, regulators or security incidents with {legal} before it is published, and do not announce company news on a personal account before the company has published it as the Market Abuse Regulation requires.',
          uk: 'Directors and officers clear any post about results, guidance, deals, litigation, regulators or security incidents with {legal} before it is published, and do not announce company news on a personal account before the company has announced it through a regulatory information service.',
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
          uk: 'For firms the FCA authorises. SYSC 10A requires in-scope firms to record telephone conversations and keep electronic communications about activities in financial instruments, and to take reasonable steps to stop staff using private equipment the firm cannot capture; the FCA’s Market Watch 66 (January 2021) said this holds for WhatsApp and home working. A post that invites people to invest can be a financial promotion, which must be fair, clear and not misleading, and the FCA’s FG24/1, Finalised guidance on financial promotions on social media (26 March 2024), applies that to posts, reels and memes. Check which staff and activities are in scope before use.',
        },
        paragraphs: [
          {
            us: 'If you work for the group’s broker-dealer or investment adviser, or are registered with FINRA, use only the social media sites and messaging apps the firm has approved and archives for any communication about the firm’s business, such as with customers or about transactions, including messages from your own phone. Do not conduct that business by text, WhatsApp or any other app the firm does not capture.',
            eu: 'If you work for the group’s investment firm, or are registered with a financial regulator, use only the social media sites and messaging apps the firm has approved and records for any communication about the firm’s business, such as with customers or about transactions, including messages from your own phone. Do not conduct that business by text, WhatsApp or any other app the firm does not capture.',
            uk: 'If you work for one of the group’s FCA-authorised firms, use only the social media sites and messaging apps the firm has approved and records for any communication about the firm’s business, such as with clients or about transactions, including messages from your own phone. Do not conduct that business by text, WhatsApp or any other app the firm does not capture.',
          },
          {
            us: 'Your profile and other static content about the firm’s business are approved by a principal before you publish them. Your posts and replies are supervised and kept, and like everything you say about the firm’s business they must be fair and balanced, with no promised or exaggerated results. Do not recommend a security or strategy, post testimonials, or share, like or comment on third-party content about the firm’s products or services, unless compliance has approved it. Ask {legal} before you use an AI tool to write any of these.',
            eu: 'Your profile and other standing content about the firm’s business are approved by compliance before you publish them. Your posts and replies are supervised and kept. Do not recommend a financial instrument or strategy, post testimonials, or share, like or comment on third-party content about the firm’s products or services, unless compliance has approved it. Ask {legal} before you use an AI tool to write any of these.',
            uk: 'Your profile and other standing content about the firm’s business are approved by compliance before you publish them, because a post that invites people to invest can be a financial promotion. Your posts and replies are monitored and kept, and must be fair, clear and not misleading. Do not recommend a financial instrument or strategy, post testimonials, or share, like or comment on third-party content about the firm’s products or services, unless compliance has approved it. Ask {legal} before you use an AI tool to write any of these.',
          },
        ],
      },
    ],
    clauses: [
      {
        id: 'influencers',
        label: 'Creators and influencers paid by the firm',
        note: {
          us: 'On by default when the section is included. FINRA’s first influencer case, M1 Finance ($850,000, March 2024), and its 2026 oversight report: a firm that pays creators supervises and keeps their posts like its own.',
          eu: 'On by default when the section is included. FINRA’s first influencer case, M1 Finance ($850,000, March 2024), and its 2026 oversight report: a firm that pays creators supervises and keeps their posts like its own.',
          uk: 'On by default when the section is included. FG24/1 (March 2024): a firm that works with influencers or other affiliates takes responsibility for how they promote it and should monitor what they post, and an influencer who promotes a regulated product without approval from an authorised person may commit a criminal offence (section 21 of the Financial Services and Markets Act 2000).',
        },
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
        note: {
          us: 'Avoids civility wording such as “without attacking people” or “hateful remarks about anyone else”, which an employee could read as banning harsh criticism of managers. It names conduct that the law or the company’s harassment policy defines.',
          eu: 'Avoids civility wording such as “without attacking people” or “hateful remarks about anyone else”, which an employee could read as banning harsh criticism of managers. It names conduct that the law or the company’s harassment policy defines.',
          uk: 'UK law has no NLRA-style protection for insulting managers, but a rule that punished criticism itself would collide with grievances and protected disclosures, so the rule names conduct that the law or the harassment policy defines. Since 26 October 2024 employers must take reasonable steps to prevent sexual harassment of their staff (section 40A of the Equality Act 2010, added by the Worker Protection (Amendment of Equality Act 2010) Act 2023); harassment between colleagues online can fall within it when it is connected with work.',
        },
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
          uk: 'No UK law requires AI-generated content to be labelled in general. The Committee of Advertising Practice said in May 2025 (Disclosure of AI in advertising) that there is no blanket legal requirement to disclose AI in ads but that the CAP Code applies however an ad is made, so AI content that would mislead without a label needs one. The DMCC Act 2024 bans fake reviews, AI-written ones included. If the company’s posts are aimed at people in the EU, check Article 50 of the EU AI Act, which can apply to deployers outside the EU whose output is used there. Samsung staff pasted source code into ChatGPT in 2023; the Arup deepfake call cost US$25 million in 2024.',
        },
        paragraphs: [
          {
            us: 'Do not put confidential information or anyone’s personal data into an AI tool the company has not approved. Label images, video or audio that an AI tool created or changed when a viewer could mistake them for real, and have any AI-written post reviewed by a person before it is published for the company.',
            eu: 'Do not put confidential information or anyone’s personal data into an AI tool the company has not approved. When you publish for the company an image, video or audio that an AI tool created or changed and that could be taken for real, say clearly that it is AI-generated, as the EU AI Act requires. A person reviews any AI-written post, and the company takes editorial responsibility for it, before it is published for the company; AI-written text on matters of public interest that nobody has reviewed in that way is labeled as AI-generated.',
            uk: 'Do not put confidential information or anyone’s personal data into an AI tool the company has not approved. Label images, video or audio that an AI tool created or changed when a viewer could mistake them for real, and have any AI-written post reviewed by a person before it is published for the company. Posts aimed at people in the EU also follow the EU AI Act’s labelling rules.',
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
          uk: 'Using a person’s image or story in marketing needs their consent: their personal data falls under the UK GDPR, and although English law has no general image right, a false suggestion that someone endorses a product can be passing off (Fenty v Arcadia [2015] EWCA Civ 3, over a Topshop T-shirt bearing Rihanna’s image). Takedowns aimed at critics go to legal, because the Copyright, Designs and Patents Act 1988 allows fair dealing for criticism, review and quotation (section 30) and for caricature, parody or pastiche (section 30A), and a logo is a trade mark question.',
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
          uk: 'UK law protects religion and philosophical belief, not political opinion as such: a belief is protected under section 10 of the Equality Act 2010 if it meets the Grainger tests, and Forstater v CGD Europe (EAT, June 2021) held that only the most extreme beliefs, akin to Nazism or totalitarianism, fail the test of being worthy of respect in a democratic society. In Higgs v Farmor’s School [2025] EWCA Civ 109 (February 2025) the Court of Appeal held that dismissing an employee over Facebook posts expressing her beliefs was unlawful discrimination, because a response to how a belief is expressed must be objectively justified, and dismissal was disproportionate. Ordinary unfair dismissal asks whether dismissal was within the range of reasonable responses; the qualifying service is two years, falling to six months where the effective date of termination is on or after 1 January 2027 (section 25 of the Employment Rights Act 2025, brought into force by SI 2026/559). Decide discipline for a political post case by case with employment counsel.',
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
        note: {
          us: 'Tailored to named interests, which is what the Stericycle Board requires of a rule that could otherwise chill protected activity. The last sentence says what the rule does not reach.',
          eu: 'Tailored to named interests, which is what the Stericycle Board requires of a rule that could otherwise chill protected activity. The last sentence says what the rule does not reach.',
          uk: 'UK law has no presumption like the NLRB’s Stericycle test, so a broader rule is possible; the narrow one is kept because it is easier to defend as reasonable in a disciplinary case and does not reach evidence a worker gathers for a grievance or a protected disclosure. Where customers’ or patients’ personal data is filmed, the UK GDPR applies to whoever holds the recording. The last sentence says what the rule does not reach.',
        },
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
          uk: 'Covers the conduct that most often turns a post into a legal claim. The ICO’s guidance Employment practices and data protection: monitoring workers (3 October 2023) expects monitoring to be necessary, proportionate and transparent, with a data protection impact assessment where the risk is high, so a manager’s own watching of staff accounts falls outside it. Screening candidates’ social media is processing under the UK GDPR: tell candidates, keep to job-relevant information, and keep protected characteristics under the Equality Act 2010 away from the people who decide. Commenting in public on an employee’s case risks the employee’s privacy and the fairness of any procedure.',
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
          uk: 'Says what usually happens without promising a procedure. The Acas Code of Practice on disciplinary and grievance procedures sets the minimum a tribunal expects, and it may raise or cut an award by up to 25% for an unreasonable failure to follow it (section 207A of the Trade Union and Labour Relations (Consolidation) Act 1992). The policy is stated not to be contractual, so it can be updated without changing contracts.',
        },
        paragraphs: [
          'If a post breaks this policy, we will usually start by talking with you and, where needed, ask you to edit or remove it. Serious breaches, such as harassment or disclosing confidential information, may lead to disciplinary action under our usual procedures.',
          {
            us: 'This policy is not a contract of employment and does not change the at-will nature of employment.',
            eu: 'Any disciplinary step follows your employment contract, any works agreement and local law.',
            uk: 'Any disciplinary step follows our disciplinary procedure. This policy does not form part of your contract of employment, and the company may change it.',
          },
        ],
      },
      {
        id: 'disciplinary',
        label: 'Spell out that breaches may lead to disciplinary action',
        hint: 'Stricter wording, still within the usual procedures.',
        note: {
          us: 'Plain about consequences without promising a particular procedure.',
          eu: 'Plain about consequences without promising a particular procedure.',
          uk: 'Plain about consequences without promising a particular procedure. A dismissal for a post must still be for a fair reason and within the range of reasonable responses, after a fair procedure that follows the Acas Code of Practice on disciplinary and grievance procedures.',
        },
        paragraphs: [
          'Breaking this policy may lead to disciplinary action under our usual procedures, up to and including dismissal, depending on how serious the breach is.',
          {
            us: 'This policy is not a contract of employment and does not change the at-will nature of employment.',
            eu: 'Any disciplinary step follows your employment contract, any works agreement and local law.',
            uk: 'Any disciplinary step follows our disciplinary procedure. This policy does not form part of your contract of employment, and the company may change it.',
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
          uk: 'A named owner and a yearly review keep the policy from going stale. The UK has no works councils with co-determination rights like Germany’s: employers consult where a collective agreement with a recognised trade union or an agreement under the Information and Consultation of Employees Regulations 2004 requires it. Those Regulations apply to undertakings with 50 or more employees and only after a valid request, which since 6 April 2020 needs 2% of employees (at least 15), or where the employer starts the process. Where the policy comes with monitoring, the ICO’s monitoring guidance (October 2023) suggests involving workers or their representatives in assessing it. An acknowledgment is evidence of training, not a waiver of rights.',
        },
        paragraphs: [
          {
            us: 'This policy is owned by {legal}, who review it at least once a year and whenever the law or our platforms change. You will be asked to confirm that you have read it; confirming does not limit any right described in the next section.',
            eu: 'This policy is owned by {legal}, who review it at least once a year and whenever the law or our platforms change, and involve the works council or other employee representatives where the law gives them a say. You will be asked to confirm that you have read it; confirming does not limit any right described in the next section.',
            uk: 'This policy is owned by {legal}, who review it at least once a year and whenever the law or our platforms change, and consult a recognised trade union or employee representatives where an agreement with them requires it. You will be asked to confirm that you have read it; confirming does not limit any right described in the next section.',
          },
        ],
      },
    ],
    clauses: [],
  },
];
