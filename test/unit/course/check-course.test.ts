import { describe, expect, it } from 'vitest';
import { checkCourse } from '../../../src/course/check-course.ts';
import { formatProblem, formatProblems } from '../../../src/course/problems.ts';
import { readCourseFiles } from '../../../src/course/read-course-files.ts';
import { addFile, CASE, editFile, FINAL, fixtureRoot, GLOSSARY, MODULE, QUIZ, SITE, TRACK, validCourse } from '../../helpers/course-files.ts';

const problemLines = (files = validCourse()) => checkCourse(files, { today: '2026-12' }).problems.map(formatProblem);
const warningLines = (files = validCourse(), today = '2026-12') => checkCourse(files, { today }).warnings.map(formatProblem);
const quizText = (files: ReturnType<typeof validCourse>) => files.quizzes.find((quiz) => quiz.path === QUIZ)!.text;

describe('checkCourse on a valid course', () => {
  it('finds no problem and returns every entry parsed', () => {
    const course = checkCourse(validCourse());
    expect(course.problems).toEqual([]);
    expect(course.modules.map((m) => m.id)).toEqual(['foundations/first-steps']);
    expect(course.quizzes[0].data.questions).toHaveLength(4);
    expect(course.finalChecks.map((f) => f.id)).toEqual(['foundations']);
    expect(course.glossary.map((g) => g.id)).toEqual(['fixture-term']);
    expect(course.warnings).toEqual([]);
    expect(course.site?.passMark).toBe(0.75);
  });
});

describe('cross-file checks', () => {
  it('reports a track listing a missing module', () => {
    const files = editFile(validCourse(), TRACK, (t) => t.replace('[first-steps]', '[first-steps, later]'));
    expect(problemLines(files)).toEqual([
      'content/tracks/foundations.yaml › modules[1]: no module "foundations/later" exists — create content/modules/foundations/later.mdx or remove "later" from the list',
    ]);
  });

  it('reports a module listed twice in its track', () => {
    const files = editFile(validCourse(), TRACK, (t) => t.replace('[first-steps]', '[first-steps, first-steps]'));
    expect(problemLines(files)).toEqual(['content/tracks/foundations.yaml › modules[1]: lists "first-steps" twice — keep one entry']);
  });

  it('reports a module citing a missing case study', () => {
    const files = editFile(validCourse(), MODULE, (t) => t.replace('[fixture-case]', '[fixture-case, ghost-case]'));
    expect(problemLines(files)).toEqual([
      'content/modules/foundations/first-steps.mdx › caseStudies[1]: no case study "ghost-case" exists — create content/case-studies/ghost-case.mdx or fix the id',
    ]);
  });

  it('reports a quiz naming a missing module', () => {
    const files = editFile(validCourse(), QUIZ, (t) => t.replace('module: foundations/first-steps', 'module: foundations/gone'));
    expect(problemLines(files)).toEqual([
      'content/modules/foundations/first-steps.mdx: has no quiz — create quizzes/foundations/first-steps.yaml with `module: foundations/first-steps`',
      'quizzes/foundations/first-steps.yaml › module: no module "foundations/gone" exists — use the <track>/<slug> of an existing module',
    ]);
  });

  it('reports a module without a quiz', () => {
    const files = validCourse();
    files.quizzes = files.quizzes.filter((quiz) => quiz.path === FINAL);
    expect(problemLines(files)).toEqual([
      'content/modules/foundations/first-steps.mdx: has no quiz — create quizzes/foundations/first-steps.yaml with `module: foundations/first-steps`',
    ]);
  });

  it('reports two quizzes for one module', () => {
    const files = validCourse();
    const withCopy = addFile(files, 'quizzes', 'quizzes/first-steps.yaml', quizText(files));
    expect(problemLines(withCopy)).toEqual([
      'quizzes/first-steps.yaml › module: "foundations/first-steps" already has a quiz in quizzes/foundations/first-steps.yaml — a module has exactly one quiz; merge or delete one',
    ]);
  });

  it('reports a module that its track does not list', () => {
    const files = validCourse();
    const extra = addFile(files, 'modules', 'content/modules/foundations/extra.mdx', files.modules[0].text);
    const withQuiz = addFile(extra, 'quizzes', 'quizzes/foundations/extra.yaml', quizText(files).replace('first-steps', 'extra'));
    expect(problemLines(withQuiz)).toEqual([
      'content/modules/foundations/extra.mdx: is not listed in content/tracks/foundations.yaml — add "extra" to its modules, or delete the file',
    ]);
  });

  it('reports a module in a folder that is not a track', () => {
    const files = validCourse();
    const stray = addFile(files, 'modules', 'content/modules/finance/budgets.mdx', files.modules[0].text);
    expect(problemLines(stray)).toEqual([
      'content/modules/finance/budgets.mdx: is in folder "finance", which is not a track — move it to content/modules/<track>/ with a track of foundations, managers, executive, legal, it, support, marketing',
    ]);
  });

  it('reports a case study no module links to', () => {
    const files = validCourse();
    const unused = addFile(files, 'caseStudies', 'content/case-studies/unused.mdx', files.caseStudies[0].text);
    expect(problemLines(unused)).toEqual([
      'content/case-studies/unused.mdx: no module links to it — add "unused" to the caseStudies of a module that uses the story',
    ]);
  });

  it('reports an enabled track without a track file', () => {
    const files = editFile(validCourse(), SITE, (t) => t.replace('[foundations]', '[foundations, legal]'));
    expect(problemLines(files)).toEqual([
      'content/site.yaml › enabledTracks[1]: track "legal" has no file — create content/tracks/legal.yaml or remove it from enabledTracks',
    ]);
  });
});

