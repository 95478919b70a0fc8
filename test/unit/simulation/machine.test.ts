import { createActor } from 'xstate';
import { describe, expect, it, vi } from 'vitest';
import { feedOf } from '../../../src/simulation/debrief.ts';
import { playThrough } from '../../../src/simulation/run.ts';
import { resumeRun, simulationHash, toSavedRun, type SavedRun } from '../../../src/simulation/saved-run.ts';
import { createSimulationMachine, drawColleagues, SIMULATION_MACHINE_VERSION, type RunResult, type SaveRequest } from '../../../src/simulation/simulation-machine.ts';
import { fixtureSimulation } from '../../helpers/simulation.ts';

const simulation = fixtureSimulation('small');

function start(seed = 3) {
  const saves: SaveRequest[] = [];
  const results: RunResult[] = [];
  const focus = vi.fn();
  const machine = createSimulationMachine(simulation).provide({
    actions: {
      save: ({ context }) => void saves.push({ context: structuredClone(context) }),
      recordResult: (_, result) => void results.push(result),
      focus: (_, target) => focus(target),
    },
  });
  const actor = createActor(machine, { input: { seed } }).start();
  return { actor, saves, results, focus, machine };
}

describe('the simulation machine', () => {
  it('starts on the briefing and refuses a solo start without a role of the simulation', () => {
    const { actor } = start();
    expect(actor.getSnapshot().hasTag('briefing')).toBe(true);
    actor.send({ type: 'sim.start', mode: 'solo' });
    actor.send({ type: 'sim.start', mode: 'solo', role: 'legal' });
    expect(actor.getSnapshot().hasTag('briefing')).toBe(true);
  });

  it('plays facilitated: the room makes every decision, a flag changes what the other role reads, and the ending is recorded', () => {
    const { actor, results, focus } = start();
    actor.send({ type: 'sim.start', mode: 'facilitated' });
    expect(actor.getSnapshot().context.at).toBe('fake-appears');
    actor.send({ type: 'sim.advance' });
    expect(actor.getSnapshot().value).toEqual({ play: { 'social-move': 'deciding' } });
    actor.send({ type: 'sim.choose', choiceId: 'not-a-choice' });
    expect(actor.getSnapshot().hasTag('deciding')).toBe(true);
    actor.send({ type: 'sim.choose', choiceId: 'warn' });
    expect(actor.getSnapshot().context).toMatchObject({ pending: 'warn', flags: ['warned'] });
    expect(focus).toHaveBeenLastCalledWith('outcome');
    actor.send({ type: 'sim.advance' });
    expect(actor.getSnapshot().context.at).toBe('care-move');
    actor.send({ type: 'sim.choose', choiceId: 'link-warning' });
    actor.send({ type: 'sim.advance' });
    expect(actor.getSnapshot().hasTag('finished')).toBe(true);
    expect(results).toEqual([
      {
        ending: 'end-good',
        rating: 'good',
        mode: 'facilitated',
        path: [{ node: 'fake-appears' }, { node: 'social-move', choice: 'warn', by: 'room' }, { node: 'care-move', choice: 'link-warning', by: 'room' }],
      },
    ]);
    expect(focus).toHaveBeenLastCalledWith('ending');
  });

  it('plays solo: the course decides for the colleague by its persona, and the learner stops only at injects and their own decisions', () => {
    const { actor, results } = start();
    actor.send({ type: 'sim.start', mode: 'solo', role: 'support', colleagues: { foundations: 'silo' } });
    actor.send({ type: 'sim.advance' });
    // The social team's decision was made (silo: ignore); care is deciding now.
    expect(actor.getSnapshot().value).toEqual({ play: { 'care-move': 'deciding' } });
    expect(actor.getSnapshot().context.path).toEqual([{ node: 'fake-appears' }, { node: 'social-move', choice: 'ignore', by: 'colleague' }]);
    actor.send({ type: 'sim.choose', choiceId: 'link-warning' });
    actor.send({ type: 'sim.advance' });
    // No "warned" flag, so the best reply leads on to the follow-up, which the colleague plays silo: end-bad.
    expect(results.at(-1)).toMatchObject({ ending: 'end-bad', role: 'support', colleagues: { foundations: 'silo' } });
    expect(results.at(-1)!.path.map((step) => step.by ?? 'inject')).toEqual(['inject', 'colleague', 'you', 'colleague']);
  });

  it('lets a room take back a choice while its outcome shows, but not a solo learner', () => {
    const { actor } = start();
    actor.send({ type: 'sim.start', mode: 'facilitated' });
    actor.send({ type: 'sim.advance' });
    actor.send({ type: 'sim.choose', choiceId: 'warn' });
    actor.send({ type: 'sim.revise' });
    expect(actor.getSnapshot().value).toEqual({ play: { 'social-move': 'deciding' } });
    expect(actor.getSnapshot().context).toMatchObject({ flags: [], pending: null, before: null, path: [{ node: 'fake-appears' }] });
    actor.send({ type: 'sim.choose', choiceId: 'ignore' });
    expect(actor.getSnapshot().context.path.at(-1)).toEqual({ node: 'social-move', choice: 'ignore', by: 'room' });

    const solo = start().actor;
    solo.send({ type: 'sim.start', mode: 'solo', role: 'foundations' });
    solo.send({ type: 'sim.advance' });
    solo.send({ type: 'sim.choose', choiceId: 'warn' });
    solo.send({ type: 'sim.revise' });
    expect(solo.getSnapshot().hasTag('decided')).toBe(true);
  });

  it('draws each colleague persona from the seed, reproducibly', () => {
    expect(drawColleagues(simulation, 42, 'support')).toEqual(drawColleagues(simulation, 42, 'support'));
    const personas = new Set(Array.from({ length: 40 }, (_, seed) => drawColleagues(simulation, seed, 'support').foundations));
    expect(personas).toEqual(new Set(['best', 'silo']));
  });

  it('saves after every step, and restarts on the briefing with a new seed', () => {
    const { actor, saves } = start(9);
    actor.send({ type: 'sim.start', mode: 'facilitated' });
    actor.send({ type: 'sim.advance' });
    actor.send({ type: 'sim.choose', choiceId: 'ignore' });
    expect(saves.at(-1)!.context).toMatchObject({ at: 'social-move', pending: 'ignore' });
    actor.send({ type: 'sim.restart' });
    expect(actor.getSnapshot().hasTag('briefing')).toBe(true);
    expect(saves.at(-1)!.context).toMatchObject({ at: null, mode: null, path: [], flags: [] });
    expect(actor.getSnapshot().context.seed).not.toBe(9);
  });

  it('feeds the debrief: each inject with the text it showed then, each decision with its mark', () => {
    const { context } = playThrough(simulation, { mode: 'facilitated', choose: (node) => node.choices.find((c) => c.path === 'best')!.id });
    expect(feedOf(simulation, context.path).map((item) => (item.kind === 'inject' ? item.node.id : `${item.node.id}:${item.mark}`))).toEqual(['fake-appears', 'social-move:best', 'care-move:best']);
  });
});

