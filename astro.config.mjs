// @ts-check
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { normaliseBase } from './src/course/paths.ts';
import { courseValidation } from './src/integrations/course-validation.ts';
import { scormLaunch } from './src/integrations/scorm-launch.ts';
import { cmi5Launch } from './src/integrations/cmi5-launch.ts';

// Trainers host the site under any sub-path: BASE_PATH=/training/ npm run build
const base = normaliseBase(process.env.BASE_PATH);

export default defineConfig({
  base,
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // SCORM_VERSION is set only by `npm run package:scorm` (scripts/package-scorm.ts).
  // CMI5_PACKAGE is set only by `npm run package:cmi5` (scripts/package-cmi5.ts).
  integrations: [courseValidation(), scormLaunch(process.env.SCORM_VERSION), cmi5Launch(process.env.CMI5_PACKAGE), mdx(), react()],
});