describe('quiz rules', () => {
  const question = (type: string, correct: string[]) => `module: foundations/first-steps
questions:
  - id: q1
    section: a-heading
    type: ${type}
    prompt: "P"${type === 'scenario' ? '\n    situation: "S"' : ''}
    choices:
${['a', 'b', 'c']
  .slice(0, type === 'truefalse' ? 2 : 3)
  .map((id) => `      - { id: ${id}, text: "${type === 'truefalse' ? (id === 'a' ? 'True' : 'False') : id}", feedback: "f"${correct.includes(id) ? ', correct: true' : ''} }`)
  .join('\n')}
    explanation: "E"
`;
  const withQuiz = (text: string) => editFile(validCourse(), QUIZ, () => text);

  it.each([
    ['single', [], 'a single question has 0 correct choices — mark exactly one choice `correct: true`'],
    ['single', ['a', 'b'], 'a single question has 2 correct choices — mark exactly one choice `correct: true`'],
    ['truefalse', ['a', 'b'], 'a truefalse question has 2 correct choices — mark exactly one choice `correct: true`'],
    ['scenario', [], 'a scenario question has 0 correct choices — mark exactly one choice `correct: true`'],
    ['multiple', [], 'a multiple question has 0 correct choices — mark at least one choice `correct: true`'],
  ])('a %s question with correct choices %j is rejected', (type, correct, message) => {
    expect(problemLines(withQuiz(question(type, correct)))).toEqual([`quizzes/foundations/first-steps.yaml › questions[0] (q1).choices: ${message}`]);
  });

  it.each([
    ['single', ['b']],
    ['truefalse', ['a']],
    ['scenario', ['c']],
    ['multiple', ['a', 'c']],
  ])('a %s question with correct choices %j is accepted', (type, correct) => {
    expect(problemLines(withQuiz(question(type, correct)))).toEqual([]);
  });

  it('reports duplicate question and choice ids', () => {
    const files = editFile(validCourse(), QUIZ, (t) => t.replace('id: q2', 'id: q1').replace('{ id: b, text: "Two"', '{ id: a, text: "Two"'));
    expect(problemLines(files)).toEqual([
      'quizzes/foundations/first-steps.yaml › questions[1] (q1).choices[1] (a).id: duplicate choice id "a" — give every choice of a question its own id',
      'quizzes/foundations/first-steps.yaml › questions[1] (q1).id: duplicate question id "q1" — give every question its own id',
    ]);
  });

  it('requires a situation for a scenario question and rejects it elsewhere', () => {
    const files = editFile(validCourse(), QUIZ, (t) =>
      t.replace('    situation: "A fixture breaks at 5 pm on a Friday."\n', '').replace('prompt: "Which is right?"', 'prompt: "Which is right?"\n    situation: "S"'),
    );
    expect(problemLines(files)).toEqual([
      'quizzes/foundations/first-steps.yaml › questions[0] (q1): unknown field "situation" — remove it or check the spelling',
      'quizzes/foundations/first-steps.yaml › questions[3] (q4).situation: is missing — add a text here',
    ]);
  });
});

