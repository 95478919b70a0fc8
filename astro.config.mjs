// @ts-check
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { normaliseBase } from './src/course/paths.ts';
import { courseValidation } from './src/integrations/course-validation.ts';
import { scormLaunch } from './src/integrations/scorm-launch.ts';

// Trainers host the site under any sub-path: BASE_PATH=/training/ npm run build
const base = normaliseBase(process.env.BASE_PATH);

export default defineConfig({
  base,
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // SCORM_VERSION is set only by `npm run package:scorm` (scripts/package-scorm.ts).
  integrations: [courseValidation(), scormLaunch(process.env.SCORM_VERSION), mdx(), react()],
});
