import type { CourseModuleNode } from '../content-loader.ts';
import type { SiteSettings } from '../course/schemas/site.ts';
import type { FinalCheck } from '../course/schemas/quiz.ts';
import type { TrackOutline } from '../progress/course-status.ts';
import { certificatePath, finalCheckPath } from '../course/routes.ts';
import { quizHash } from '../quiz/quiz-hash.ts';
import type { WorksheetEntry } from '../worksheets/catalog.ts';
import { url } from './url.ts';

type TrackNode = { id: string; data: { title: string }; path: string; modules: CourseModuleNode[]; worksheet?: WorksheetEntry; finalCheck?: FinalCheck };

/** The edition of a final check's pool: its fingerprint, recorded with every attempt (and by `npm run report`). */
export const finalCheckVersion = (finalCheck: FinalCheck) => quizHash(finalCheck);

/** What progress views need to know about a track, with links under the base path. */
export function trackOutline(track: TrackNode, site: Pick<SiteSettings, 'finalCheck' | 'certificateRequires' | 'attestation' | 'policy'>): TrackOutline {
  const { worksheet, finalCheck } = track;
  const policy = site.policy;
  return {
    id: track.id,
    title: track.data.title,
    href: url(track.path),
    certificateHref: url(certificatePath(track.id)),
    modules: track.modules.map((module) => ({ id: module.id, title: module.entry.data.title, href: url(module.path), minutes: module.entry.data.minutes })),
    ...(worksheet ? { worksheet: { id: worksheet.id, title: worksheet.title, href: url(worksheet.path), minutes: worksheet.minutes } } : {}),
    ...(finalCheck
      ? {
          finalCheck: {
            href: url(finalCheckPath(track.id)),
            minutes: Math.min(site.finalCheck.questions, finalCheck.questions.length),
            passMark: site.finalCheck.passMark,
            retakeAfterMinutes: site.finalCheck.retakeAfterMinutes,
            contentVersion: finalCheckVersion(finalCheck),
          },
        }
      : {}),
    certificateRequires: site.certificateRequires,
    ...(policy && site.attestation?.track === track.id ? { attestation: { title: policy.title, ...(policy.version ? { version: policy.version } : {}), ...(policy.url ? { url: policy.url } : {}) } } : {}),
  };
}