describe('schema problems in the author’s terms', () => {
  it('names a missing field, a wrong type and an unknown field', () => {
    const files = editFile(validCourse(), MODULE, (t) =>
      t.replace('title: "First steps"\n', '').replace('minutes: 10', 'minutes: "ten"').replace('takeaway:', 'takeway: "typo"\ntakeaway:'),
    );
    expect(problemLines(files)).toEqual([
      'content/modules/foundations/first-steps.mdx: unknown field "takeway" — remove it or check the spelling',
      'content/modules/foundations/first-steps.mdx › minutes: should be a number, found the text "ten" — change its value',
      'content/modules/foundations/first-steps.mdx › title: is missing — add a text here',
    ]);
  });

  it('asks for 2 to 5 objectives and complete sources', () => {
    const files = editFile(validCourse(), MODULE, (t) =>
      t.replace('  - "Spot a broken fixture."\n', '').replace('    publication: "Fixture Times"\n    year: 2013\n', ''),
    );
    expect(problemLines(files)).toEqual([
      'content/modules/foundations/first-steps.mdx › objectives: list 2 to 5 objectives',
      'content/modules/foundations/first-steps.mdx › sources[0]: needs a url, or a publication and a date (or year)',
    ]);
  });

  it('rejects a case study without sources', () => {
    const files = editFile(validCourse(), CASE, (t) => t.replace(/sources:\n(.*\n){2}/, ''));
    expect(problemLines(files)).toEqual(['content/case-studies/fixture-case.mdx › sources: is missing — add a list here']);
  });

  it('rejects unknown roles and themes on a case study', () => {
    const files = editFile(validCourse(), CASE, (t) => t.replace('[executive, support]', '[ceo]').replace('[listen-no-act]', '[bad-luck]'));
    expect(problemLines(files)).toEqual([
      'content/case-studies/fixture-case.mdx › roles[0]: must be one of foundations, managers, executive, legal, it, support, marketing',
      'content/case-studies/fixture-case.mdx › themes[0]: must be one of own-products-only, listen-no-act, tech-not-calibrated, risk-misframed, culture-misaligned, impersonation-and-fakes, account-security, ai-in-service, rules-and-records, backlash-and-activism',
    ]);
  });

  it('reports YAML syntax errors with the line and a missing frontmatter', () => {
    const broken = editFile(validCourse(), TRACK, (t) => t.replace('title: Foundations', 'title: "Foundations'));
    expect(problemLines(broken)).toHaveLength(1);
    expect(problemLines(broken)[0]).toMatch(/^content\/tracks\/foundations\.yaml: line \d+: not valid YAML \(.+\) — fix the syntax; quote text that contains a colon$/);
    const bare = editFile(validCourse(), CASE, (t) => t.replace(/^---\n/, ''));
    expect(problemLines(bare)).toContain(
      'content/case-studies/fixture-case.mdx: has no frontmatter — start the file with a --- line, the fields, and another --- line',
    );
  });

  it('reports an unreadable quiz once, without also calling its module quizless', () => {
    const files = editFile(validCourse(), QUIZ, (t) => t.replace('module: foundations/first-steps', 'module: "foundations/first-steps'));
    const lines = problemLines(files);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^quizzes\/foundations\/first-steps\.yaml: line \d+: not valid YAML/);
  });

  it('reports a missing site.yaml and a bad pass mark', () => {
    expect(problemLines({ ...validCourse(), site: undefined })).toEqual([
      'content/site.yaml: is missing — create it with at least `organisation: <your organisation>`',
    ]);
    const files = editFile(validCourse(), SITE, (t) => t.replace('passMark: 0.75', 'passMark: 80'));
    expect(problemLines(files)).toEqual(['content/site.yaml › passMark: must be at most 1 (a share, e.g. 0.8)']);
  });
});

