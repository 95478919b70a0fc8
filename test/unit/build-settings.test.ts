import { describe, expect, it } from 'vitest';
import { readBuildSettings } from '../../src/build-settings.ts';

describe('build settings from the environment', () => {
  it('has defaults for a plain build', () => {
    expect(readBuildSettings({})).toEqual({
      base: '/',
      outDir: './dist',
      siteFile: 'content/site.yaml',
      storageNamespace: 'social-literacy-academy',
      enabledTracksOverride: undefined,
      scormVersion: undefined,
      cmi5Package: false,
    });
  });

  it('reads and normalises what trainers and the packaging scripts set', () => {
    expect(readBuildSettings({ BASE_PATH: 'training/academy', SITE_FILE: 'content/site.eu.yaml', STORAGE_NAMESPACE: 'Acme Legal', ENABLED_TRACKS: 'legal', SCORM_VERSION: '2004', CMI5_PACKAGE: '1' })).toMatchObject({
      base: '/training/academy/',
      siteFile: 'content/site.eu.yaml',
      storageNamespace: 'acme-legal',
      enabledTracksOverride: 'legal',
      scormVersion: '2004',
      cmi5Package: true,
    });
  });

  it('stops a build with a bad value, naming the variable', () => {
    expect(() => readBuildSettings({ SCORM_VERSION: '3' })).toThrow('SCORM_VERSION must be 1.2 or 2004, not "3"');
    expect(() => readBuildSettings({ STORAGE_NAMESPACE: '///' })).toThrow(/STORAGE_NAMESPACE/);
    expect(() => readBuildSettings({ SITE_FILE: '../elsewhere.yaml' })).toThrow(/SITE_FILE/);
  });
});
