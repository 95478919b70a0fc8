import { describe, expect, it } from 'vitest';
import { checkCourse } from '../../../src/course/check-course.ts';
import { formatProblem } from '../../../src/course/problems.ts';
import { checkSimulations } from '../../../src/course/simulation-check.ts';
import { addFile, validCourse } from '../../helpers/course-files.ts';
import { fixtureText } from '../../helpers/simulation.ts';

/** The valid fixture course, as if it had a support track too (the small fixture has a support role). */
function course() {
  const checked = checkCourse(validCourse(), { today: '2026-12' });
  checked.found.tracks.add('support');
  return checked;
}
const check = (text: string, path = 'simulations/fixture.yaml') => checkSimulations([{ path, text }], course());
const lines = (text: string, path?: string) => check(text, path).problems.map(formatProblem);

describe('simulations in the course check', () => {
  it('accepts the small fixture against the fixture course', () => {
    const result = check(fixtureText('small'));
    expect(result.problems).toEqual([]);
    expect(result.entries.map((e) => e.id)).toEqual(['fixture']);
  });

  it('names the file and the node of a graph problem', () => {
    expect(lines(fixtureText('unreachable-node'))).toEqual([
      'simulations/fixture.yaml › nodes[4] (end-good): is never reached: no next leads here, or only behind conditions that never hold — lead to it from an earlier node, or delete it',
    ]);
    expect(lines(fixtureText('choice-nowhere'))[0]).toMatch(/^simulations\/fixture\.yaml › nodes\[3\] \(last-call\)\.choices\[2\] \(post\)\.next: leads to "end-worse"/);
  });

  it('checks what a debrief links to: case studies, modules and heading anchors', () => {
    const text = fixtureText('small')
      .replace('{ id: fixture-case, says: "The case shows the same thing." }]\n    sections: [{ link: "/tracks/foundations/first-steps/#a-heading"', '{ id: ghost-case, says: "The case shows the same thing." }]\n    sections: [{ link: "/tracks/foundations/first-steps/#no-such-heading"')
      .replace('/tracks/foundations/first-steps/#another-heading', '/tracks/foundations/last-steps/#another-heading');
    expect(lines(text)).toEqual([
      'simulations/fixture.yaml › nodes[4] (end-good).cases[0] (ghost-case): no case study "ghost-case" exists — use the id of a file in content/case-studies/',
      'simulations/fixture.yaml › nodes[4] (end-good).sections[0].link: no heading in foundations/first-steps has the anchor "no-such-heading" — use one of a-heading, another-heading',
      'simulations/fixture.yaml › nodes[5] (end-bad).sections[0].link: no module "foundations/last-steps" exists — link /tracks/<track>/<module>/#<anchor> of an existing module',
    ]);
  });

  it('checks that the stated minutes match a solo run, and that role tracks exist', () => {
    expect(lines(fixtureText('small').replace('minutes: 2', 'minutes: 40'))).toEqual([
      'simulations/fixture.yaml › minutes: says 40, but a solo run reads as 1–3 minutes (every role, by the book and in silos: 200 words a minute and a minute per own decision) — set a number in that range, or change the text',
    ]);
    const withoutSupport = checkCourse(validCourse(), { today: '2026-12' });
    expect(checkSimulations([{ path: 'simulations/fixture.yaml', text: fixtureText('small') }], withoutSupport).problems.map(formatProblem)).toEqual([
      'simulations/fixture.yaml › roles[1] (support).track: track "support" has no file — use a track of the course',
    ]);
  });

  it('wants simulations/<id>.yaml', () => {
    expect(lines(fixtureText('small'), 'simulations/Fixture One.yaml')).toEqual([
      'simulations/Fixture One.yaml: is not named simulations/<id>.yaml with a lowercase-kebab-case id — rename it (the id is its address, /simulations/<id>/)',
    ]);
  });

  it('runs inside checkCourse, with every other problem, sorted by place', () => {
    const files = addFile(validCourse(), 'simulations', 'simulations/fixture.yaml', fixtureText('flag-never-set'));
    const problems = checkCourse(files, { today: '2026-12' }).problems.map(formatProblem);
    expect(problems).toEqual([
      'simulations/fixture.yaml › nodes[2] (care-move).variants[0].if: tests the flag "pinned", which no choice sets — add it to the sets of the choice that causes it, or fix the spelling (flags set: "warned", "fakes-won")',
      'simulations/fixture.yaml › roles[1] (support).track: track "support" has no file — use a track of the course',
    ]);
  });
});