describe('a course with many problems', () => {
  it('reports all of them at once, sorted by file', () => {
    const { problems } = checkCourse(readCourseFiles(fixtureRoot('course-broken')));
    expect(formatProblems(problems)).toMatchInlineSnapshot(`
      "The course content has 25 problems:
        content/case-studies/fixture-case.mdx › reviewed: is missing — add the month, in quotes, e.g. "2026-12"
        content/modules/foundations/first-steps.mdx: reads at grade 11.1, above the track's ceiling of 3 (content/tracks/foundations.yaml readingGrade) — use shorter sentences and plainer words; the longest: "Some lesson text that mentions the case, a ghost and a rule that changes." (14 words); "Organizations that communicate responsibly acknowledge considerable complexity." (7 words); "Only one event." (3 words)
        content/modules/foundations/first-steps.mdx › caseStudies[1]: no case study "no-such-case" exists — create content/case-studies/no-such-case.mdx or fix the id
        content/modules/foundations/first-steps.mdx › line 19 <AsOf>: date "Dec 2026" must be YYYY-MM, e.g. date="2026-12"
        content/modules/foundations/first-steps.mdx › line 19 <Term>: no glossary entry "ghost-term" — add it to content/glossary.yaml or fix the id
        content/modules/foundations/first-steps.mdx › line 21 <Timeline>: needs caption="…"
        content/modules/foundations/first-steps.mdx › line 21 <Timeline>: needs at least two <Event when="…"> inside
        content/modules/foundations/first-steps.mdx › line 25 <Chart>: <Chart> is not a course component — use one of AsOf, OrgContact, OurPolicy, ForJurisdiction, Term, Timeline, Event, Steps, DoDont, Do, Dont, Decision, Branch, KeyFigure, QuickCheck, Option, Explain (see content/README.md)
        content/modules/foundations/orphan.mdx: unknown field "keyPoints" — remove it or check the spelling
        content/modules/foundations/orphan.mdx › minutes: should be a number, found the text "ten" — change its value
        content/modules/foundations/orphan.mdx › objectives: list 2 to 5 objectives
        content/modules/foundations/orphan.mdx › reviewed: must be a month written YYYY-MM in quotes, e.g. "2026-12"
        content/modules/foundations/orphan.mdx › sources[0]: needs a url, or a publication and a date (or year)
        content/site.yaml › contacts.escalation.email: must be an email address, e.g. social-desk@example.com
        content/tracks/foundations.yaml › modules[1]: no module "foundations/missing-module" exists — create content/modules/foundations/missing-module.mdx or remove "missing-module" from the list
        quizzes/broken-yaml.yaml: line 4: not valid YAML (bad indentation of a mapping entry) — fix the syntax; quote text that contains a colon
        quizzes/foundations/final.yaml › questions[0] (f1).choices: a true/false question has the choices "True" and "False" — rename them so the key can be counted
        quizzes/foundations/final.yaml › questions[0] (f1).module: "legal/other-track" is not a module of the foundations track — a final check asks about its own track
        quizzes/foundations/first-steps.yaml › questions[0] (q1).choices: a single question has 2 correct choices — mark exactly one choice \`correct: true\`
        quizzes/foundations/first-steps.yaml › questions[1] (q1).choices[1] (a).id: duplicate choice id "a" — give every choice of a question its own id
        quizzes/foundations/first-steps.yaml › questions[1] (q1).id: duplicate question id "q1" — give every question its own id
        quizzes/foundations/first-steps.yaml › questions[1] (q1).section: is missing — add the anchor of the lesson heading this question tests, e.g. section: what-to-capture
        quizzes/foundations/first-steps.yaml › questions[2] (q3).type: must be one of single, multiple, truefalse, scenario
        quizzes/ghost.yaml › module: no module "foundations/ghost" exists — use the <track>/<slug> of an existing module
        quizzes/ghost.yaml › questions[0] (q1).section: is missing — add the anchor of the lesson heading this question tests, e.g. section: what-to-capture"
    `);
  });
});

describe('branding', () => {
  it('accepts accent colours with enough contrast in both schemes', () => {
    const files = editFile(validCourse(), SITE, (t) => `${t}accentColor: { light: "#8a1538", dark: "#f0a0b8" }\n`);
    expect(problemLines(files)).toEqual([]);
  });

  it('fails an accent colour that is hard to read, naming the ratio', () => {
    const files = editFile(validCourse(), SITE, (t) => `${t}accentColor: { light: "#7db8f0", dark: "#333" }\n`);
    expect(problemLines(files)).toEqual([
      'content/site.yaml › accentColor.dark: "#333" has a contrast ratio of 1.41:1 against the dark page background #14181d — WCAG AA needs 4.5:1; choose a lighter colour',
      'content/site.yaml › accentColor.light: "#7db8f0" has a contrast ratio of 2.10:1 against the light page background #ffffff — WCAG AA needs 4.5:1; choose a darker colour',
    ]);
  });

  it('asks for a hex colour', () => {
    const files = editFile(validCourse(), SITE, (t) => `${t}accentColor: { light: "navy", dark: "#ffffff" }\n`);
    expect(problemLines(files)).toEqual(['content/site.yaml › accentColor.light: must be a hex colour such as "#0a5cad"']);
  });
});

