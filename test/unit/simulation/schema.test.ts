import { load } from 'js-yaml';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { simulationSchema, type Simulation } from '../../../src/course/schemas/simulation.ts';
import { parseWithProblems } from '../../../src/course/zod-problems.ts';
import type { SimulationData } from '../../../src/simulation/simulation-types.ts';
import { fixtureText } from '../../helpers/simulation.ts';

const problems = (text: string) => parseWithProblems(simulationSchema, load(text), 'simulations/x.yaml').problems.map((p) => `${p.field}: ${p.message}`);

describe('the simulation schema', () => {
  it('accepts the small fixture, and its type is what the engine reads', () => {
    expect(problems(fixtureText('small'))).toEqual([]);
    expectTypeOf<Simulation>().toExtend<SimulationData>();
  });

  it('names every problem of a broken file by node and field (failing fixture: schema-errors.yaml)', () => {
    expect(problems(fixtureText('schema-errors'))).toEqual([
      'nodes[0] (fake-appears).at: must be a time written HH:MM in quotes, e.g. "09:12"',
      'nodes[0] (fake-appears).channel: must be one of post, reply, dm, call, email, chat, news, alert, video, ticket, message',
      'nodes[1] (social-move).choices: has no choice with path: silo — mark exactly one choice best (what good practice does) and one silo (what a department acting alone would plausibly do); the course plays them for roles nobody plays',
      'nodes[2] (care-move).choices[0] (link-warning).next[1].if: the last branch must have no if, so a play always goes on — add a branch without if at the end',
      'nodes[3] (last-call).choices: give two to four choices',
    ]);
  });

  it('asks for an if on every branch but the last', () => {
    const text = fixtureText('small').replace('next: [{ if: warned, to: end-good }, { to: last-call }]', 'next: [{ to: end-good }, { to: last-call }]');
    expect(problems(text)).toEqual(['nodes[2] (care-move).choices[0] (link-warning).next[0].if: is missing — every branch but the last needs an if, or the branches after it are never tried']);
  });

  it('wants one best and one silo choice, no more', () => {
    const text = fixtureText('small').replace('{ id: post, text:', '{ id: post, path: best, text:');
    expect(problems(text)).toEqual([
      'nodes[3] (last-call).choices: has 2 choices with path: best — mark exactly one choice best (what good practice does) and one silo (what a department acting alone would plausibly do); the course plays them for roles nobody plays',
    ]);
  });

  it('checks flag names, section links, ratings and the node type', () => {
    const edits: [string, string][] = [
      ['sets: [warned]', 'sets: [Warned Flag]'],
      ['"/tracks/foundations/first-steps/#a-heading"', '"first-steps#a-heading"'],
      ['rating: poor', 'rating: awful'],
      ['type: inject', 'type: injection'],
    ];
    const text = edits.reduce((yaml, [from, to]) => yaml.replace(from, to), fixtureText('small'));
    expect(problems(text)).toEqual([
      'nodes[0] (fake-appears).type: needs a type: inject, decision or ending',
      'nodes[1] (social-move).choices[0] (warn).sets[0]: must be a flag name in lowercase-kebab-case, e.g. attacker-back',
      'nodes[4] (end-good).sections[0].link: must be /tracks/<track>/<module>/#<heading-anchor>',
      'nodes[5] (end-bad).rating: must be good, mixed or poor',
    ]);
  });

  it('says how to write a time given as a number', () => {
    const text = fixtureText('small').replace('at: "09:05"', 'at: 905');
    expect(problems(text)).toEqual(['nodes[1] (social-move).at: must be a time in quotes, e.g. "09:12"']);
  });
});
