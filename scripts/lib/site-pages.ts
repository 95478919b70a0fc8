// Which built pages the benchmark and Lighthouse scripts measure.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { RESERVED_MODULE_SLUGS } from '../../src/course/routes.ts';

const firstFolder = (dir: string, skip: readonly string[] = []) =>
  readdirSync(dir, { withFileTypes: true }).find((entry) => entry.isDirectory() && !skip.includes(entry.name))!.name;

/** One track, one of its modules (never a track page such as its handout) and one case study of a built site. */
export function samplePages(dist: string): { track: string; module: string; caseStudy: string } {
  const track = firstFolder(join(dist, 'tracks'));
  return {
    track,
    module: firstFolder(join(dist, 'tracks', track), RESERVED_MODULE_SLUGS),
    caseStudy: firstFolder(join(dist, 'case-studies'), ['role', 'theme']),
  };
}
