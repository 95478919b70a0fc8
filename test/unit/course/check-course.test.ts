import { describe, expect, it } from 'vitest';
import { checkCourse } from '../../../src/course/check-course.ts';
import { formatProblem, formatProblems } from '../../../src/course/problems.ts';
import { readCourseFiles } from '../../../src/course/read-course-files.ts';
import { addFile, CASE, editFile, fixtureRoot, MODULE, QUIZ, SITE, TRACK, validCourse } from '../../helpers/course-files.ts';

const problemLines = (files = validCourse()) => checkCourse(files).problems.map(formatProblem);

describe('checkCourse on a valid course', () => {
  it('finds no problem and returns every entry parsed', () => {
    const course = checkCourse(validCourse());
    expect(course.problems).toEqual([]);
    expect(course.modules.map((m) => m.id)).toEqual(['foundations/first-steps']);
    expect(course.quizzes[0].data.questions).toHaveLength(4);
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
    const files = { ...validCourse(), quizzes: [] };
    expect(problemLines(files)).toEqual([
      'content/modules/foundations/first-steps.mdx: has no quiz — create quizzes/foundations/first-steps.yaml with `module: foundations/first-steps`',
    ]);
  });

  it('reports two quizzes for one module', () => {
    const files = validCourse();
    const withCopy = addFile(files, 'quizzes', 'quizzes/first-steps.yaml', files.quizzes[0].text);
    expect(problemLines(withCopy)).toEqual([
      'quizzes/first-steps.yaml › module: "foundations/first-steps" already has a quiz in quizzes/foundations/first-steps.yaml — a module has exactly one quiz; merge or delete one',
    ]);
  });

  it('reports a module that its track does not list', () => {
    const files = validCourse();
    const extra = addFile(files, 'modules', 'content/modules/foundations/extra.mdx', files.modules[0].text);
    const withQuiz = addFile(extra, 'quizzes', 'quizzes/foundations/extra.yaml', files.quizzes[0].text.replace('first-steps', 'extra'));
    expect(problemLines(withQuiz)).toEqual([
      'content/modules/foundations/extra.mdx: is not listed in content/tracks/foundations.yaml — add "extra" to its modules, or delete the file',
    ]);
  });

  it('reports a module in a folder that is not a track', () => {
    const files = validCourse();
    const stray = addFile(files, 'modules', 'content/modules/finance/budgets.mdx', files.modules[0].text);
    expect(problemLines(stray)).toEqual([
      'content/modules/finance/budgets.mdx: is in folder "finance", which is not a track — move it to content/modules/<track>/ with a track of foundations, executive, legal, it, support, marketing',
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
    type: ${type}
    prompt: "P"${type === 'scenario' ? '\n    situation: "S"' : ''}
    choices:
${['a', 'b', 'c']
  .slice(0, type === 'truefalse' ? 2 : 3)
  .map((id) => `      - { id: ${id}, text: "${id}", feedback: "f"${correct.includes(id) ? ', correct: true' : ''} }`)
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
      'quizzes/foundations/first-steps.yaml › questions[3] (q4).situation: is missing — add a string here',
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
      'content/modules/foundations/first-steps.mdx › title: is missing — add a string here',
    ]);
  });

  it('asks for 2 to 5 objectives and complete sources', () => {
    const files = editFile(validCourse(), MODULE, (t) =>
      t.replace('  - "Spot a broken fixture."\n', '').replace('    publication: "Fixture Times"\n    year: 2013\n', ''),
    );
    expect(problemLines(files)).toEqual([
      'content/modules/foundations/first-steps.mdx › objectives: list 2 to 5 objectives',
      'content/modules/foundations/first-steps.mdx › sources[0]: needs a url, or a publication and a year',
    ]);
  });

  it('rejects a case study without sources', () => {
    const files = editFile(validCourse(), CASE, (t) => t.replace(/sources:\n(.*\n){2}/, ''));
    expect(problemLines(files)).toEqual(['content/case-studies/fixture-case.mdx › sources: is missing — add a array here']);
  });

  it('rejects unknown roles and themes on a case study', () => {
    const files = editFile(validCourse(), CASE, (t) => t.replace('[executive, support]', '[ceo]').replace('[listen-no-act]', '[bad-luck]'));
    expect(problemLines(files)).toEqual([
      'content/case-studies/fixture-case.mdx › roles[0]: must be one of foundations, executive, legal, it, support, marketing',
      'content/case-studies/fixture-case.mdx › themes[0]: must be one of own-products-only, listen-no-act, tech-not-calibrated, risk-misframed, culture-misaligned',
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
      "The course content has 14 problems:
        content/modules/foundations/first-steps.mdx › caseStudies[1]: no case study "no-such-case" exists — create content/case-studies/no-such-case.mdx or fix the id
        content/modules/foundations/orphan.mdx: unknown field "keyPoints" — remove it or check the spelling
        content/modules/foundations/orphan.mdx › minutes: should be a number, found the text "ten" — change its value
        content/modules/foundations/orphan.mdx › objectives: list 2 to 5 objectives
        content/modules/foundations/orphan.mdx › sources[0]: needs a url, or a publication and a year
        content/tracks/foundations.yaml › modules[1]: no module "foundations/missing-module" exists — create content/modules/foundations/missing-module.mdx or remove "missing-module" from the list
        quizzes/broken-yaml.yaml: line 4: not valid YAML (Nested mappings are not allowed in compact mappings at line 4, column 13:) — fix the syntax; quote text that contains a colon
        quizzes/foundations/first-steps.yaml › questions[0] (q1).choices: a single question has 2 correct choices — mark exactly one choice \`correct: true\`
        quizzes/foundations/first-steps.yaml › questions[1] (q1).choices: a multiple question has 0 correct choices — mark at least one choice \`correct: true\`
        quizzes/foundations/first-steps.yaml › questions[1] (q1).choices[1] (a).id: duplicate choice id "a" — give every choice of a question its own id
        quizzes/foundations/first-steps.yaml › questions[1] (q1).id: duplicate question id "q1" — give every question its own id
        quizzes/foundations/first-steps.yaml › questions[2] (q3).type: must be one of single, multiple, truefalse, scenario
        quizzes/ghost.yaml › module: no module "foundations/ghost" exists — use the <track>/<slug> of an existing module
        quizzes/ghost.yaml › questions[0] (q1).choices: a truefalse question has 0 correct choices — mark exactly one choice \`correct: true\`"
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
