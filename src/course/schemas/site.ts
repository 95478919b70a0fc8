import { z } from 'astro/zod';
import { AA_TEXT, contrastRatio, parseHex, SCHEME_BACKGROUNDS } from '../contrast.ts';
import { TRACK_IDS, textSchema, trackIdSchema } from './common.ts';

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

/** Trainer-editable settings (`content/site.yaml`). */
export const siteSchema = z
  .object({
    /** The organisation running the course, shown in the header and on certificates. */
    organisation: textSchema,
    /** Site name shown in the header and page titles. */
    title: textSchema.default('Social Literacy Academy'),
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
  })
  .strict();
export type SiteSettings = z.infer<typeof siteSchema>;
