// What the cmi5 path weighs: in a cmi5 package, the scripts only a launch with cmi5 launch
// parameters loads (@xapi/cmi5 and the launch page's own), raw and gzip; in the normal build, that
// no file carries cmi5 code at all. Reads the package `npm run test:e2e` builds (dist-cmi5/);
// reported, never asserted (test/e2e/cmi5.spec.ts asserts that a normal visit loads none of it).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';

export interface Cmi5Figures { package?: string; chunks: { file: string; bytes: number; gzip: number; loads: string }[]; normalBuildFilesWithCmi5: number }

/** Text that only the cmi5 path's code contains. */
const CMI5_MARK = 'w3id.org/xapi/cmi5/context';

export function runCmi5Bench(root: string): Cmi5Figures {
  const dir = join(root, 'dist-cmi5');
  const zipName = existsSync(dir) ? readdirSync(dir).find((name) => name.endsWith('-cmi5.zip')) : undefined;
  const chunks: Cmi5Figures['chunks'] = [];
  if (zipName) {
    const files = unzipSync(readFileSync(join(dir, zipName)));
    for (const [file, bytes] of Object.entries(files)) {
      if (!file.startsWith('_astro/') || !file.endsWith('.js')) continue;
      const text = new TextDecoder().decode(bytes);
      const library = /^_astro\/Cmi5\./.test(file);
      if (!library && !text.includes(CMI5_MARK)) continue;
      chunks.push({ file, bytes: bytes.length, gzip: gzipSync(bytes).length, loads: library ? 'a launch with cmi5 parameters only (dynamic import)' : 'the launch page' });
    }
  } else {
    console.log('cmi5: no dist-cmi5/*-cmi5.zip (run npm run test:e2e, or npm run package:cmi5 -- --track foundations --out dist-cmi5)');
  }
  const dist = join(root, 'dist', '_astro');
  const normalBuildFilesWithCmi5 = existsSync(dist) ? readdirSync(dist).filter((file) => file.endsWith('.js') && readFileSync(join(dist, file), 'utf8').includes(CMI5_MARK)).length : -1;
  console.log('\ncmi5 path (package', zipName ?? 'none', ')');
  console.table(chunks.map((chunk) => ({ file: chunk.file, KB: (chunk.bytes / 1024).toFixed(1), 'KB gzip': (chunk.gzip / 1024).toFixed(1), loads: chunk.loads })));
  console.log(`normal build (dist/): ${normalBuildFilesWithCmi5 < 0 ? 'not built' : `${normalBuildFilesWithCmi5} script(s) with cmi5 code`}`);
  return { ...(zipName ? { package: zipName } : {}), chunks, normalBuildFilesWithCmi5 };
}
