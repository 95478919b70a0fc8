/**
 * The way forward after a quiz, kept apart from course-status.ts so the quiz island loads only this
 * (the track page's Start / Continue lives in course-status.ts and ends in the same closing step).
 */
import type { TrackOutline } from './course-status.ts';
import type { Attestation, Progress } from './progress-schema.ts';

/** Whether the certificate of this track needs every module quiz, and whether it needs the final check. */
export function certificateNeeds(track: TrackOutline): { modules: boolean; final: boolean } {
  const requires = track.finalCheck ? (track.certificateRequires ?? 'modules') : 'modules';
  return { modules: requires !== 'final', final: requires !== 'modules' };
}

/** The step a button leads to: a module, the worksheet, the final check or the certificate. */
export interface NextStep {
  kind: 'module' | 'worksheet' | 'final' | 'certificate';
  /** The button's words, e.g. "Next: Scams and fakes", "Take the final check". */
  label: string;
  href: string;
}

/**
 * The step that closes a track once its modules are behind the learner: the worksheet (until it is
 * saved), the final check (until it is passed, when the certificate needs it), then the certificate.
 * Reads the record directly (no track summary), so the quiz island that shows it stays small.
 */
export function closingStep(progress: Progress, track: TrackOutline): NextStep {
  if (track.worksheet && progress.worksheets[track.worksheet.id] === undefined) return { kind: 'worksheet', label: `Fill in ${track.worksheet.title}`, href: track.worksheet.href };
  const finalPassed = progress.finalChecks[track.id]?.attempts.some((a) => a.passed) ?? false;
  if (track.finalCheck && certificateNeeds(track).final && !finalPassed) return { kind: 'final', label: 'Take the final check', href: track.finalCheck.href };
  return { kind: 'certificate', label: 'Get your certificate', href: track.certificateHref };
}

/** The way forward after passing a module's quiz: the next module, or after the last one the closing step. */
export function stepAfterModule(progress: Progress, track: TrackOutline, moduleId: string): NextStep {
  const following = track.modules[track.modules.findIndex((m) => m.id === moduleId) + 1];
  return following && track.modules.some((m) => m.id === moduleId) ? { kind: 'module', label: `Next: ${following.title}`, href: following.href } : closingStep(progress, track);
}


/** The learner's confirmation for this track's policy, and whether it names the version in force now. */
export function attestationStatus(progress: Progress, track: TrackOutline): { needed: false } | { needed: true; given?: Attestation; current: boolean } {
  if (!track.attestation) return { needed: false };
  const given = progress.attestations[track.id];
  return { needed: true, ...(given ? { given } : {}), current: given !== undefined && (given.version ?? '') === (track.attestation.version ?? '') };
}
