import type { AstroIntegration } from 'astro';
import { cmi5LaunchPath, routePattern } from '../course/routes.ts';

/**
 * In a cmi5 package build (`CMI5_PACKAGE=1`, set by scripts/package-cmi5.ts) adds the page the
 * LMS launches, `cmi5-launch/`, which holds the AU session and shows the course in a frame.
 * Normal builds have no such page.
 */
export const cmi5Launch = (flag: string | undefined): AstroIntegration => ({
  name: 'cmi5-launch',
  hooks: {
    'astro:config:setup': ({ injectRoute }) =>
      flag ? injectRoute({ pattern: routePattern(cmi5LaunchPath()), entrypoint: new URL('../components/cmi5/Cmi5Launch.astro', import.meta.url) }) : undefined,
  },
});
