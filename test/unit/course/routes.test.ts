import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as routes from '../../../src/course/routes.ts';
import { CODE_WORKSHEETS } from '../../../src/worksheets/catalog.ts';

const PAGES = fileURLToPath(new URL('../../../src/pages/', import.meta.url));

/** Every page file of src/pages as a pattern of the paths it builds (`[track]` one folder, `[...rest]` several). */
function pagePatterns(dir = PAGES): { file: string; pattern: RegExp }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return pagePatterns(path);
    if (!/\.(astro|ts)$/.test(entry.name)) return [];
    const file = relative(PAGES, path);
    const route = file
      .replace(/\.(astro|ts)$/, '')
      .replace(/(^|\/)index$/, '')
      .split('/')
      .filter(Boolean)
      .map((part) => (part.startsWith('[...') ? '.+' : part.startsWith('[') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('/');
    return [{ file, pattern: new RegExp(`^/${route ? `${route}/` : ''}$`) }];
  });
}

/** The page files that would serve a built path (its query and anchor left off). */
const pagesFor = (path: string) => {
  const bare = path.replace(/[?#].*$/, '');
  return pagePatterns()
    .filter(({ pattern }) => pattern.test(bare))
    .map(({ file }) => file);
};

describe('routes', () => {
  it('builds each kind of page at the path its page file serves', () => {
    const examples: [string, string][] = [
      [routes.homePath(), 'index.astro'],
      [routes.trackPath('it'), 'tracks/[track]/index.astro'],
      [routes.modulePath('it', 'passwords-and-passkeys'), 'tracks/[track]/[slug].astro'],
      [routes.modulePath('it', 'passwords-and-passkeys', 'recovery'), 'tracks/[track]/[slug].astro'],
      [routes.finalCheckPath('it'), 'tracks/[track]/final.astro'],
      [routes.handoutPath('it'), 'tracks/[track]/handout.astro'],
      [routes.worksheetPath(routes.POLICY_BUILDER_TRACK, routes.POLICY_BUILDER_SLUG), 'tracks/[track]/policy-builder.astro'],
      [routes.certificatePath('it'), 'certificate/[track]/index.astro'],
      [routes.libraryPath(), 'case-studies/index.astro'],
      [routes.libraryPath({ role: 'it', theme: 'account-security' }), 'case-studies/[...filter].astro'],
      [routes.caseStudyPath('air-canada'), 'case-studies/[slug].astro'],
      [routes.glossaryPath('phishing'), 'glossary.astro'],
      [routes.simulationsPath(), 'simulations/index.astro'],
      [routes.simulationPath('breach'), 'simulations/[id]/index.astro'],
      [routes.simulationDebriefPath('breach'), 'simulations/[id]/debrief.astro'],
      [routes.trainerPath(), 'trainer/index.astro'],
      [routes.trainerPath('in-your-lms'), 'trainer/[guide].astro'],
      [routes.certificateCheckPath(), 'trainer/certificate-check.astro'],
      [routes.searchPath('two words'), 'search/index.astro'],
      [routes.progressPath(), 'progress.astro'],
    ];
    for (const [path, file] of examples) expect(pagesFor(path), path).toContain(file);
  });

  it('spells the paths the site has always linked to', () => {
    expect(routes.homePath()).toBe('/');
    expect(routes.trackPath('legal')).toBe('/tracks/legal/');
    expect(routes.modulePath('legal', 'records')).toBe('/tracks/legal/records/');
    expect(routes.modulePath('legal', 'records', 'legal-hold')).toBe('/tracks/legal/records/#legal-hold');
    expect(routes.finalCheckPath('legal')).toBe('/tracks/legal/final/');
    expect(routes.handoutPath('legal')).toBe('/tracks/legal/handout/');
    expect(routes.worksheetPath('executive', 'roadmap')).toBe('/tracks/executive/roadmap/');
    expect(routes.certificatePath('legal')).toBe('/certificate/legal/');
    expect(routes.caseStudyPath('kfc')).toBe('/case-studies/kfc/');
    expect(routes.glossaryPath()).toBe('/glossary/');
    expect(routes.glossaryPath('deepfake')).toBe('/glossary/#deepfake');
    expect(routes.simulationPath('breach')).toBe('/simulations/breach/');
    expect(routes.simulationDebriefPath('breach')).toBe('/simulations/breach/debrief/');
    expect(routes.trainerPath()).toBe('/trainer/');
    expect(routes.trainerPath('in-your-lms')).toBe('/trainer/in-your-lms/');
    expect(routes.certificateCheckPath()).toBe('/trainer/certificate-check/');
    expect(routes.searchPath()).toBe('/search/');
    expect(routes.searchPath('fake reviews & AI')).toBe('/search/?q=fake+reviews+%26+AI');
    expect(routes.progressPath()).toBe('/progress/');
    expect(routes.assetPath('favicon.svg')).toBe('/favicon.svg');
    expect(routes.assetPath('/logo.png')).toBe('/logo.png');
    expect(routes.pageFile(routes.scormLaunchPath())).toBe('scorm-launch/index.html');
    expect(routes.pageFile(routes.cmi5LaunchPath())).toBe('cmi5-launch/index.html');
    expect(routes.routePattern(routes.scormLaunchPath())).toBe('/scorm-launch');
    expect(routes.routePattern(routes.homePath())).toBe('/');
  });

  it('names one static page per view of the case library', () => {
    expect(routes.libraryPath({})).toBe('/case-studies/');
    expect(routes.libraryPath({ role: 'it' })).toBe('/case-studies/role/it/');
    expect(routes.libraryPath({ theme: 'account-security' })).toBe('/case-studies/theme/account-security/');
    expect(routes.libraryPath({ role: 'support', theme: 'ai-in-service' })).toBe('/case-studies/role/support/theme/ai-in-service/');
  });

  it('reserves the slug of every page beside the modules, and of the trainer pages with code of their own', () => {
    expect([...routes.RESERVED_MODULE_SLUGS].sort()).toEqual(['final', 'handout', 'policy-builder']);
    for (const worksheet of CODE_WORKSHEETS) {
      expect(routes.RESERVED_MODULE_SLUGS).toContain(worksheet.slug);
      expect(routes.CODE_WORKSHEET_IDS).toContain(worksheet.id);
      expect(worksheet.path).toBe(routes.worksheetPath(worksheet.track, worksheet.slug));
    }
    // Each reserved slug is a page file of its own beside the modules' [slug].astro.
    for (const slug of routes.RESERVED_MODULE_SLUGS) expect(pagesFor(routes.modulePath('it', slug))).toContain(`tracks/[track]/${slug}.astro`);
    for (const slug of routes.RESERVED_GUIDE_SLUGS) expect(pagesFor(routes.trainerPath(slug))).toContain(`trainer/${slug}.astro`);
  });

  it('names the everyone track as one of the course tracks', () => {
    expect(routes.EVERYONE_TRACK).toBe('foundations');
  });
});
