import { describe, expect, it } from 'vitest';
import { SearchEngine } from '../../../src/search/engine.ts';
import { runQuery, type SearchHit } from '../../../src/search/query.ts';
import { groupHits, shownOrder } from '../../../src/search/results.ts';
import { shippedSearch } from '../../helpers/search.ts';

// Realistic learner queries against the shipped course, judged as the grouped results show them.
// Pages: the page must be among the first three pages (a company's name: the first). Questions:
// the section that answers must be among the first three results shown. When content is added or renamed, keep these lists
// growing with it; when a case fails, tune FIELD_BOOSTS or the ranking rather than the expectation.
const shipped = shippedSearch();
const engine = await SearchEngine.open(shipped.file);
const pagePath = (hit: SearchHit) => shipped.pages[hit.page].path;
const sectionPath = (hit: SearchHit) => {
  const anchor = shipped.documents[hit.doc].section?.anchor;
  return `${pagePath(hit)}${anchor ? `#${anchor}` : ''}`;
};
/** The pages of the grouped results, in order. */
const topPages = (hits: SearchHit[], count: number) => [...new Set(groupHits(engine.manifest, hits).map((group) => pagePath(group.hits[0])))].slice(0, count);

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
  ['staff made redundant live on Twitter', '/case-studies/hmv-layoffs-tweets/'],
  ['angry moms ad', '/case-studies/motrin-moms/'],
  ['greenpeace', '/case-studies/nestle-facebook-page/'],
  ['sold to McDonalds', '/case-studies/burger-king-account-hijack/'],
  ['bike sharing', '/case-studies/humana-freewheelin/'],
  ['CEO facebook post SEC', '/case-studies/netflix-sec-disclosure/'],
  ['Dell Hell', '/case-studies/dell-hell-ideastorm/'],
  ['on hold for 40 minutes', '/case-studies/tv-service-complaint/'],
  // Role topics
  ['disclosure', '/tracks/legal/endorsements-and-disclosure/'],
  ['Regulation FD', '/tracks/legal/regulated-disclosure/'],
  ['endorsement reviews', '/tracks/legal/endorsements-and-disclosure/'],
  ['session cookie theft', '/tracks/it/how-accounts-are-lost-today/'],
  ['litigation hold', '/tracks/legal/records-and-ediscovery/'],
  ['e-discovery', '/tracks/legal/records-and-ediscovery/'],
  ['archiving', '/tracks/it/records-and-archiving/'],
  ['response time', '/tracks/support/channels-and-service-levels/'],
  ['blocking social sites', '/tracks/it/staff-access-and-devices/'],
  ['account hijacked what do I do', '/tracks/it/account-takeover-runbook/'],
  ['posted from the wrong account', '/tracks/it/staff-access-and-devices/'],
  ['who owns the account agency', '/tracks/marketing/cmo-operating-model/'],
  ['social media policy', '/tracks/legal/policies-that-enable/'],
  ['capture', '/tracks/foundations/spot-capture-pass-on/'],
  ['impersonation', '/tracks/foundations/scams-and-fakes/'],
  ['huddle', '/tracks/managers/five-minute-huddle/'],
  ['works council', '/tracks/managers/works-council-view/'],
  ['handoff', '/tracks/support/triage-and-escalation/'],
  ['what do I do when someone posts their account number publicly', '/tracks/support/impostors-data-and-safety/'],
  ['24-hour messaging window', '/tracks/support/channels-and-service-levels/'],
  ['staffing forecast shrinkage', '/tracks/support/staffing-and-surges/'],
  ['fake support account', '/case-studies/fake-airline-support-accounts/'],
  ['measure ROI', '/tracks/marketing/measurement-a-cfo-accepts/'],
  ['employee advocacy', '/tracks/executive/rules-people-and-money/'],
  ['crisis decision rights', '/tracks/executive/the-first-hour/'],
  ['business goals', '/tracks/executive/seven-decisions/'],
  // Crisis simulations, by what they are about
  ['crisis simulation airline holiday meltdown', '/simulations/service-meltdown/'],
  ['simulation hijacked account crypto scam', '/simulations/hijacked-brand-account/'],
  // Typing in progress and typos
  ['guita', '/case-studies/united-breaks-guitars/'],
  ['Zapos', '/case-studies/zappos-service-culture/'],
];

