import { normaliseBase } from './course/paths.ts';
import { siteFile } from './course/site-file.ts';
import { SCORM_VERSIONS, type ScormVersion } from './lms/scorm-report.ts';
import { normaliseStorageNamespace } from './progress/safe-storage.ts';

/**
 * Every setting a build takes from the environment, read and checked in one place (a bad value
 * stops the build with a message naming the variable). Trainers set BASE_PATH, SITE_FILE and
 * STORAGE_NAMESPACE; the packaging scripts set the others.
 */
export interface BuildSettings {
  /** BASE_PATH: the sub-path the site is served under, `/` or `/a/b/`. */
  base: string;
  /** OUT_DIR: where the build is written. */
  outDir: string;
  /** SITE_FILE: the settings file, content/site.yaml unless another is named. */
  siteFile: string;
  /** STORAGE_NAMESPACE: the prefix of this copy's keys in the browser's storage. */
  storageNamespace: string;
  /** ENABLED_TRACKS: a comma-separated list that overrides site.yaml's enabledTracks (package builds). */
  enabledTracksOverride?: string;
  /** SCORM_VERSION: set only when building a SCORM package. */
  scormVersion?: ScormVersion;
  /** SCORM12_STATUS: a SCORM 1.2 package's status for a passed track, `passed` (unset) or `completed`. */
  scorm12Status?: 'passed' | 'completed';
  /** CMI5_PACKAGE: set only when building a cmi5 package. */
  cmi5Package: boolean;
}

export function readBuildSettings(env: Record<string, string | undefined> = process.env): BuildSettings {
  const scorm = env.SCORM_VERSION?.trim() || undefined;
  if (scorm && !SCORM_VERSIONS.includes(scorm as ScormVersion)) throw new Error(`SCORM_VERSION must be ${SCORM_VERSIONS.join(' or ')}, not "${scorm}"`);
  const status = env.SCORM12_STATUS?.trim() || undefined;
  if (status && status !== 'passed' && status !== 'completed') throw new Error(`SCORM12_STATUS must be passed or completed, not "${status}"`);
  return {
    base: normaliseBase(env.BASE_PATH),
    outDir: env.OUT_DIR?.trim() || './dist',
    siteFile: siteFile(env.SITE_FILE),
    storageNamespace: normaliseStorageNamespace(env.STORAGE_NAMESPACE),
    enabledTracksOverride: env.ENABLED_TRACKS,
    scormVersion: scorm as ScormVersion | undefined,
    ...(status ? { scorm12Status: status as 'passed' | 'completed' } : {}),
    cmi5Package: Boolean(env.CMI5_PACKAGE?.trim()),
  };
}

/** The settings of the build in progress (pages and components read them from here). */
export const buildSettings = readBuildSettings();

/** Whether this is a build for an LMS package (SCORM or cmi5): learners only, so no trainer-only links. */
export const isLmsPackage = (settings: Pick<BuildSettings, 'scormVersion' | 'cmi5Package'> = buildSettings) => Boolean(settings.scormVersion) || settings.cmi5Package;
