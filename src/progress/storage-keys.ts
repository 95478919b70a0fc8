/**
 * The storage keys the course uses, by namespace. Apart from safe-storage.ts (which checks
 * namespaces and opens storage) so that page scripts reading progress carry only this.
 */

/** The namespace used when the build sets none. */
export const DEFAULT_STORAGE_NAMESPACE = 'social-literacy-academy';

/**
 * The storage keys of a namespace already normalised (as the layout writes it on <html>, see
 * `normaliseStorageNamespace`), or of the default one.
 */
export function keysOf(namespace: string | null | undefined) {
  const ns = namespace || DEFAULT_STORAGE_NAMESPACE;
  return {
    /** The progress record (JSON, see progress-schema.ts). */
    progress: `${ns}:progress`,
    /** The last stored progress that could not be read, set aside untouched. */
    backup: `${ns}:progress-backup`,
    /** Written and removed at start to test that storage accepts writes. */
    probe: `${ns}:probe`,
    /** Visits noted by pages that do not load the store, until it folds them in (pending-visits.ts). */
    pendingVisits: `${ns}:pending-visits`,
    /** The learner's color scheme: light, dark, or none for the system's (color-scheme.ts). */
    colorScheme: `${ns}:color-scheme`,
  };
}
