import { TRACK_IDS, type TrackId } from './schemas/common.ts';

/**
 * The tracks a build shows: site.yaml's `enabledTracks`, unless the `ENABLED_TRACKS` environment
 * variable (comma-separated track ids) names others. The SCORM packager builds one track per
 * package this way, so the other tracks disappear everywhere (navigation, pages, search,
 * certificates) without touching site.yaml. Unknown ids stop the build with a message.
 */
export function enabledTracksFor(fromSite: readonly TrackId[], fromEnv: string | undefined): TrackId[] {
  const requested = (fromEnv ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  if (requested.length === 0) return [...fromSite];
  const unknown = requested.filter((id) => !(TRACK_IDS as readonly string[]).includes(id));
  if (unknown.length > 0) {
    throw new Error(`ENABLED_TRACKS names unknown track${unknown.length > 1 ? 's' : ''} ${unknown.map((id) => `"${id}"`).join(', ')} — use ids from ${TRACK_IDS.join(', ')}`);
  }
  return [...new Set(requested as TrackId[])];
}
