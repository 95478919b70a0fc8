import type { AstroIntegration } from 'astro';
import { SCORM_VERSIONS, type ScormVersion } from '../lms/scorm-report.ts';
import { routePattern, scormLaunchPath } from '../course/routes.ts';

/**
 * In a SCORM package build (`SCORM_VERSION` set, see scripts/package-scorm.ts) adds the page the
 * LMS launches, `scorm-launch/`, which holds the LMS session and shows the course in a frame.
 * Normal builds have no such page.
 */
export function scormLaunch(version: string | undefined): AstroIntegration {
  return {
    name: 'scorm-launch',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        if (!version) return;
        if (!SCORM_VERSIONS.includes(version as ScormVersion)) throw new Error(`SCORM_VERSION must be ${SCORM_VERSIONS.join(' or ')}, not "${version}"`);
        injectRoute({ pattern: routePattern(scormLaunchPath()), entrypoint: new URL('../components/scorm/ScormLaunch.astro', import.meta.url) });
      },
    },
  };
}
