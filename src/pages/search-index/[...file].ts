import type { APIRoute, GetStaticPaths } from 'astro';
import { getSearchFiles } from '../../search-files.ts';

/**
 * Every search file as a static file under /search-index/<hash>/ (see src/search/search-data.ts).
 * The browser fetches the manifest when a learner starts searching, then only the shards and
 * fragments each query needs.
 */
export const getStaticPaths: GetStaticPaths = async () => {
  const { files } = await getSearchFiles();
  return [...files.keys()].map((path) => ({ params: { file: path.replace(/^search-index\//, '') } }));
};

export const GET: APIRoute = async ({ params }) => {
  const body = (await getSearchFiles()).files.get(`search-index/${params.file}`);
  if (body === undefined) return new Response('Not found', { status: 404 });
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
