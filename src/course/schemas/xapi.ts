import { z } from 'astro/zod';

/** Hosts a test LRS may run on; everything else must be https. */
const LOOPBACK = /^http:\/\/(?:127\.0\.0\.1|localhost|\[::1\])(?::\d+)?\//;

const httpsUrl = (what: string) =>
  z
    .url({ protocol: /^https?$/, error: 'must be a full URL, e.g. https://lrs.example.com/xapi/' })
    .refine((value) => value.startsWith('https://') || LOOPBACK.test(value), { error: `${what} must use https:// (http:// only on 127.0.0.1 or localhost, for testing)` });

/**
 * Reporting to a Learning Record Store (`xapi:` in content/site.yaml). Every field is public: it
 * ends up in the built pages. Credentials never go here (the object is strict, so a `token`,
 * `key` or `password` field fails the build); in plain xAPI mode each learner's link carries a
 * trainer-issued token instead. See README.md › "cmi5 packages and xAPI".
 */
export const xapiSchema = z
  .object({
    /**
     * Plain xAPI mode (no LMS): the LRS's xAPI endpoint, ending in `/`. Pages send statements
     * there only when opened with a trainer's link that carries a token; without one nothing is sent.
     */
    endpoint: httpsUrl('endpoint')
      .refine((value) => value.endsWith('/'), { error: 'must end with / (the xAPI base, e.g. https://lrs.example.com/xapi/)' })
      .optional(),
    /**
     * Where the course's activity ids start (modules, final-check questions, the cmi5 course and AU):
     * best the address the course is hosted at, e.g. https://training.example.com/academy/. Ending in `/` or `:`.
     */
    activityIdBase: z
      .string()
      .regex(/^(?:https:\/\/[^\s?#]+\/|urn:[a-z0-9][a-z0-9-]*:(?:[^\s?#]*[:/])?)$/i, 'must be an https:// address ending in / or a urn: ending in : or /, e.g. https://training.example.com/academy/')
      .default('urn:social-literacy-academy:'),
    /** Plain xAPI mode: learners are named by an account on this system (e.g. your intranet) instead of an email address. */
    accountHomePage: httpsUrl('accountHomePage').optional(),
  })
  .strict();
export type XapiSettings = z.infer<typeof xapiSchema>;
