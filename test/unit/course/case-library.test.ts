import { describe, expect, it } from 'vitest';
import { filterCounts, libraryGroups, libraryViews } from '../../../src/course/case-library.ts';

const cases = [
  { id: 'old-support', year: 2009, company: 'Comcast', roles: ['support'], themes: ['listen-no-act'] },
  { id: 'new-support', year: 2024, company: 'Air Canada', roles: ['support', 'legal'], themes: ['ai-in-service'] },
  { id: 'new-it', year: 2024, company: 'SEC', roles: ['it'], themes: ['account-security'] },
  { id: 'edge', year: 2017, company: 'KFC', roles: ['marketing'], themes: ['own-products-only'] },
];

describe('case library', () => {
  it('combines role and theme, lists newest first and groups current (2017 on) before classic', () => {
    expect(libraryGroups(cases, {}).map((g) => [g.era, g.cases.map((c) => c.id)])).toEqual([
      ['current', ['new-support', 'new-it', 'edge']],
      ['classic', ['old-support']],
    ]);
    expect(libraryGroups(cases, { role: 'support', theme: 'ai-in-service' }).map((g) => g.cases.map((c) => c.id))).toEqual([['new-support']]);
    expect(libraryGroups(cases, { role: 'it', theme: 'ai-in-service' })).toEqual([]);
  });

  it('counts what each filter would show, keeping the other one', () => {
    const { roles, themes } = filterCounts(cases, { theme: 'ai-in-service' }, ['support', 'it']);
    expect(roles).toEqual([{ role: 'support', count: 1 }, { role: 'it', count: 0 }]);
    // A theme's count keeps the role filter and replaces the theme.
    expect(themes.find((t) => t.theme === 'listen-no-act')?.count).toBe(1);
    expect(filterCounts(cases, { role: 'it' }, ['it']).themes.find((t) => t.theme === 'listen-no-act')?.count).toBe(0);
    expect(filterCounts(cases, { role: 'support' }, ['support']).themes.find((t) => t.theme === 'listen-no-act')?.count).toBe(1);
  });

  it('writes pages only for views that have cases', () => {
    const views = libraryViews(cases, ['support', 'it']);
    expect(views).toContainEqual({ role: 'support', theme: 'ai-in-service' });
    expect(views).not.toContainEqual({ role: 'it', theme: 'ai-in-service' });
    expect(views).toContainEqual({ role: undefined, theme: 'own-products-only' });
  });
});
