import { storageKeys } from '../progress/safe-storage.ts';

/**
 * The learner's own track, read straight from their stored progress: just the `track` field, so
 * search needs neither the progress store nor its schema library. Anything unreadable, or a track
 * the course does not offer, gives undefined (search then prefers no track).
 */
export function learnerTrack(storage: { getItem(key: string): string | null } | undefined, namespace: string | null | undefined, trackIds: readonly string[]): string | undefined {
  try {
    const text = storage?.getItem(storageKeys(namespace ?? '').progress);
    if (!text) return undefined;
    const track: unknown = (JSON.parse(text) as { track?: unknown } | null)?.track;
    return typeof track === 'string' && trackIds.includes(track) ? track : undefined;
  } catch {
    // Blocked storage, damaged JSON or a bad namespace: no preference.
    return undefined;
  }
}
