import { getCourse } from '../content-loader.ts';
import { worksheetById } from '../worksheets/catalog.ts';

/**
 * The static path of a worksheet page, or none while its track is disabled (a disabled track
 * disappears from the site, worksheet included). No module can take the worksheet's slug: the
 * content check reserves it (RESERVED_MODULE_SLUGS in src/course/check-course.ts).
 */
export async function worksheetPaths(worksheetId: string) {
  const worksheet = worksheetById(worksheetId);
  const { tracks } = await getCourse();
  const track = tracks.find((candidate) => candidate.id === worksheet.track);
  if (!track) return [];
  return [{ params: { track: track.id }, props: { track, worksheet } }];
}
