import { getCourse } from '../content-loader.ts';

/**
 * The static path of a worksheet page with code of its own (the policy builder), or none while its
 * track is disabled (a disabled track disappears from the site, worksheet included). No module can
 * take the worksheet's slug: the content check reserves it (RESERVED_MODULE_SLUGS in src/course/routes.ts).
 */
export async function worksheetPaths(worksheetId: string) {
  const { tracks } = await getCourse();
  const track = tracks.find((candidate) => candidate.worksheet?.id === worksheetId);
  if (!track?.worksheet) return [];
  return [{ params: { track: track.id }, props: { track, worksheet: track.worksheet } }];
}