describe('language', () => {
  it('defaults to en and refuses what is not a language tag', () => {
    expect(problemLines(validCourse())).toEqual([]);
    expect(problemLines(editFile(validCourse(), SITE, (t) => `${t}language: de-DE\n`))).toEqual([]);
    expect(problemLines(editFile(validCourse(), SITE, (t) => `${t}language: German\n`))).toEqual(['content/site.yaml › language: must be a language tag such as en, en-GB or de']);
  });
});

describe('logo', () => {
  it('must be a file in public/', () => {
    const files = editFile(validCourse(), SITE, (t) => `${t}logo: logo.svg\n`);
    expect(problemLines(files)).toEqual(['content/site.yaml › logo: there is no public/logo.svg — put the logo file in public/ or fix the name']);
    expect(problemLines({ ...files, publicFiles: ['logo.svg'] })).toEqual([]);
  });
});

describe('reserved names', () => {
  it('keeps modules from taking the name of a track page', () => {
    const files = validCourse();
    const clash = addFile(files, 'modules', 'content/modules/foundations/handout.mdx', files.modules[0].text);
    expect(problemLines(clash)).toEqual(['content/modules/foundations/handout.mdx: "handout" is the name of a page of every track — rename the module file']);
  });
});

describe('content model: review dates', () => {
  it('warns, naming file and date, when content is older than reviewWithinMonths', () => {
    expect(warningLines(validCourse(), '2027-12')).toEqual([]);
    expect(warningLines(validCourse(), '2028-01')).toEqual([
      'content/case-studies/fixture-case.mdx › reviewed: reviewed 2026-12, 13 months ago (site.yaml allows 12) — check its facts and sources, then update the date',
      'content/modules/foundations/first-steps.mdx › reviewed: reviewed 2026-12, 13 months ago (site.yaml allows 12) — check its facts and sources, then update the date',
    ]);
    const stricter = editFile(validCourse(), SITE, (t) => `${t}reviewWithinMonths: 3\n`);
    expect(warningLines(stricter, '2027-04')).toHaveLength(2);
    expect(problemLines(stricter)).toEqual([]);
  });

  it('warns about an <AsOf> statement and a sinceThen past their date', () => {
    const files = editFile(
      editFile(validCourse(), MODULE, (t) => t.replace('## Another heading', 'The rule <AsOf date="2025-01">allows fines</AsOf>.\n\n## Another heading')),
      CASE,
      (t) => t.replace('sources:', 'sinceThen:\n  reviewed: "2025-06"\n  text: "It changed."\nsources:'),
    );
    expect(warningLines(files, '2026-12')).toEqual([
      'content/case-studies/fixture-case.mdx › sinceThen.reviewed: reviewed 2025-06, 18 months ago (site.yaml allows 12) — check its facts and sources, then update the date',
      'content/modules/foundations/first-steps.mdx › line 21 <AsOf>: reviewed 2025-01, 23 months ago (site.yaml allows 12) — check its facts and sources, then update the date',
    ]);
  });

  it('requires reviewed on modules and cases, as a quoted month', () => {
    const files = editFile(editFile(validCourse(), MODULE, (t) => t.replace('reviewed: "2026-12"\n', '')), CASE, (t) => t.replace('reviewed: "2026-12"', 'reviewed: "December 2026"'));
    expect(problemLines(files)).toEqual([
      'content/case-studies/fixture-case.mdx › reviewed: must be a month written YYYY-MM in quotes, e.g. "2026-12"',
      'content/modules/foundations/first-steps.mdx › reviewed: is missing — add the month, in quotes, e.g. "2026-12"',
    ]);
  });

  it('tells an author to quote a date that YAML would read as a date', () => {
    const files = editFile(validCourse(), MODULE, (t) => t.replace('    year: 2013\n', '    date: 2013-05-01\n').replace('title: "First steps"', 'title: 2024-01-01'));
    expect(problemLines(files)).toEqual([
      'content/modules/foundations/first-steps.mdx › sources[0].date: is read as a date — put it in double quotes, e.g. "2024-05-16"',
      'content/modules/foundations/first-steps.mdx › title: is read as a date — put it in double quotes, e.g. "2024-05-16"',
    ]);
  });
});

