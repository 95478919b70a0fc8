import { describe, expect, it } from 'vitest';
import { worksheetById, worksheetForTrack, WORKSHEETS } from '../../../src/worksheets/catalog.ts';
import { POLICY_ID } from '../../../src/worksheets/policy-sections.ts';
import { ROADMAP_ID } from '../../../src/worksheets/roadmap.ts';

describe('the worksheet catalogue', () => {
  it('closes the executive track with the roadmap and the legal track with the policy builder, at their stable routes', () => {
    expect(worksheetForTrack('executive')).toMatchObject({ id: ROADMAP_ID, path: '/tracks/executive/roadmap/' });
    expect(worksheetForTrack('legal')).toMatchObject({ id: POLICY_ID, path: '/tracks/legal/policy-builder/' });
    expect(worksheetForTrack('it')).toBeUndefined();
  });

  it('gives each worksheet its own id, route and link text', () => {
    expect(new Set(WORKSHEETS.map((w) => w.path)).size).toBe(WORKSHEETS.length);
    for (const worksheet of WORKSHEETS) {
      expect(worksheet.id).toBe(`${worksheet.track}/${worksheet.slug}`);
      expect(worksheet.linkText).toMatch(/^Finish with the /);
    }
  });

  it('refuses an unknown id', () => {
    expect(() => worksheetById('legal/nothing')).toThrow('No worksheet with id legal/nothing');
  });
});
