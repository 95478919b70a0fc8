import { existsSync } from 'node:fs';

/** Debian's Chromium where it is installed (this machine and CI), else undefined: Playwright's own is used then. */
export const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
