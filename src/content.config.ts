import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { caseStudySchema } from './course/schemas/case-study.ts';
import { moduleSchema } from './course/schemas/module.ts';
import { quizSchema } from './course/schemas/quiz.ts';
import { siteSchema } from './course/schemas/site.ts';
import { trackSchema } from './course/schemas/track.ts';

// Content is validated as a whole (with cross-file checks) by the course-validation integration
// before these collections load; the schemas here give the pages their types.
export const collections = {
  site: defineCollection({
    loader: file('content/site.yaml', { parser: (text) => ({ site: parse(text) }) }),
    schema: siteSchema,
  }),
  tracks: defineCollection({ loader: glob({ pattern: '*.yaml', base: './content/tracks' }), schema: trackSchema }),
  modules: defineCollection({ loader: glob({ pattern: '*/*.mdx', base: './content/modules' }), schema: moduleSchema }),
  caseStudies: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/case-studies' }), schema: caseStudySchema }),
  quizzes: defineCollection({ loader: glob({ pattern: '**/*.yaml', base: './quizzes' }), schema: quizSchema }),
};