/** Full sentences, as learners type them, each with the section that answers it. */
const questions: [question: string, section: string][] = [
  ['what do I do when someone posts their account number publicly', '/tracks/support/impostors-data-and-safety/#when-someone-posts-their-account-number-publicly'],
  ['who decides what the CEO says in the first hour of a crisis', '/tracks/executive/the-first-hour/#decide-who-decides-before-you-need-to'],
  ['how do I know if a video call from my boss is a deepfake', '/tracks/foundations/scams-and-fakes/#fake-bosses-on-calls-and-chats'],
  ['what should I capture before I report a post', '/tracks/foundations/spot-capture-pass-on/#what-to-capture'],
  ['someone filmed me at work and posted it online, what now', '/tracks/foundations/when-you-are-the-target/#if-someone-films-you-at-work'],
  ['I posted something I regret, should I delete it', '/tracks/foundations/your-voice-online/#if-you-posted-something-you-regret'],
  ['can my manager pressure me to accept a friend request', '/tracks/managers/what-managers-must-not-do/#do-not-push-for-friend-requests-or-posts'],
  ['is an employee complaining about pay on Facebook protected', '/tracks/legal/policies-that-enable/#is-the-post-protected'],
  ['what do we do in the first thirty minutes after our account is hijacked', '/tracks/it/account-takeover-runbook/#the-first-thirty-minutes'],
  ['how do attackers use stolen session cookies to get into our accounts', '/tracks/it/how-accounts-are-lost-today/#stolen-session-cookies'],
  ['which sign-in factors actually resist phishing', '/tracks/it/phishing-resistant-sign-in-and-recovery/#which-factors-resist-phishing'],
  ['do we have to tell customers they are talking to a bot', '/tracks/support/bots-and-ai-assistants/#tell-people-it-is-a-bot'],
  ['is the company bound by what its chatbot tells customers', '/tracks/legal/ai-and-synthetic-media/#what-your-chatbot-says-binds-you'],
  ['how do we staff the desk when a thousand complaints arrive during an outage', '/tracks/support/staffing-and-surges/#outage-mode-a-thousand-complaints-at-once'],
  ['when should we move a complaint to private messages', '/tracks/support/triage-and-escalation/#when-to-move-to-private-messages'],
  ['what if a customer threatens self-harm in a comment', '/tracks/support/triage-and-escalation/#threats-and-self-harm-go-to-safety'],
  ['what report will the CFO accept for our social media spend', '/tracks/marketing/measurement-a-cfo-accepts/#the-one-page-report-for-the-cfo'],
  ['should our brand post about a tragedy that is trending', '/tracks/marketing/real-time-and-newsjacking/#the-deliberate-mistake-joining-a-tragedy'],
  ['what must a creator contract say', '/tracks/marketing/cmo-operating-model/#what-a-creator-contract-must-say'],
  ['do influencers in the UK have to label paid posts', '/tracks/marketing/creators-and-disclosure/#the-uk-and-the-eu'],
  ['when is an executive’s post a company announcement', '/tracks/executive/your-own-account/#when-your-post-is-a-company-announcement'],
  ['what information must never go in a direct message to a customer', '/tracks/support/impostors-data-and-safety/#identity-checks-and-what-never-goes-in-a-dm'],
  ['who owns the social media account when the agency contract ends', '/tracks/legal/records-and-ediscovery/#who-owns-the-account'],
  ['what is a session token', '/glossary/#session-token'],
];

/**
 * Known near misses, kept so they can only get better: the expected page or section, and the
 * position it reaches now. Section results split a page's words across sections, so a query whose
 * words are spread over one page ("budget" in one section, "funding" in another) or matched
 * better by a glossary entry or case study no longer puts that page in the first three.
 */
const nearMisses: [query: string, expected: string, within: number][] = [
  ['can I give a review of our product on a retailer site', '/tracks/foundations/your-voice-online/#reviews-check-the-rules-first', 7],
  ['security key passkey', '/tracks/it/phishing-resistant-sign-in-and-recovery/', 6],
  // 10th since simulations are indexed: the account-hijack simulation's briefs talk about private messages too.
  ['take it to private message', '/tracks/support/triage-and-escalation/', 10],
  ['chatbot disclosure', '/tracks/support/bots-and-ai-assistants/', 5],
  ['who pays for it: budget and funding', '/tracks/executive/rules-people-and-money/', 9],
];

describe('search relevance on the shipped course', () => {
  it('every expected page and section exists in the index', () => {
    const indexed = new Set(shipped.documents.map((document) => {
      const path = shipped.pages[document.page].path;
      return document.section ? `${path}#${document.section.anchor}` : path;
    }));
    const pages = new Set(shipped.pages.map((page) => page.path));
    expect(cases.map(([, path]) => path).filter((path) => !pages.has(path))).toEqual([]);
    expect(questions.map(([, section]) => section).filter((section) => !indexed.has(section))).toEqual([]);
  });

  // A company's name should open on its story, not on a lesson that mentions it in passing.
  it.each(cases.slice(0, 12))('company “%s” shows %s first', async (query, expected) => {
    expect(topPages((await runQuery(engine, query)).hits, 1)).toEqual([expected]);
  });

  it.each(cases)('“%s” shows %s among the first three pages', async (query, expected) => {
    expect(topPages((await runQuery(engine, query)).hits, 3)).toContain(expected);
  });

  it.each(questions)('“%s” finds %s in the top 3', async (question, section) => {
    expect(shownOrder(engine.manifest, (await runQuery(engine, question)).hits).slice(0, 3).map(sectionPath)).toContain(section);
  });

  it.each(nearMisses)('near miss “%s” keeps %s within the first %i', async (query, expected, within) => {
    const { hits } = await runQuery(engine, query);
    const shown = expected.includes('#') ? shownOrder(engine.manifest, hits).map(sectionPath) : topPages(hits, Infinity);
    expect(shown.slice(0, within)).toContain(expected);
  });
});
