import { caseEra, type CaseEra } from './schemas/case-study.ts';
import { THEMES, type TrackId } from './schemas/common.ts';
import type { LibraryFilter } from './routes.ts';

/** What the library needs to know of a case. */
export interface LibraryCase {
  id: string;
  year: number;
  company: string;
  roles: readonly string[];
  themes: readonly string[];
}

/** A view's page is `libraryPath(filter)` (src/course/routes.ts). */
export const matches = (item: LibraryCase, { role, theme }: LibraryFilter) => (!role || item.roles.includes(role)) && (!theme || item.themes.includes(theme));

/** Newest first (by the year the story starts), then by company: the library's order. */
export const byYear = <C extends LibraryCase>(cases: readonly C[]) => [...cases].sort((a, b) => b.year - a.year || a.company.localeCompare(b.company));

/** The cases of a view in the library's order, grouped into current then classic. */
export function libraryGroups<C extends LibraryCase>(cases: readonly C[], filter: LibraryFilter): { era: CaseEra; cases: C[] }[] {
  const shown = byYear(cases.filter((item) => matches(item, filter)));
  return (['current', 'classic'] as const).map((era) => ({ era, cases: shown.filter((item) => caseEra(item.year) === era) })).filter((group) => group.cases.length > 0);
}

/** How many cases each role and each theme would show, keeping the other filter of the view. */
export function filterCounts(cases: readonly LibraryCase[], filter: LibraryFilter, roles: readonly TrackId[]) {
  return {
    roles: roles.map((role) => ({ role, count: cases.filter((item) => matches(item, { ...filter, role })).length })),
    themes: THEMES.map((theme) => ({ theme, count: cases.filter((item) => matches(item, { ...filter, theme })).length })),
  };
}

/** Every view with at least one case: the pages the build writes. */
export function libraryViews(cases: readonly LibraryCase[], roles: readonly TrackId[]): LibraryFilter[] {
  const views: LibraryFilter[] = [];
  for (const role of [undefined, ...roles]) {
    for (const theme of [undefined, ...THEMES]) {
      if (!role && !theme) continue;
      if (cases.some((item) => matches(item, { role, theme }))) views.push({ role, theme });
    }
  }
  return views;
}
