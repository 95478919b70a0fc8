/**
 * What a track's certificate needs, in the words its pages use. The rule itself is
 * `certificateNeeds` (next-step.ts): site.yaml `certificateRequires`, and every quiz alone for a track
 * without a final check.
 */
import type { TrackOutline } from './course-status.ts';
import { certificateNeeds } from './next-step.ts';

/** The end of "… or the certificate itself once ___" on the track page. */
export function certificateCondition(track: TrackOutline): string {
  const needs = certificateNeeds(track);
  if (!needs.final) return 'every quiz is passed';
  return needs.modules ? 'every quiz and the final check are passed' : 'the final check is passed';
}

/** What the final check counts for, on its own page. */
export function finalCheckCertificateNote(track: TrackOutline): string {
  const needs = certificateNeeds(track);
  if (!needs.final) return 'your certificate needs every module quiz; this check shows what you kept';
  return needs.modules ? 'your certificate needs every module quiz and this check' : 'your certificate needs this check';
}