describe('content model: your organization', () => {
  it('accepts contacts, a policy and jurisdictions, and rejects a bad email or URL naming the field', () => {
    const good = editFile(validCourse(), SITE, (t) => `${t}contacts:\n  escalation: { name: Social Desk, email: desk@example.com, phone: "+44 20 7946 0000", chat: "#social" }\npolicy: { title: Social Media Policy, url: "https://intranet.example.com/policy", version: "3.1" }\njurisdictions: [eu, uk]\n`);
    expect(problemLines(good)).toEqual([]);
    const bad = editFile(validCourse(), SITE, (t) => `${t}contacts:\n  privacy: { name: DPO, email: dpo-at-example }\n  security: { name: SOC, url: "intranet/soc" }\npolicy: { title: Policy, url: "ftp://x" }\njurisdictions: [mars]\n`);
    expect(problemLines(bad)).toEqual([
      'content/site.yaml › contacts.privacy.email: must be an email address, e.g. social-desk@example.com',
      'content/site.yaml › contacts.security.url: must be a full http(s) URL',
      'content/site.yaml › jurisdictions[0]: must be one of us, eu, uk, other',
      'content/site.yaml › policy.url: must be a full http(s) URL',
    ]);
  });

  it('needs a policy before learners can attest to it', () => {
    const files = editFile(validCourse(), SITE, (t) => `${t}attestation: { track: foundations }\n`);
    expect(problemLines(files)).toEqual([
      'content/site.yaml › attestation: asks learners to confirm they read the policy, but no `policy` is set — add policy: { title, url, version } or remove attestation',
    ]);
  });
});

describe('content model: components in lessons', () => {
  const withBody = (body: string) => editFile(validCourse(), MODULE, (t) => t.replace('## Another heading', `${body}\n\n## Another heading`));

  it('accepts every component used as content/README.md shows', () => {
    const files = withBody(`Report to <OrgContact kind="escalation" />, read <OurPolicy />, <AsOf date="2026-12">a rule</AsOf>.

<ForJurisdiction in="eu,uk">

A passage.

</ForJurisdiction>

<Timeline caption="What happened">
  <Event when="2023">One.</Event>
  <Event when="2024">Two.</Event>
</Timeline>

<Steps caption="Do this" handout>

1. First.
2. Second.

</Steps>

<DoDont caption="Calls">
<Do>

- Call back.

</Do>
<Dont>

- Pay.

</Dont>
</DoDont>

<Decision caption="Branch" question="Live session?">
  <Branch when="Yes">Revoke.</Branch>
  <Branch when="No">Recover.</Branch>
</Decision>

<KeyFigure value="61%" source="Vendor, 2024" vendor>of people</KeyFigure>

<QuickCheck question="What now?">
  <Option>Pay.</Option>
  <Option correct feedback="Yes.">Call back.</Option>
  <Explain>Because.</Explain>
</QuickCheck>`);
    expect(problemLines(files)).toEqual([]);
  });

  it('names the line and what is wrong for each misuse', () => {
    const files = withBody(`<OrgContact kind="hr" /> <ForJurisdiction in="eu,mars">x</ForJurisdiction> <KeyFigure value={42} source="S" vendor="yes">x</KeyFigure>

<Decision caption="C" question="Q?">
  <Branch when="Only">One.</Branch>
</Decision>

<QuickCheck question="Q?">
  <Option correct>A</Option>
  <Option correct>B</Option>
</QuickCheck>

<Event when="x">Loose.</Event>

<Steps caption="S">
Just text.
</Steps>`);
    expect(problemLines(files)).toEqual([
      'content/modules/foundations/first-steps.mdx › line 21 <ForJurisdiction>: in="eu,mars" names "mars" — use us, eu, uk, other, separated by commas',
      'content/modules/foundations/first-steps.mdx › line 21 <KeyFigure>: value is {42} — write it as text in double quotes, value="…"',
      'content/modules/foundations/first-steps.mdx › line 21 <KeyFigure>: vendor is a flag — write it bare, without a value',
      'content/modules/foundations/first-steps.mdx › line 21 <OrgContact>: kind "hr" is not a contact — use one of escalation, privacy, security, socialTeam',
      'content/modules/foundations/first-steps.mdx › line 23 <Decision>: has 1 <Branch> — give two or three',
      'content/modules/foundations/first-steps.mdx › line 27 <QuickCheck>: has 2 correct options — mark exactly one <Option correct>',
      'content/modules/foundations/first-steps.mdx › line 27 <QuickCheck>: needs exactly one <Explain> inside',
      'content/modules/foundations/first-steps.mdx › line 32 <Event>: belongs inside <Timeline>',
      'content/modules/foundations/first-steps.mdx › line 34 <Steps>: needs a numbered Markdown list of at least two steps inside (blank lines around it)',
    ]);
  });

  it('reports MDX it cannot read, and a component inside a heading', () => {
    expect(problemLines(withBody('A broken <Term id="fixture-term">tag.'))[0]).toMatch(
      /^content\/modules\/foundations\/first-steps\.mdx › line \d+: MDX cannot read this \(.+\) — check the tags and braces/,
    );
    expect(problemLines(withBody('### About <Term id="fixture-term">fixtures</Term>'))).toEqual([
      'content/modules/foundations/first-steps.mdx › line 21: the heading "About fixtures" contains a component — keep headings plain text so their anchors stay stable',
    ]);
  });

  it('fails the build on a <Term> whose id is not in the glossary, and checks the glossary itself', () => {
    expect(problemLines(withBody('A <Term id="ghost">ghost</Term>.'))).toEqual([
      'content/modules/foundations/first-steps.mdx › line 21 <Term>: no glossary entry "ghost" — add it to content/glossary.yaml or fix the id',
    ]);
    const glossary = editFile(validCourse(), GLOSSARY, (t) => `${t}- id: fixture-term\n  term: Again\n  definition: "Twice."\n  modules: [legal/none]\n`);
    expect(problemLines(glossary)).toEqual([
      'content/glossary.yaml › [1] (fixture-term).id: duplicate id "fixture-term" — give every entry its own id, or merge them',
      'content/glossary.yaml › [1] (fixture-term).modules[0]: no module "legal/none" exists — use the <track>/<slug> of an existing module',
    ]);
  });
});

