// The two sites the benchmark measures, built once per run and shared by its sections: the shipped
// course and a generated course ten times larger (scripts/bench/search.ts › generateLargerCourse).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateLargerCourse } from './search.ts';

export interface BenchSite {
  course: 'shipped' | '10× generated';
  /** The built site (BASE_PATH /). */
  dist: string;
  /** The course's own root (content/, quizzes/). */
  contentRoot: string;
  buildSeconds: number;
}

/** Builds the course at `root` into `outDir`; returns the wall-clock seconds. */
function build(root: string, outDir: string): number {
  const start = performance.now();
  const result = spawnSync('npx', ['astro', 'build', '--root', root], {
    cwd: root, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, env: { ...process.env, OUT_DIR: outDir, BASE_PATH: '/', ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error(`astro build failed in ${root}:\n${result.error ?? ''}\n${result.stdout.slice(-20_000)}\n${result.stderr}`);
  return (performance.now() - start) / 1000;
}

/** A copy of the project whose content is the generated course (code and packages are linked, not copied). */
function projectWithContent(root: string, contentRoot: string): string {
  const project = mkdtempSync(join(tmpdir(), 'academy-bench-project-'));
  for (const name of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(root, name), join(project, name), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'), 'dir');
  cpSync(join(contentRoot, 'content'), join(project, 'content'), { recursive: true });
  cpSync(join(contentRoot, 'quizzes'), join(project, 'quizzes'), { recursive: true });
  // The generated course keeps the original modules and cases, so the simulations' links still hold.
  if (existsSync(join(root, 'simulations'))) cpSync(join(root, 'simulations'), join(project, 'simulations'), { recursive: true });
  return project;
}

let sites: BenchSite[] | undefined;
const temporary: string[] = [];

/** Both sites, built on first use. */
export function benchSites(root: string): BenchSite[] {
  if (!sites) {
    const out = mkdtempSync(join(tmpdir(), 'academy-bench-dist-'));
    const generated = generateLargerCourse(root, 10);
    const largerProject = projectWithContent(root, generated);
    const largerOut = mkdtempSync(join(tmpdir(), 'academy-bench-dist10-'));
    temporary.push(out, generated, largerProject, largerOut);
    sites = [
      { course: 'shipped', dist: out, contentRoot: root, buildSeconds: build(root, out) },
      { course: '10× generated', dist: largerOut, contentRoot: generated, buildSeconds: build(largerProject, largerOut) },
    ];
  }
  return sites;
}

/** Deletes the built sites and the generated course. */
export function removeBenchSites(): void {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
  sites = undefined;
}
