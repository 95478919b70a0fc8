// @ts-check
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { readBuildSettings } from './src/build-settings.ts';
import { courseValidation } from './src/integrations/course-validation.ts';
import { scormLaunch } from './src/integrations/scorm-launch.ts';
import { cmi5Launch } from './src/integrations/cmi5-launch.ts';

// Every setting from the environment (BASE_PATH, OUT_DIR, SITE_FILE, STORAGE_NAMESPACE, ENABLED_TRACKS,
// SCORM_VERSION, CMI5_PACKAGE) is read and checked in src/build-settings.ts.
const settings = readBuildSettings();

/**
 * Rolldown warns once per MDX file that Astro's `"use astro:head-inject"` directive "may not be
 * preserved when bundling". Astro adds the directive and handles it itself; the ~50 warnings would
 * only make every build look broken to a trainer. Exactly that warning is dropped; every other
 * one, MODULE_LEVEL_DIRECTIVE for any other directive included, still prints.
 */
/** @type {NonNullable<import('rolldown').InputOptions['onLog']>} */
const dropHeadInjectWarning = (level, log, handler) => {
  if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"')) return;
  handler(level, log);
};

export default defineConfig({
  base: settings.base,
  outDir: settings.outDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  vite: { build: { rolldownOptions: { onLog: dropHeadInjectWarning } } },
  // SCORM_VERSION is set only by `npm run package:scorm` (scripts/package-scorm.ts).
  // CMI5_PACKAGE is set only by `npm run package:cmi5` (scripts/package-cmi5.ts).
  integrations: [courseValidation(), scormLaunch(settings.scormVersion), cmi5Launch(settings.cmi5Package ? '1' : undefined), mdx(), react()],
});
