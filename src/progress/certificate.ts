import { attestationStatus, certificateNeeds, finalCheckStatus, trackSummary, type ModuleOutline, type TrackOutline } from './course-status.ts';
import type { Attestation, Progress } from './progress-schema.ts';
import { cyrb53 } from '../lib/hash53.ts';

export interface CertificateScore {
  module: ModuleOutline;
  /** Best score, 0–1 (absent if the record holds the completion but not the attempts). */
  best?: number;
}

/** The final check as a certificate states it: the best attempt and the edition of the pool it was drawn from. */
export interface CertificateFinal {
  best: number;
  /** When it was first passed. */
  passedOn: string;
  contentVersion: string;
}

export type CertificateStatus =
  | {
      complete: false;
      /** Modules whose quiz is still to pass (empty when the certificate needs only the final check). */
      remaining: ModuleOutline[];
      /** The final check is needed and not passed yet. */
      finalMissing: boolean;
      /** The policy confirmation is needed: never given, or given for another version. */
      attestationMissing?: 'missing' | 'outdated';
    }
  | {
      complete: true;
      /** When the last requirement was met (ISO date-time). */
      completedOn: string;
      /** The certificate's date: the UTC day of `completedOn` (yyyy-mm-dd), see `certificateDate`. */
      day: string;
      /** Module scores (listed when the certificate needs the modules). */
      scores: CertificateScore[];
      final?: CertificateFinal;
      attestation?: Attestation;
    };

/**
 * Whether the learner has met what the track's certificate needs (`certificateRequires`: every
 * module quiz, the final check, or both; and the policy confirmation where one is asked), with
 * which scores, or what is left.
 */
export function certificateStatus(progress: Progress, track: TrackOutline): CertificateStatus {
  const needs = certificateNeeds(track);
  const summary = trackSummary(progress, track);
  const final = finalCheckStatus(progress, track.id);
  const attestation = attestationStatus(progress, track);
  const remaining = needs.modules ? summary.modules.filter((m) => m.status.state !== 'done').map((m) => m.module) : [];
  const finalMissing = needs.final && !final.passed;
  const attestationMissing = attestation.needed && !attestation.current ? (attestation.given ? 'outdated' : 'missing') : undefined;
  if (remaining.length > 0 || finalMissing || attestationMissing || (needs.modules && summary.modules.length === 0)) {
    return { complete: false, remaining, finalMissing, ...(attestationMissing ? { attestationMissing } : {}) };
  }
  const dates = [
    ...(needs.modules ? summary.modules.map((m) => Date.parse(m.status.completed!)) : []),
    ...(needs.final ? [Date.parse(final.passed!.date)] : []),
    ...(attestation.needed && attestation.given ? [Date.parse(attestation.given.date)] : []),
  ];
  const completedOn = new Date(Math.max(...dates)).toISOString();
  return {
    complete: true,
    completedOn,
    day: certificateDate(completedOn).day,
    scores: needs.modules ? summary.modules.map((m) => ({ module: m.module, ...(m.status.bestScore === undefined ? {} : { best: m.status.bestScore }) })) : [],
    ...(needs.final ? { final: { best: final.best!.score, passedOn: final.passed!.date, contentVersion: final.best!.contentVersion } } : {}),
    ...(attestation.needed && attestation.given ? { attestation: attestation.given } : {}),
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

/** Crockford's base 32: no I, L, O or U, so codes read aloud and typed back without confusion. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export interface CertificateFacts {
  name: string;
  trackId: string;
  /** ISO date-time of completion. */
  completedOn: string;
  /** Module id → best score 0–1, or null when only the completion is known. */
  scores: Record<string, number | null>;
  /** The final check's best score and the edition of its pool, when the certificate states it. */
  final?: { best: number; contentVersion: string };
  /** The policy confirmation, when the certificate states it. */
  attestation?: { policy: string; version?: string; date: string };
}

/** The facts a complete certificate states, for its verification code. */
export function certificateFacts(name: string, trackId: string, status: Extract<CertificateStatus, { complete: true }>): CertificateFacts {
  return {
    name,
    trackId,
    completedOn: status.completedOn,
    scores: Object.fromEntries(status.scores.map((s) => [s.module.id, s.best ?? null])),
    ...(status.final ? { final: { best: status.final.best, contentVersion: status.final.contentVersion } } : {}),
    ...(status.attestation ? { attestation: status.attestation } : {}),
  };
}

/**
 * A short code (`XXXX-XXXX-XX`) derived from exactly what the certificate states: the same facts
 * always give the same code, and changing the name, track, date, any score, the final check's
 * result or edition, or the policy confirmation changes it. A trainer recomputes it from the
 * learner's exported progress (the certificate check page). It is a checksum against edits, not a
 * signature: the method is public, so anyone can compute the code for facts of their choosing.
 */
export function verificationCode(facts: CertificateFacts): string {
  const canonical = [
    facts.name.trim().replace(/\s+/g, ' ').normalize('NFC'),
    facts.trackId,
    certificateDate(facts.completedOn).day,
    ...Object.keys(facts.scores)
      .sort()
      .map((id) => `${id}=${facts.scores[id] == null ? 'passed' : Math.round(facts.scores[id] * 100)}`),
    // Only present facts add lines, so a certificate without them keeps the code it always had.
    ...(facts.final ? [`final=${Math.round(facts.final.best * 100)}@${facts.final.contentVersion}`] : []),
    ...(facts.attestation ? [`policy=${facts.attestation.policy}|${facts.attestation.version ?? ''}|${certificateDate(facts.attestation.date).day}`] : []),
  ].join('\n');
  let value = cyrb53(canonical);
  let code = '';
  for (let i = 0; i < 10; i++) {
    code = ALPHABET[value % 32] + code;
    value = Math.floor(value / 32);
  }
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}
