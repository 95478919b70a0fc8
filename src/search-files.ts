import { getCollection } from 'astro:content';
import { getCourse } from './content-loader.ts';
import { buildSearchFiles, searchPagesFromCourse, type SearchFiles } from './search/build-index.ts';
import { simulationSearchTexts } from './simulation/search-text.ts';

let files: Promise<SearchFiles> | undefined;

/**
 * The search's files for this build, built once: the endpoint writes them, and the header box
 * names the hashed folder they live in (so every page links to the index it was built with).
 */
export const getSearchFiles = (): Promise<SearchFiles> =>
  (files ??= Promise.all([getCourse(), getCollection('simulations')]).then(([course, simulations]) => {
    const { pages, tracks } = searchPagesFromCourse(course, course.glossary, simulationSearchTexts(simulations));
    return buildSearchFiles(pages, tracks);
  }));

/** The hashed index folder, root-relative with a trailing slash (`search-index/3f9a0c12d4/`). */
export const searchFolder = async () => (await getSearchFiles()).manifest.replace(/index\.json$/, '');