describe('content model: readability and honest minutes', () => {
  it('fails a module whose minutes do not cover reading and the quiz', () => {
    const files = editFile(validCourse(), MODULE, (t) => t.replace('minutes: 10', 'minutes: 4'));
    expect(problemLines(files)).toEqual([
      'content/modules/foundations/first-steps.mdx › minutes: says 4, but reading takes 1 (13 words at 200 a minute) and the quiz asks 4 questions — set at least 5, or shorten the lesson',
    ]);
  });

  it('counts drawn questions, not the pool', () => {
    const files = editFile(editFile(validCourse(), MODULE, (t) => t.replace('minutes: 10', 'minutes: 3')), QUIZ, (t) => `draw: 2\n${t}`);
    expect(problemLines(files)).toEqual([]);
    const tooMany = editFile(validCourse(), QUIZ, (t) => `draw: 4\n${t}`);
    expect(problemLines(tooMany)).toEqual([
      'quizzes/foundations/first-steps.yaml › draw: draws 4 of 4 questions — a pool needs more questions than it draws; add questions or remove draw',
    ]);
  });

  it('fails a module above its track’s reading grade, naming the grade and the longest sentences', () => {
    const files = editFile(validCourse(), TRACK, (t) => t.replace('modules:', 'readingGrade: 1\nmodules:'));
    const [line, ...rest] = problemLines(files);
    expect(rest).toEqual([]);
    expect(line).toMatch(/^content\/modules\/foundations\/first-steps\.mdx: reads at grade \d+\.\d, above the track's ceiling of 1 \(content\/tracks\/foundations\.yaml readingGrade\) — use shorter sentences and plainer words; the longest: "Some lesson text that mentions the case and a term\." \(10 words\)/);
  });
});

describe('content model: questions name their section; final checks', () => {
  it('reports a section that is not a heading of the module, listing the anchors', () => {
    const files = editFile(validCourse(), QUIZ, (t) => t.replace('section: another-heading', 'section: a-heding'));
    expect(problemLines(files)).toEqual([
      'quizzes/foundations/first-steps.yaml › questions[2] (q3).section: no heading in foundations/first-steps has the anchor "a-heding" — use one of a-heading, another-heading',
    ]);
  });

  it('needs a final check per track (unless certificates need only modules), with a pool twice the draw', () => {
    const noFinal = validCourse();
    noFinal.quizzes = noFinal.quizzes.filter((quiz) => quiz.path !== FINAL);
    expect(problemLines(noFinal)).toEqual([
      'content/tracks/foundations.yaml: has no final check — write quizzes/foundations/final.yaml (see content/README.md), or set certificateRequires: modules in site.yaml',
    ]);
    expect(problemLines(editFile(noFinal, SITE, (t) => `${t}certificateRequires: modules\n`))).toEqual([]);
    const bigDraw = editFile(validCourse(), SITE, (t) => t.replace('questions: 2', 'questions: 3'));
    expect(problemLines(bigDraw)).toEqual([
      'quizzes/foundations/final.yaml › questions: holds 4 questions — a final check of 3 (site.yaml finalCheck.questions) needs a pool of at least 6',
    ]);
  });

  it('checks each final question’s module and section, and its track', () => {
    const files = editFile(validCourse(), FINAL, (t) => t.replace('section: another-heading', 'section: nowhere').replace('module: foundations/first-steps', 'module: foundations/ghost'));
    expect(problemLines(files)).toEqual([
      'quizzes/foundations/final.yaml › questions[0] (f1).module: no module "foundations/ghost" exists — use the <track>/<slug> of an existing module',
      'quizzes/foundations/final.yaml › questions[1] (f2).section: no heading in foundations/first-steps has the anchor "nowhere" — use one of a-heading, another-heading',
    ]);
    const moved = editFile(validCourse(), FINAL, (t) => t.replace('track: foundations', 'track: legal'));
    expect(problemLines(moved)).toContain('quizzes/foundations/final.yaml › track: is "legal" but the file is in quizzes/foundations/ — a track\'s final check is quizzes/<track>/final.yaml');
  });
});

describe('content model: quiz patterns across a track', () => {
  const tf = (id: string, key: 'True' | 'False') => `  - id: ${id}
    section: a-heading
    type: truefalse
    prompt: "Statement ${id}."
    choices:
      - { id: t, text: "True", feedback: "f"${key === 'True' ? ', correct: true' : ''} }
      - { id: f, text: "False", feedback: "f"${key === 'False' ? ', correct: true' : ''} }
    explanation: "E"
`;
  const multiple = (id: string, right: number) => `  - id: ${id}
    section: a-heading
    type: multiple
    prompt: "Which? Select all that apply."
    choices:
${[1, 2, 3, 4].map((n) => `      - { id: c${n}, text: "Choice ${n}", feedback: "f"${n <= right ? ', correct: true' : ''} }`).join('\n')}
    explanation: "E"
`;
  const quiz = (questions: string) => editFile(validCourse(), QUIZ, () => `module: foundations/first-steps\nquestions:\n${questions}`);

  it('keys between a third and two thirds of a track’s true/false questions True (the final check counts)', () => {
    // The final check adds one True; these add five False: 1 of 6 is True.
    const lopsided = quiz(['a', 'b', 'c', 'd', 'e'].map((id) => tf(id, 'False')).join(''));
    expect(problemLines(lopsided)).toEqual([
      'content/tracks/foundations.yaml › true/false questions: 5 of 6 are keyed False (foundations/first-steps.yaml a, foundations/first-steps.yaml b, foundations/first-steps.yaml c, foundations/first-steps.yaml d, foundations/first-steps.yaml e) — key between 2 and 4 of them True, so the answer can\'t be guessed from the track\'s pattern',
    ]);
    const balanced = quiz(tf('a', 'False') + tf('b', 'True') + tf('c', 'False') + tf('d', 'False'));
    expect(problemLines(balanced)).toEqual([]);
  });

  it('varies the number of right answers of multiple-answer questions across a track', () => {
    // The final check's multiple question has one right answer.
    const same = quiz(multiple('a', 3) + multiple('b', 3) + multiple('c', 3));
    expect(problemLines(same)).toEqual([
      'content/tracks/foundations.yaml › multiple-answer questions: 3 of 4 have exactly 3 right answers (foundations/first-steps.yaml a, foundations/first-steps.yaml b, foundations/first-steps.yaml c) — vary how many answers are right (at most 2 may share one count)',
    ]);
    expect(problemLines(quiz(multiple('a', 3) + multiple('b', 2) + multiple('c', 4)))).toEqual([]);
  });

  it('warns when a single answer is the longest choice by a clear margin', () => {
    const files = quiz(`  - id: q1
    section: a-heading
    type: single
    prompt: "P"
    choices:
      - { id: a, text: "Capture the link and the time, then report it through the escalation route", correct: true, feedback: "f" }
      - { id: b, text: "Reply to the post", feedback: "f" }
      - { id: c, text: "Wait for Monday", feedback: "f" }
    explanation: "E"
`);
    expect(problemLines(files)).toEqual([]);
    expect(warningLines(files)).toEqual([
      'quizzes/foundations/first-steps.yaml › questions[0] (q1).choices: the right answer is the longest choice by a clear margin (74 characters; the longest wrong one has 17) — shorten it or make the others as full',
    ]);
  });
});
