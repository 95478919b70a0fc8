import { describe, expect, it } from 'vitest';
import { checkSimulationGraph } from '../../../src/simulation/graph-check.ts';
import { fixtureData, fixtureSimulation } from '../../helpers/simulation.ts';

const lines = (name: string) => checkSimulationGraph(fixtureData(name)).problems.map((p) => `${p.field}: ${p.message}`);

describe('the graph check (xstate/graph walk of the machine)', () => {
  it('passes the small fixture, walking every play of it', () => {
    const result = checkSimulationGraph(fixtureSimulation('small'));
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.states).toBeGreaterThan(10);
  });

  it('refuses an unreachable node (failing fixture: unreachable-node.yaml)', () => {
    expect(lines('unreachable-node')).toEqual(['nodes[4] (end-good): is never reached: no next leads here, or only behind conditions that never hold — lead to it from an earlier node, or delete it']);
  });

  it('refuses a choice pointing nowhere (failing fixture: choice-nowhere.yaml)', () => {
    expect(lines('choice-nowhere')).toEqual([
      'nodes[3] (last-call).choices[2] (post).next: leads to "end-worse", which is not a node — use the id of a node in nodes ("fake-appears", "social-move", "care-move", "last-call", "end-good", "end-bad")',
    ]);
  });

  it('refuses a flag tested but never set (failing fixture: flag-never-set.yaml)', () => {
    expect(lines('flag-never-set')).toEqual([
      'nodes[2] (care-move).variants[0].if: tests the flag "pinned", which no choice sets — add it to the sets of the choice that causes it, or fix the spelling (flags set: "warned", "fakes-won")',
    ]);
  });

  it('refuses a path with no ending: a loop (failing fixture: no-ending.yaml)', () => {
    expect(lines('no-ending')).toEqual(['nodes[2] (care-move): a play can go round in a loop (care-move → last-call → care-move) and never reach an ending — lead forward to a later node instead']);
  });

  it('refuses a path with no ending: a play that stops where no branch applies', () => {
    // The schema forbids an if on the last branch; the walk still finds the dead end in data that skipped it.
    const data = fixtureData('small');
    const care = data.nodes.find((node) => node.id === 'care-move')!;
    if (care.type !== 'decision') throw new Error('fixture changed');
    const dead = { ...data, nodes: data.nodes.map((node) => (node === care ? { ...care, choices: care.choices.map((c) => (c.id === 'link-warning' ? { ...c, next: [{ if: 'warned', to: 'end-good' }] } : c)) } : node)) };
    expect(checkSimulationGraph(dead).problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'nodes[2] (care-move).choices[0] (link-warning).next: a play can stop here with no ending: when no flag is set, no branch applies — end the list with a branch that has no if',
    ]);
  });

  it('refuses a clock that runs backwards (failing fixture: clock-backwards.yaml)', () => {
    expect(lines('clock-backwards')).toEqual([
      'nodes[2] (care-move).choices[0] (link-warning).next[1]: goes back in time, from 09:10 at "care-move" to 09:08 at "last-call" — the clock only moves forward; fix the times or the order',
      'nodes[2] (care-move).choices[1] (dm-us).next: goes back in time, from 09:10 at "care-move" to 09:08 at "last-call" — the clock only moves forward; fix the times or the order',
    ]);
  });

  it('refuses a role that never decides (failing fixture: role-never-decides.yaml)', () => {
    expect(lines('role-never-decides')).toEqual(['roles[2] (it): never decides: no reachable decision has role: it — give this role a decision, or remove it from roles']);
  });

  it('refuses a start that names no node, duplicate ids and roles that do not take part', () => {
    const data = fixtureData('small');
    const broken = {
      ...data,
      start: 'nowhere',
      nodes: data.nodes.map((node) => (node.id === 'last-call' ? { ...node, id: 'care-move', role: 'legal' } : node.id === 'fake-appears' ? { ...node, for: ['it'] } : node)),
    };
    expect(checkSimulationGraph(broken as never).problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'nodes[0] (fake-appears).for: "it" does not take part — use the roles (foundations, support), or all',
      'nodes[3] (care-move).id: duplicate id "care-move" — give every node its own id',
      'nodes[3] (care-move).role: "legal" does not take part — use one of the roles (foundations, support) or add it to roles',
    ]);
    const startOnly = { ...data, start: 'nowhere' };
    expect(checkSimulationGraph(startOnly).problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'start: names "nowhere", which is not a node — use the id of a node in nodes, or leave start out to begin with the first node',
    ]);
  });

  it('warns about a flag that is set and never tested', () => {
    const warnings = checkSimulationGraph(fixtureData('unreachable-node')).warnings.map((w) => w.field);
    expect(warnings).toEqual(['nodes[2] (care-move).choices[1] (dm-us).sets', 'nodes[3] (last-call).choices[1] (wait).sets']);
  });
});
