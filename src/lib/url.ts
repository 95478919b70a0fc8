import { withBase } from '../course/paths.ts';

/** A root-relative site path as a link that works under the deployment base path. */
export const url = (path: string) => withBase(import.meta.env.BASE_URL, path);
