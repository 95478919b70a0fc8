import { getCourse } from '../content-loader.ts';
import { worksheetById } from '../worksheets/catalog.ts';

/**
 * The static path of a worksheet page, or none while its track is disabled (a disabled track
 * disappears from the site, worksheet included). A module with the worksheet's slug would be
 * shadowed by the worksheet page, so that fails the build instead.
 */
export async function worksheetPaths(worksheetId: string) {
  const worksheet = worksheetById(worksheetId);
  const { tracks } = await getCourse();
  const track = tracks.find((candidate) => candidate.id === worksheet.track);
  if (!track) return [];
  if (track.modules.some((module) => module.slug === worksheet.slug)) {
    throw new Error(`content/tracks/${track.id}.yaml › modules: "${worksheet.slug}" is the worksheet's address (${worksheet.path}) — give the module another slug`);
  }
  return [{ params: { track: track.id }, props: { track, worksheet } }];
}
