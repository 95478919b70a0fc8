import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../src/search/build-index.ts';
import { searchEntriesFromFiles } from '../../../src/search/index-course-files.ts';
import { loadSearch, runQuery } from '../../../src/search/query.ts';

// Realistic learner queries against the shipped course, each with the page that must be among the
// first three results. When content is added or renamed, keep this list growing with it; when a
// case fails, tune FIELD_BOOSTS or the query building rather than the expectation.
const { entries, tracks } = searchEntriesFromFiles(fileURLToPath(new URL('../../../', import.meta.url)));
const search = loadSearch(JSON.parse(JSON.stringify(buildSearchIndex(entries, tracks))));

const cases: [query: string, expected: string][] = [
  // Company names, as learners remember them
  ['Southwest', '/case-studies/southwest-assigned-seating/'],
  ['dominos', '/case-studies/dominos-prank-video/'],
  ['Burger King', '/case-studies/burger-king-account-hijack/'],
  ['Nestle', '/case-studies/nestle-facebook-page/'],
  ['Netflix', '/case-studies/netflix-sec-disclosure/'],
  ['Best Buy', '/case-studies/best-buy-twelpforce/'],
  ['Kodak', '/case-studies/kodak-chief-blogger/'],
  ['Zappos', '/case-studies/zappos-service-culture/'],
  ['Comcast', '/case-studies/comcast-cares/'],
  ['HMV', '/case-studies/hmv-layoffs-tweets/'],
  ['Old Spice', '/case-studies/old-spice-response/'],
  ['Associated Press', '/case-studies/ap-twitter-hack/'],
  // Half-remembered stories
  ['assigned seating', '/case-studies/southwest-assigned-seating/'],
  ['guitar', '/case-studies/united-breaks-guitars/'],
  ['the airline that broke a guitar', '/case-studies/united-breaks-guitars/'],
  ['pizza video', '/case-studies/dominos-prank-video/'],
  ['hacked tweet stock market', '/case-studies/ap-twitter-hack/'],
  ['employees tweeting about being fired', '/case-studies/hmv-layoffs-tweets/'],
  ['angry moms ad', '/case-studies/motrin-moms/'],
  ['greenpeace', '/case-studies/nestle-facebook-page/'],
  ['sold to McDonalds', '/case-studies/burger-king-account-hijack/'],
  ['bike sharing', '/case-studies/humana-freewheelin/'],
  ['CEO facebook post SEC', '/case-studies/netflix-sec-disclosure/'],
  ['Dell Hell', '/case-studies/dell-hell-ideastorm/'],
  ['on hold for 40 minutes', '/case-studies/tv-service-complaint/'],
  // Role topics
  ['disclosure', '/tracks/legal/regulated-disclosure/'],
  ['Regulation FD', '/tracks/legal/regulated-disclosure/'],
  ['endorsement reviews', '/tracks/legal/endorsements-and-disclosure/'],
  ['security key passkey', '/tracks/it/phishing-resistant-sign-in-and-recovery/'],
  ['session cookie theft', '/tracks/it/how-accounts-are-lost-today/'],
  ['litigation hold', '/tracks/legal/records-and-ediscovery/'],
  ['ediscovery', '/tracks/legal/records-and-ediscovery/'],
  ['archiving', '/tracks/it/records-and-archiving/'],
  ['response time', '/tracks/support/channels-and-service-levels/'],
  ['blocking social sites', '/tracks/it/staff-access-and-devices/'],
  ['account hijacked what do I do', '/tracks/it/account-takeover-runbook/'],
  ['posted from the wrong account', '/tracks/it/staff-access-and-devices/'],
  ['who owns the account agency', '/tracks/it/brand-accounts-as-privileged-identities/'],
  ['social media policy', '/tracks/legal/policies-that-enable/'],
  ['capture', '/tracks/foundations/spot-capture-pass-on/'],
  ['impersonation', '/tracks/foundations/scams-and-fakes/'],
  ['huddle', '/tracks/managers/five-minute-huddle/'],
  ['works council', '/tracks/managers/works-council-view/'],
  ['handoff', '/tracks/support/triage-and-escalation/'],
  ['take it to private message', '/tracks/support/triage-and-escalation/'],
  ['what do I do when someone posts their account number publicly', '/tracks/support/impostors-data-and-safety/'],
  ['24-hour messaging window', '/tracks/support/channels-and-service-levels/'],
  ['staffing forecast shrinkage', '/tracks/support/staffing-and-surges/'],
  ['chatbot disclosure', '/tracks/support/bots-and-ai-assistants/'],
  ['fake support account', '/case-studies/fake-airline-support-accounts/'],
  ['measure ROI', '/tracks/marketing/measurement-a-cfo-accepts/'],
  ['employee advocacy', '/tracks/marketing/creators-and-disclosure/'],
  ['crisis decision rights', '/tracks/executive/the-first-hour/'],
  ['business goals', '/tracks/executive/seven-decisions/'],
  ['who pays for it: budget and funding', '/tracks/executive/rules-people-and-money/'],
  // Typing in progress and typos
  ['guita', '/case-studies/united-breaks-guitars/'],
  ['Zapos', '/case-studies/zappos-service-culture/'],
];

describe('search relevance on the shipped course', () => {
  it('every expected page exists in the index', () => {
    const indexed = new Set([...search.documents.values()].map((d) => d.path));
    expect(cases.map(([, path]) => path).filter((path) => !indexed.has(path))).toEqual([]);
  });

  // A company's name should open on its story, not on a lesson that mentions it in passing.
  it.each(cases.slice(0, 12))('company “%s” ranks %s first', (query, expected) => {
    expect(runQuery(search, query).hits[0]?.document.path).toBe(expected);
  });

  it.each(cases)('“%s” finds %s in the top 3', (query, expected) => {
    const top = runQuery(search, query).hits.slice(0, 3).map((hit) => hit.document.path);
    expect(top).toContain(expected);
  });
});
