import type { CourseModuleNode } from '../content-loader.ts';
import type { TrackOutline } from '../progress/course-status.ts';
import { url } from './url.ts';

type TrackNode = { id: string; data: { title: string }; path: string; modules: CourseModuleNode[] };

/** What progress views need to know about a track, with links under the base path. */
export function trackOutline(track: TrackNode): TrackOutline {
  return {
    id: track.id,
    title: track.data.title,
    href: url(track.path),
    certificateHref: url(`/certificate/${track.id}/`),
    modules: track.modules.map((module) => ({ id: module.id, title: module.entry.data.title, href: url(module.path), minutes: module.entry.data.minutes })),
  };
}
