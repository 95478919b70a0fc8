import type { APIRoute } from 'astro';
import { getCourse } from '../content-loader.ts';
import { buildSearchIndex, searchEntriesFromCourse } from '../search/build-index.ts';

/** The search index as a static file, fetched by the browser only when a learner starts searching. */
export const GET: APIRoute = async () => {
  const { entries, tracks } = searchEntriesFromCourse(await getCourse());
  return new Response(JSON.stringify(buildSearchIndex(entries, tracks)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
