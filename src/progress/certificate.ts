import { trackSummary, type ModuleOutline, type TrackOutline } from './course-status.ts';
import type { Progress } from './progress-schema.ts';

export interface CertificateScore {
  module: ModuleOutline;
  /** Best score, 0–1 (absent if the record holds the completion but not the attempts). */
  best?: number;
}

export type CertificateStatus =
  | { complete: false; remaining: ModuleOutline[] }
  | {
      complete: true;
      /** When the last quiz of the track was first passed (ISO date-time). */
      completedOn: string;
      /** The certificate's date: the UTC day of `completedOn` (yyyy-mm-dd), see `certificateDate`. */
      day: string;
      scores: CertificateScore[];
    };

/** Whether the learner has passed every quiz of the track, and with which scores, or what is left. */
export function certificateStatus(progress: Progress, track: TrackOutline): CertificateStatus {
  const summary = trackSummary(progress, track);
  if (!summary.complete) return { complete: false, remaining: summary.modules.filter((m) => m.status.state !== 'done').map((m) => m.module) };
  const dates = summary.modules.map((m) => Date.parse(m.status.completed!));
  const completedOn = new Date(Math.max(...dates)).toISOString();
  return {
    complete: true,
    completedOn,
    day: certificateDate(completedOn).day,
    scores: summary.modules.map((m) => ({ module: m.module, ...(m.status.bestScore === undefined ? {} : { best: m.status.bestScore }) })),
  };
}

/**
 * The one day a certificate states, in its `<time datetime>`, its text and its verification code:
 * the UTC calendar day of completion. Not the learner's local day: a trainer in another time zone
 * who imports the learner's progress must see the same date and code. `text` is that day in words
 * in the page's language (e.g. "March 5, 2026"), whatever the browser's time zone.
 */
export function certificateDate(completedOn: string, locale?: string): { day: string; text: string } {
  const time = Date.parse(completedOn);
  const day = Number.isNaN(time) ? completedOn.slice(0, 10) : new Date(time).toISOString().slice(0, 10);
  return { day, text: new Date(`${day}T00:00:00.000Z`).toLocaleDateString(locale, { dateStyle: 'long', timeZone: 'UTC' }) };
}

/** cyrb53: a small, well-mixed 53-bit string hash (public domain, bryc). */
function cyrb53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Crockford's base 32: no I, L, O or U, so codes read aloud and typed back without confusion. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export interface CertificateFacts {
  name: string;
  trackId: string;
  /** ISO date-time of completion. */
  completedOn: string;
  /** Module id → best score 0–1, or null when only the completion is known. */
  scores: Record<string, number | null>;
}

/**
 * A short code (`XXXX-XXXX-XX`) derived from exactly what the certificate states: the same facts
 * always give the same code, and changing the name, track, date or any score changes it. A trainer
 * can recompute it from the learner's exported progress; it is a consistency check, not a secret.
 */
export function verificationCode(facts: CertificateFacts): string {
  const canonical = [
    facts.name.trim().replace(/\s+/g, ' ').normalize('NFC'),
    facts.trackId,
    certificateDate(facts.completedOn).day,
    ...Object.keys(facts.scores)
      .sort()
      .map((id) => `${id}=${facts.scores[id] == null ? 'passed' : Math.round(facts.scores[id] * 100)}`),
  ].join('\n');
  let value = cyrb53(canonical);
  let code = '';
  for (let i = 0; i < 10; i++) {
    code = ALPHABET[value % 32] + code;
    value = Math.floor(value / 32);
  }
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}