describe('resuming a saved run', () => {
  const hash = simulationHash(simulation);

  it('resumes at the same node with the same flags, path and choice on screen', () => {
    const { actor, saves, machine } = start();
    actor.send({ type: 'sim.start', mode: 'solo', role: 'foundations', colleagues: { support: 'best' } });
    actor.send({ type: 'sim.advance' });
    actor.send({ type: 'sim.choose', choiceId: 'warn' });
    const saved = JSON.parse(JSON.stringify(toSavedRun(saves.at(-1)!, hash))) as SavedRun;
    const outcome = resumeRun(machine, simulation, hash, saved);
    if (!('resumed' in outcome)) throw new Error(`dropped: ${outcome.dropped}`);
    const resumed = createActor(machine, { input: { seed: 1 }, snapshot: outcome.resumed }).start();
    expect(resumed.getSnapshot().value).toEqual(actor.getSnapshot().value);
    expect(resumed.getSnapshot().context).toEqual(actor.getSnapshot().context);
    resumed.send({ type: 'sim.advance' });
    actor.send({ type: 'sim.advance' });
    expect(resumed.getSnapshot().context).toEqual(actor.getSnapshot().context);
  });

  it('drops a run from another engine version or another version of the simulation', () => {
    const { machine } = start();
    const saved: SavedRun = { machineVersion: SIMULATION_MACHINE_VERSION, simulationHash: hash, state: { context: {} } };
    expect(resumeRun(machine, simulation, hash, { ...saved, machineVersion: SIMULATION_MACHINE_VERSION + 1 })).toEqual({ dropped: 'changed' });
    expect(resumeRun(machine, simulation, 'other', saved)).toEqual({ dropped: 'changed' });
  });

  it('drops a run whose ids do not fit the simulation', () => {
    const { machine } = start();
    const base = { seed: 1, mode: 'facilitated', role: null, colleagues: {}, flags: [], path: [{ node: 'fake-appears' }], at: 'fake-appears', pending: null, before: null };
    const drop = (context: object) => resumeRun(machine, simulation, hash, { machineVersion: SIMULATION_MACHINE_VERSION, simulationHash: hash, state: { context } });
    expect(drop(base)).toHaveProperty('resumed');
    for (const broken of [
      { ...base, at: 'ghost' },
      { ...base, flags: ['ghost-flag'] },
      { ...base, path: [{ node: 'social-move', choice: 'ghost', by: 'room' }] },
      { ...base, at: 'social-move', pending: 'ghost', before: [] },
      { ...base, at: 'social-move', pending: 'warn', before: null },
      { ...base, mode: 'solo' },
      { ...base, mode: 'solo', role: 'support', colleagues: { support: 'best' } },
      { ...base, mode: null },
      'not a context',
    ]) {
      expect(drop(broken as object), JSON.stringify(broken)).toEqual({ dropped: 'unreadable' });
    }
  });
});
