/**
 * The trainer's certificate check (/trainer/certificate-check/): what a learner's exported progress
 * file states, read in the trainer's browser and never merged into the trainer's own progress.
 */
import { certificateFacts, certificateStatus, verificationCode, type CertificateStatus } from './certificate.ts';
import { finalCheckStatus, trackSummary, type FinalCheckStatus, type TrackOutline, type TrackSummary } from './course-status.ts';
import { readImport, type ChecksumState } from './export-import.ts';
import type { Attestation } from './progress-schema.ts';

export interface TrackCheck {
  track: TrackOutline;
  summary: TrackSummary;
  certificate: CertificateStatus;
  /** The certificate's verification code, recomputed from the file (complete and named only). */
  code?: string;
  final: FinalCheckStatus & {
    /** Whether the best attempt was drawn from the pool this course ships now. */
    currentEdition?: boolean;
  };
  attestation?: Attestation;
}

export type CertificateCheck =
  | { ok: false; error: string }
  | {
      ok: true;
      learnerName?: string;
      exportedAt?: string;
      /** Whether the file still states what was exported (see `exportChecksum`). */
      checksum: ChecksumState;
      /** Tracks the learner started, in course order. */
      tracks: TrackCheck[];
    };

/** Reads an exported file and states, per track the learner started, what its certificate would say. Never throws. */
export function checkCertificateFile(text: string, tracks: readonly TrackOutline[]): CertificateCheck {
  const result = readImport(text);
  if (!result.ok) return result;
  const { progress } = result;
  const checks = tracks.flatMap((track): TrackCheck[] => {
    const summary = trackSummary(progress, track);
    const final = finalCheckStatus(progress, track.id);
    const attestation = progress.attestations[track.id];
    if (summary.started === 0 && final.attempts === 0) return [];
    const certificate = certificateStatus(progress, track);
    const code = certificate.complete && progress.learnerName ? verificationCode(certificateFacts(progress.learnerName, track.id, certificate)) : undefined;
    return [
      {
        track,
        summary,
        certificate,
        ...(code ? { code } : {}),
        final: { ...final, ...(final.best && track.finalCheck ? { currentEdition: final.best.contentVersion === track.finalCheck.contentVersion } : {}) },
        ...(attestation ? { attestation } : {}),
      },
    ];
  });
  return {
    ok: true,
    ...(progress.learnerName ? { learnerName: progress.learnerName } : {}),
    ...(result.exportedAt ? { exportedAt: result.exportedAt } : {}),
    checksum: result.checksum,
    tracks: checks,
  };
}

/** Compares a code typed from a printed certificate with the recomputed one, ignoring case, spaces and hyphens. */
export const sameCode = (typed: string, code: string) => {
  const plain = (text: string) => text.toUpperCase().replace(/[\s-]/g, '');
  return plain(typed) !== '' && plain(typed) === plain(code);
};
