import { z } from 'astro/zod';
import { AA_TEXT, contrastRatio, parseHex, SCHEME_BACKGROUNDS } from '../contrast.ts';
import { TRACK_IDS, textSchema, trackIdSchema } from './common.ts';
import { xapiSchema } from './xapi.ts';

const hexColour = z.string().refine((value) => parseHex(value) !== undefined, { error: 'must be a hex colour such as "#0a5cad"' });

/** An accent colour for one scheme, readable as link text on that scheme's backgrounds. */
const accentFor = (scheme: keyof typeof SCHEME_BACKGROUNDS) =>
  hexColour.superRefine((colour, ctx) => {
    if (!parseHex(colour)) return;
    for (const [surface, background] of Object.entries(SCHEME_BACKGROUNDS[scheme])) {
      const ratio = contrastRatio(colour, background);
      if (ratio < AA_TEXT) {
        ctx.addIssue({
          code: 'custom',
          message: `"${colour}" has a contrast ratio of ${ratio.toFixed(2)}:1 against the ${scheme} ${surface} background ${background} — WCAG AA needs ${AA_TEXT}:1; choose a ${scheme === 'light' ? 'darker' : 'lighter'} colour`,
        });
        return;
      }
    }
  });

/** Someone learners can reach: a name plus any of email, phone, chat channel or web page. */
export const contactSchema = z
  .object({
    /** A person, team or desk, as learners should address it: "the Social Media Desk". */
    name: textSchema,
    email: z.email({ error: 'must be an email address, e.g. social-desk@example.com' }).optional(),
    phone: z.string().regex(/^\+?[0-9 ()./-]{3,30}$/, 'must be a phone number of digits, spaces and + ( ) . / -').optional(),
    /** A chat channel, e.g. "#social-escalation on Teams". */
    chat: textSchema.optional(),
    url: z.url({ protocol: /^https?$/, error: 'must be a full http(s) URL' }).optional(),
  })
  .strict();
export type Contact = z.infer<typeof contactSchema>;

/** The kinds of contact a lesson can name with `<OrgContact kind="…" />`. */
export const CONTACT_KINDS = ['escalation', 'privacy', 'security', 'socialTeam'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

/** Legal systems whose passages `<ForJurisdiction in="…">` shows. */
export const JURISDICTIONS = ['us', 'eu', 'uk', 'other'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];
export const jurisdictionSchema = z.enum(JURISDICTIONS, { error: `must be one of ${JURISDICTIONS.join(', ')}` });

const shareSchema = z.number().gt(0, 'must be above 0').max(1, 'must be at most 1 (a share, e.g. 0.8)');

/** Trainer-editable settings (`content/site.yaml`). */
export const siteSchema = z
  .object({
    /** The organisation running the course, shown in the header and on certificates. */
    organisation: textSchema,
    /** Site name shown in the header and page titles. */
    title: textSchema.default('Social Literacy Academy'),
    /**
     * The language the content is written in, as a BCP 47 tag (`en`, `en-GB`, `de`): the pages' `lang`,
     * so screen readers pronounce it right and browsers offer translation. Set it when you translate the content.
     */
    language: z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as en, en-GB or de').default('en'),
    /** Optional logo: a file in `public/`, e.g. `logo.svg`. */
    logo: z.string().regex(/^[^/:][^:]*\.(svg|png|jpg|jpeg|webp)$/, 'must be a file name in public/, e.g. logo.svg').optional(),
    /** Link and button colour for each colour scheme; each must meet WCAG AA contrast on that scheme's backgrounds. */
    accentColor: z
      .object({ light: accentFor('light'), dark: accentFor('dark') })
      .strict()
      .default({ light: '#0a5cad', dark: '#7db8f0' }),
    /** Tracks shown on this site; a disabled track disappears everywhere. */
    enabledTracks: z.array(trackIdSchema).min(1, 'enable at least one track').default([...TRACK_IDS]),
    /** Share of questions right to pass a quiz that sets no pass mark of its own. */
    passMark: z.number().gt(0, 'must be above 0').max(1, 'must be at most 1 (a share, e.g. 0.8)').default(0.8),
    /** Where learners get help. */
    helpContact: z
      .object({ name: textSchema, email: z.email({ error: 'must be an email address' }).optional(), url: z.string().optional() })
      .strict()
      .optional(),
    /** Months after its `reviewed` date before the build warns that content is due for review. */
    reviewWithinMonths: z.number().int().min(1, 'must be at least 1').max(120, 'must be at most 120').default(12),
    /** This organization's people, named in lessons by `<OrgContact kind="…" />`; each is optional. */
    contacts: z
      .object({ escalation: contactSchema.optional(), privacy: contactSchema.optional(), security: contactSchema.optional(), socialTeam: contactSchema.optional() })
      .strict()
      .default({}),
    /** This organization's social media policy, named in lessons by `<OurPolicy />`. */
    policy: z
      .object({
        title: textSchema,
        url: z.url({ protocol: /^https?$/, error: 'must be a full http(s) URL' }).optional(),
        /** Shown with the title, on handouts and on certificates, e.g. "3.1 (May 2026)". */
        version: textSchema.optional(),
      })
      .strict()
      .optional(),
    /** Legal systems that apply to learners; `<ForJurisdiction>` passages for others are left out. */
    jurisdictions: z.array(jurisdictionSchema).min(1, 'name at least one jurisdiction').default([...JURISDICTIONS]),
    /** The final check that closes each track. */
    finalCheck: z
      .object({
        /** Questions drawn from the track's pool per attempt; the pool must hold at least twice as many. */
        questions: z.number().int().min(1, 'must be at least 1').max(50, 'must be at most 50').default(8),
        /** Share of drawn questions right to pass. */
        passMark: shareSchema.default(0.8),
        /** Minutes a learner waits after a failed attempt before the next one (0: no wait). */
        retakeAfterMinutes: z.number().int().min(0, 'must be 0 or more').max(10080, 'must be at most 10080 (a week)').default(10),
      })
      .strict()
      .default({ questions: 8, passMark: 0.8, retakeAfterMinutes: 10 }),
    /** What a certificate needs: every module quiz passed, the final check passed, or both. */
    certificateRequires: z.enum(['modules', 'final', 'both'], { error: 'must be one of modules, final, both' }).default('both'),
    /** Optional: learners of this track confirm at its end that they have read the policy (needs `policy`). */
    attestation: z
      .object({ track: trackIdSchema.default('foundations') })
      .strict()
      .optional(),
    /** Reporting to a Learning Record Store: activity ids, and plain xAPI mode without an LMS (./xapi.ts). */
    xapi: xapiSchema.default({ activityIdBase: 'urn:social-literacy-academy:' }),
  })
  .strict();
export type SiteSettings = z.infer<typeof siteSchema>;
