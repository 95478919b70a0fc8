import { describe, expect, it } from 'vitest';
import { checkSimulationGraph } from '../../../src/simulation/graph-check.ts';
import { playThrough } from '../../../src/simulation/run.ts';
import { simulationSearchTexts } from '../../../src/simulation/search-text.ts';
import { soloEstimates } from '../../../src/simulation/solo-minutes.ts';
import { SHIPPED, shippedSimulation } from '../../helpers/simulation.ts';

describe.each(SHIPPED)('the shipped simulation %s', (id) => {
  const simulation = shippedSimulation(id);
  const decisions = simulation.nodes.filter((node) => node.type === 'decision');
  const endings = simulation.nodes.filter((node) => node.type === 'ending');

  it('has at least 12 decision points across at least four roles, each role deciding', () => {
    expect(decisions.length).toBeGreaterThanOrEqual(12);
    const deciding = new Set(decisions.map((d) => d.role));
    expect(deciding.size).toBeGreaterThanOrEqual(4);
    expect([...deciding].sort()).toEqual(simulation.roles.map((r) => r.track).sort());
  });

  it('passes the graph check with no warning', () => {
    expect(checkSimulationGraph(simulation)).toMatchObject({ problems: [], warnings: [] });
  });

  it('runs 15–25 minutes solo, for every role, by the book or in silos', () => {
    for (const estimate of soloEstimates(simulation)) {
      expect(estimate.minutes, `${estimate.role}, learner ${estimate.learner}, colleagues ${estimate.colleagues}`).toBeGreaterThanOrEqual(15);
      expect(estimate.minutes).toBeLessThanOrEqual(25);
    }
  });

  it('lets choices cross the silos: a flag set by one role changes what another reads or where the play goes', () => {
    const setBy = new Map<string, Set<string>>();
    for (const d of decisions) for (const c of d.choices) for (const flag of c.sets ?? []) setBy.set(flag, (setBy.get(flag) ?? new Set()).add(d.role));
    const crossings = simulation.nodes.flatMap((node) => {
      if (node.type === 'ending') return [];
      const reader: string[] = node.type === 'decision' ? [node.role] : node.for === 'all' ? simulation.roles.map((r) => r.track) : [node.for].flat();
      return (node.variants ?? []).filter((v) => [v.if].flat().some((flag) => [...(setBy.get(flag.replace(/^!/, '')) ?? [])].some((role) => !reader.includes(role))));
    });
    expect(crossings.length).toBeGreaterThanOrEqual(8);
  });

  it('reaches several endings: by the book it ends well, in silos it does not', () => {
    const best = playThrough(simulation, { mode: 'facilitated', choose: (node) => node.choices.find((c) => c.path === 'best')!.id });
    const silo = playThrough(simulation, { mode: 'facilitated', choose: (node) => node.choices.find((c) => c.path === 'silo')!.id });
    expect(endings.find((e) => e.id === best.ending)?.rating).toBe('good');
    expect(endings.find((e) => e.id === silo.ending)?.rating).toBe('poor');
    expect(endings.length).toBeGreaterThanOrEqual(4);
  });

  it('lists a source for the facts its debriefs cite, and a debrief for every role in every ending', () => {
    expect(simulation.sources.length).toBeGreaterThanOrEqual(5);
    for (const ending of endings) expect(Object.keys(ending.roles).sort()).toEqual(simulation.roles.map((r) => r.track).sort());
  });
});

describe('searchable text of the simulations', () => {
  it('gives each simulation its page, title, summary, roles and the text of every node', () => {
    const [hijack] = simulationSearchTexts(SHIPPED.map((id) => ({ id, data: shippedSimulation(id) })));
    expect(hijack).toMatchObject({ id: 'hijacked-brand-account', path: '/simulations/hijacked-brand-account/', tracks: ['it', 'marketing', 'support', 'legal', 'executive'] });
    expect(hijack!.roleNames).toContain('Head of customer care');
    expect(hijack!.text).toContain('recovery phrase');
    expect(hijack!.text).toContain('Contained by lunch');
    expect(hijack!.text).not.toMatch(/\s{2}/);
    expect(hijack!.overview).toContain('Head of customer care');
    expect(hijack!.overview).not.toContain('Contained by lunch');
  });
});
