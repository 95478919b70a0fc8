/**
 * The trainer's settings file. One copy of the course can be built for several audiences (say, EU
 * and US staff with different jurisdictions and contacts): SITE_FILE=content/site.eu.yaml npm run build.
 */
export const DEFAULT_SITE_FILE = 'content/site.yaml';

/** The settings file to build with, relative to the project root. */
export function siteFile(value = process.env.SITE_FILE): string {
  const path = value?.trim() || DEFAULT_SITE_FILE;
  if (path.startsWith('/') || path.split(/[\\/]/).includes('..') || !path.endsWith('.yaml')) {
    throw new Error(`SITE_FILE="${value}" must be a .yaml file inside the project, e.g. content/site.eu.yaml`);
  }
  return path;
}
