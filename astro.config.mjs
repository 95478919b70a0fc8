// @ts-check
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { normaliseBase } from './src/course/paths.ts';
import { courseValidation } from './src/integrations/course-validation.ts';

// Trainers host the site under any sub-path: BASE_PATH=/training/ npm run build
const base = normaliseBase(process.env.BASE_PATH);

export default defineConfig({
  base,
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  integrations: [courseValidation(), mdx(), react()],
});
