import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT, createExport, exportChecksum, exportFileName, readImport } from '../../../src/progress/export-import.ts';
import { sampleProgress, sampleProgressV1, validProgress } from '../../helpers/progress.ts';

const NOW = new Date('2026-03-04T05:06:07.000Z');

describe('export and import', () => {
  it('reads back every exported record', () => {
    fc.assert(
      fc.property(validProgress, (progress) => {
        const stored = JSON.parse(JSON.stringify(progress));
        expect(readImport(createExport(stored, NOW))).toEqual({ ok: true, progress: stored, exportedAt: NOW.toISOString(), checksum: 'matches' });
      }),
    );
  });

  it('writes the documented format', () => {
    const file = JSON.parse(createExport(sampleProgress(), NOW));
    expect(Object.keys(file)).toEqual(['format', 'version', 'exportedAt', 'progress', 'checksum']);
    expect(file).toMatchObject({ format: EXPORT_FORMAT, version: 2, exportedAt: '2026-03-04T05:06:07.000Z', progress: sampleProgress() });
    expect(file.checksum).toMatch(/^[0-9a-f]{4}(-[0-9a-f]{4}){4}$/);
    expect(exportFileName(NOW)).toBe('social-literacy-progress-2026-03-04.json');
  });

  it('names the learner in the file name, in plain letters', () => {
    expect(exportFileName(NOW, 'Ada Lovelace')).toBe('social-literacy-progress-ada-lovelace-2026-03-04.json');
    expect(exportFileName(NOW, '  José Núñez-Øberg / HR ')).toBe('social-literacy-progress-jose-nunez-berg-hr-2026-03-04.json');
    expect(exportFileName(NOW, '李雷')).toBe('social-literacy-progress-2026-03-04.json');
  });

  it('shows a file edited after export as not matching its checksum, and an old file as having none', () => {
    const file = JSON.parse(createExport(sampleProgress(), NOW));
    expect(readImport(JSON.stringify(file))).toMatchObject({ ok: true, checksum: 'matches' });
    // Key order and whitespace are not edits.
    expect(readImport(JSON.stringify({ checksum: file.checksum, progress: file.progress, exportedAt: file.exportedAt, version: 2, format: EXPORT_FORMAT }))).toMatchObject({ checksum: 'matches' });
    const tampered = structuredClone(file);
    tampered.progress.quizzes['foundations/what-social-media-changed'].attempts[0].correct = 6;
    tampered.progress.quizzes['foundations/what-social-media-changed'].attempts[0].score = 1;
    expect(readImport(JSON.stringify(tampered))).toMatchObject({ ok: true, checksum: 'differs' });
    expect(readImport(JSON.stringify({ ...file, exportedAt: '2026-03-05T05:06:07.000Z' }))).toMatchObject({ checksum: 'differs' });
    expect(readImport(JSON.stringify({ ...file, learnerName: 'x', progress: { ...file.progress, learnerName: 'Someone Else' } }))).toMatchObject({ checksum: 'differs' });
    const old = { format: EXPORT_FORMAT, version: 1, exportedAt: file.exportedAt, progress: sampleProgressV1() };
    expect(readImport(JSON.stringify(old))).toMatchObject({ ok: true, checksum: 'missing' });
    expect(exportChecksum(file.exportedAt, file.progress)).toBe(file.checksum);
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
    expect(error(JSON.stringify({ ...good, version: 3 }))).toMatch(/^This progress file comes from a newer version of the course \(format version 3; this course reads up to version 2\)/);
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
