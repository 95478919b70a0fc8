import { describe, expect, it } from 'vitest';
import { allWorksheets, CODE_WORKSHEETS, formWorksheetEntry } from '../../../src/worksheets/catalog.ts';
import { POLICY_ID } from '../../../src/worksheets/policy-sections.ts';

describe('worksheet catalog', () => {
  it('keeps the policy builder at its stable route and adds worksheets written as content after it', () => {
    expect(CODE_WORKSHEETS).toEqual([expect.objectContaining({ id: POLICY_ID, path: '/tracks/legal/policy-builder/', kind: 'policy-builder' })]);
    const memo = formWorksheetEntry({ track: 'executive', slug: 'roadmap', title: 'Memo', linkText: 'Finish', summary: 'S', minutes: 25, sections: [] });
    expect(memo).toEqual({ id: 'executive/roadmap', track: 'executive', slug: 'roadmap', path: '/tracks/executive/roadmap/', title: 'Memo', linkText: 'Finish', summary: 'S', minutes: 25, kind: 'form' });
    expect(allWorksheets([{ track: 'executive', slug: 'roadmap', title: 'Memo', linkText: 'Finish', summary: 'S', minutes: 25, sections: [] }]).map((w) => w.id)).toEqual([POLICY_ID, 'executive/roadmap']);
  });
});
