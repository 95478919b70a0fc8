import { describe, expect, it } from 'vitest';
import { decisionsAhead, endingTrace, landingsOf, textCauses, usesOfFlags } from '../../../src/simulation/consequences.ts';
import { playThrough } from '../../../src/simulation/run.ts';
import { describeFlagUse, describeLanding } from '../../../src/simulation/debrief.ts';
import { startOf } from '../../../src/simulation/definition.ts';
import { fixtureSimulation, SHIPPED, shippedSimulation } from '../../helpers/simulation.ts';

const simulation = fixtureSimulation('small');

/** A facilitated run of the fixture with these choices, by decision id. */
const run = (choices: Record<string, string>) => playThrough(simulation, { mode: 'facilitated', choose: (node) => choices[node.id]! });

describe('the consequences of a run', () => {
  it("names the earlier decision that changed what a card shows, and nothing for a card's own text", () => {
    const warned = run({ 'social-move': 'warn', 'care-move': 'link-warning' }).context.path;
    // The care decision is step 2; before it, the social team's warning (step 1) set `warned`.
    expect(textCauses(simulation, warned.slice(0, 2), 'care-move')).toEqual([expect.objectContaining({ step: 1, flag: 'warned', choice: expect.objectContaining({ id: 'warn' }) })]);
    // Once the care decision is made (its own step is in the path), the causes are the same.
    expect(textCauses(simulation, warned, 'care-move', 3)).toHaveLength(1);
    const ignored = run({ 'social-move': 'ignore', 'care-move': 'dm-us', 'last-call': 'report' }).context.path;
    expect(textCauses(simulation, ignored.slice(0, 2), 'care-move')).toEqual([]);
  });

  it('traces the ending to the decisions behind the branch that led there', () => {
    const { context, ending } = run({ 'social-move': 'ignore', 'care-move': 'dm-us', 'last-call': 'report' });
    expect(ending).toBe('end-bad');
    const trace = endingTrace(simulation, context.path);
    expect(trace.causes.map((c) => [c.node.id, c.choice.id])).toEqual([['care-move', 'dm-us']]);
    expect(trace.otherwise).toEqual([]);
    // A default branch (no condition) has no causes.
    const good = run({ 'social-move': 'ignore', 'care-move': 'link-warning', 'last-call': 'report' });
    expect(good.ending).toBe('end-good');
    expect(endingTrace(simulation, good.context.path).causes).toEqual([]);
  });

  it("lists where each decision landed: another role's card and the route it decided", () => {
    const { context } = run({ 'social-move': 'warn', 'care-move': 'link-warning' });
    const landings = landingsOf(simulation, context.path);
    expect(landings.get(1)?.map((l) => [l.kind, l.node.id])).toEqual([
      ['text', 'care-move'],
      ['route', 'end-good'],
    ]);
    expect(landings.get(2)).toBeUndefined();
  });

  it('finds every place a flag makes a difference, for the script', () => {
    expect(usesOfFlags(simulation, ['warned']).map((u) => [u.kind, u.node.id, u.to?.id])).toEqual([
      ['text', 'care-move', undefined],
      ['route', 'care-move', 'end-good'],
    ]);
    expect(usesOfFlags(simulation, ['fakes-won']).map((u) => [u.kind, u.node.id, u.to?.id])).toEqual([['route', 'last-call', 'end-bad']]);
    expect(usesOfFlags(simulation, [])).toEqual([]);
  });

  it("words landings and flag uses as a trainer reads them", () => {
    const { context } = run({ 'social-move': 'warn', 'care-move': 'link-warning' });
    expect(landingsOf(simulation, context.path).get(1)!.map((l) => describeLanding(simulation, l))).toEqual(['what the Head of care faced at 09:10', 'the ending, “The fake lost”']);
    expect(usesOfFlags(simulation, ['warned', 'fakes-won']).map((u) => describeFlagUse(simulation, u))).toEqual([
      'what the Head of care faces at 09:10',
      'the ending after 09:10: “The fake lost”',
      'the ending after 09:20: “The fake won”',
    ]);
  });

  it('counts the decisions ahead on the shortest and the longest way', () => {
    expect(decisionsAhead(simulation, 'fake-appears')).toEqual({ min: 2, max: 3 });
    expect(decisionsAhead(simulation, 'last-call')).toEqual({ min: 1, max: 1 });
    expect(decisionsAhead(simulation, 'end-good')).toEqual({ min: 0, max: 0 });
  });
});

describe.each(SHIPPED)('the consequences in the shipped simulation %s', (id) => {
  const shipped = shippedSimulation(id);
  const decisions = shipped.nodes.filter((node) => node.type === 'decision').length;

  it('has the same number of decisions on every way through, so the room can be told "decision 4 of 15"', () => {
    expect(decisionsAhead(shipped, startOf(shipped))).toEqual({ min: decisions, max: decisions });
  });

  it('traces a run in silos to its ending, and shows another role landing on a card', () => {
    const { context } = playThrough(shipped, { mode: 'facilitated', choose: (node) => node.choices.find((c) => c.path === 'silo')!.id });
    const trace = endingTrace(shipped, context.path);
    expect(trace.causes.length).toBeGreaterThan(0);
    expect(trace.otherwise.length).toBeGreaterThan(0);
    // Each ending further down is reached by taking back the choices before it: none is counted twice.
    const steps = [trace.causes, ...trace.otherwise.map((o) => o.causes)].flat().map((c) => c.step);
    expect(new Set(steps).size).toBe(steps.length);
    const endings = trace.otherwise.map((o) => o.ending.id);
    expect(new Set(endings).size).toBe(endings.length);
    const crossing = [...landingsOf(shipped, context.path)].some(([step, landings]) => {
      const decider = shipped.nodes.find((n) => n.id === context.path[step]!.node);
      return landings.some((l) => l.kind === 'text' && l.node.type === 'inject' && decider?.type === 'decision' && ![l.node.for].flat().includes(decider.role));
    });
    expect(crossing).toBe(true);
  });
});
