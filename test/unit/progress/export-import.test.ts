import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT, createExport, exportFileName, readImport } from '../../../src/progress/export-import.ts';
import { sampleProgress, validProgress } from '../../helpers/progress.ts';

const NOW = new Date('2026-03-04T05:06:07.000Z');

describe('export and import', () => {
  it('reads back every exported record', () => {
    fc.assert(
      fc.property(validProgress, (progress) => {
        const stored = JSON.parse(JSON.stringify(progress));
        expect(readImport(createExport(stored, NOW))).toEqual({ ok: true, progress: stored, exportedAt: NOW.toISOString() });
      }),
    );
  });

  it('writes the documented format', () => {
    const file = JSON.parse(createExport(sampleProgress(), NOW));
    expect(Object.keys(file)).toEqual(['format', 'version', 'exportedAt', 'progress']);
    expect(file).toMatchObject({ format: EXPORT_FORMAT, version: 1, exportedAt: '2026-03-04T05:06:07.000Z', progress: sampleProgress() });
    expect(exportFileName(NOW)).toBe('social-literacy-progress-2026-03-04.json');
  });

  it('says what is wrong with a bad file', () => {
    const good = JSON.parse(createExport(sampleProgress(), NOW));
    const error = (text: string) => {
      const result = readImport(text);
      return result.ok ? 'accepted' : result.error;
    };
    expect(error('hello')).toMatch(/^This file is not a progress export: it is not JSON\./);
    expect(error('{"version":1,"modules":{}}')).toMatch(/^This file is JSON but not a Social Literacy Academy progress export/);
    expect(error('[]')).toMatch(/not a Social Literacy Academy progress export/);
    expect(error(JSON.stringify({ ...good, version: 2 }))).toMatch(/^This progress file comes from a newer version of the course \(format version 2; this course reads up to version 1\)/);
    expect(error(JSON.stringify({ ...good, version: 'one' }))).toBe('This progress file has no valid version number, so it cannot be read safely.');
    expect(error(JSON.stringify({ ...good, progress: { ...good.progress, modules: { 'legal/policies-that-enable': { firstVisited: 'soon' } } } }))).toBe(
      'This progress file is damaged: its progress does not match the progress format (modules.legal/policies-that-enable.firstVisited: expected an ISO 8601 date and time; modules.legal/policies-that-enable.lastVisited: expected string). Nothing was imported.',
    );
    expect(error(' '.repeat(5_000_001))).toMatch(/too large/);
  });

  it('never throws on random input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.jsonValue().map((v) => JSON.stringify(v) ?? ''), fc.jsonValue().map((progress) => JSON.stringify({ format: EXPORT_FORMAT, version: 1, progress }))), (text) => {
        const result = readImport(text);
        expect(result.ok ? result.progress.version : result.error.length).toBeGreaterThan(0);
      }),
    );
  });
});
