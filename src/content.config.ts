import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { load } from 'js-yaml';
import { caseStudySchema } from './course/schemas/case-study.ts';
import { glossaryEntrySchema } from './course/schemas/glossary.ts';
import { guideSchema } from './course/schemas/guide.ts';
import { moduleSchema } from './course/schemas/module.ts';
import { finalCheckSchema, quizSchema } from './course/schemas/quiz.ts';
import { buildSettings } from './build-settings.ts';
import { simulationSchema } from './course/schemas/simulation.ts';
import { siteSchema } from './course/schemas/site.ts';
import { trackSchema } from './course/schemas/track.ts';
import { worksheetSchema } from './course/schemas/worksheet.ts';

// Content is validated as a whole (with cross-file checks) by the course-validation integration
// before these collections load; the schemas here give the pages their types.
export const collections = {
  site: defineCollection({
    // js-yaml, as Astro's other YAML loaders use, so the course check sees the same values.
    loader: file(buildSettings.siteFile, { parser: (text) => ({ site: load(text) as Record<string, unknown> }) }),
    schema: siteSchema,
  }),
  tracks: defineCollection({ loader: glob({ pattern: '*.yaml', base: './content/tracks' }), schema: trackSchema }),
  modules: defineCollection({ loader: glob({ pattern: '*/*.mdx', base: './content/modules' }), schema: moduleSchema }),
  caseStudies: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/case-studies' }), schema: caseStudySchema }),
  quizzes: defineCollection({ loader: glob({ pattern: ['**/*.yaml', '!*/final.yaml'], base: './quizzes' }), schema: quizSchema }),
  finalChecks: defineCollection({ loader: glob({ pattern: '*/final.yaml', base: './quizzes' }), schema: finalCheckSchema }),
  guides: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/trainer' }), schema: guideSchema }),
  worksheets: defineCollection({ loader: glob({ pattern: '*.yaml', base: './content/worksheets' }), schema: worksheetSchema }),
  glossary: defineCollection({ loader: file('content/glossary.yaml'), schema: glossaryEntrySchema }),
  simulations: defineCollection({ loader: glob({ pattern: '*.yaml', base: './simulations' }), schema: simulationSchema }),
};
