import { describe, expect, it } from 'vitest';
import { allResultsLabel, filterDescription, plural, quoted, resultsStatus, suggestionsStatus } from '../../../src/search/announce.ts';

const hits = (count: number) => Array.from({ length: count }, (_, doc) => doc);

describe('search announcements', () => {
  it('counts in words', () => {
    expect(plural(1, 'result')).toBe('1 result');
    expect(plural(0, 'result')).toBe('0 results');
    expect(plural(2, 'more page')).toBe('2 more pages');
    expect(quoted('passkeys')).toBe('“passkeys”');
  });

  it('tells the header box what was found and how to choose, or that nothing was', () => {
    expect(suggestionsStatus('passkey', { hits: hits(1) })).toBe('1 result. Use the up and down arrow keys to choose one.');
    expect(suggestionsStatus('passkey', { hits: hits(7) })).toBe('7 results. Use the up and down arrow keys to choose one.');
    expect(suggestionsStatus('zzz', { hits: [] })).toBe('No results for “zzz”.');
    expect(suggestionsStatus('pasword', { hits: hits(3), correctedQuery: 'password' })).toBe('No results for “pasword”; 3 results for “password”. Use the up and down arrow keys to choose one.');
  });

  it('labels the last suggestion by whether anything matched', () => {
    expect(allResultsLabel('passkey', 12)).toBe('See all 12 results');
    expect(allResultsLabel('zzz', 0)).toBe('Search the course for “zzz”');
  });

  it('says the search page’s count with its filters and any respelling', () => {
    expect(filterDescription(undefined, undefined)).toBe('');
    expect(filterDescription('IT and security', undefined)).toBe('in IT and security');
    expect(filterDescription(undefined, 'Case studies')).toBe('(case studies only)');
    expect(filterDescription('IT and security', 'Case studies')).toBe('in IT and security (case studies only)');
    expect(resultsStatus({ query: 'passkey' }, 4)).toBe('4 results for “passkey”.');
    expect(resultsStatus({ query: 'passkey' }, 1, 'in IT and security')).toBe('1 result in IT and security for “passkey”.');
    expect(resultsStatus({ query: 'pasword', correctedQuery: 'password' }, 0, '(modules only)')).toBe('No results for “pasword”. Showing 0 results (modules only) for “password”.');
  });
});
