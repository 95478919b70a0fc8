// @ts-check
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { normaliseBase } from './src/course/paths.ts';
import { courseValidation } from './src/integrations/course-validation.ts';
import { scormLaunch } from './src/integrations/scorm-launch.ts';

// Trainers host the site under any sub-path: BASE_PATH=/training/ npm run build
const base = normaliseBase(process.env.BASE_PATH);

/**
 * Rolldown warns once per MDX file that Astro's `"use astro:head-inject"` directive "may not be
 * preserved when bundling". Astro adds the directive and handles it itself; the ~50 warnings would
 * only make every build look broken to a trainer. Exactly that warning is dropped; every other
 * one, MODULE_LEVEL_DIRECTIVE for any other directive included, still prints.
 */
function dropHeadInjectWarning(level, log, handler) {
  if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"')) return;
  handler(level, log);
}

export default defineConfig({
  base,
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  vite: { build: { rolldownOptions: { onLog: dropHeadInjectWarning } } },
  // SCORM_VERSION is set only by `npm run package:scorm` (scripts/package-scorm.ts).
  integrations: [courseValidation(), scormLaunch(process.env.SCORM_VERSION), mdx(), react()],
});
