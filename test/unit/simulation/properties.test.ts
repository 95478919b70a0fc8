import fc from 'fast-check';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { checkSimulationGraph } from '../../../src/simulation/graph-check.ts';
import { playThrough } from '../../../src/simulation/run.ts';
import { resumeRun, simulationHash, toSavedRun } from '../../../src/simulation/saved-run.ts';
import { createSimulationMachine, type SaveRequest } from '../../../src/simulation/simulation-machine.ts';
import type { DecisionChoice, NextBranch, SimulationData, SimulationNode } from '../../../src/simulation/simulation-types.ts';
import { SHIPPED, shippedSimulation } from '../../helpers/simulation.ts';

const ROLES = ['it', 'legal', 'support', 'marketing'] as const;
const FLAGS = ['a', 'b', 'c', 'd'];
const time = (i: number) => `${String(8 + Math.floor(i / 6)).padStart(2, '0')}:${String((i % 6) * 10).padStart(2, '0')}`;

/**
 * A random simulation whose every `next` leads to a later node (so no loop can exist), with
 * branches on random flags, 2–4 choices a decision and one to three endings at the end.
 */
const simulationArb: fc.Arbitrary<SimulationData> = fc
  .record({ steps: fc.integer({ min: 1, max: 9 }), endings: fc.integer({ min: 1, max: 3 }), roles: fc.integer({ min: 2, max: 4 }) })
  .chain(({ steps, endings, roles }) => {
    const total = steps + endings;
    const target = (from: number) => fc.integer({ min: from + 1, max: total - 1 }).map((i) => `n${i}`);
    const next = (from: number) =>
      fc.oneof(
        target(from),
        fc.tuple(fc.array(fc.tuple(fc.constantFrom(...FLAGS), fc.boolean(), target(from)), { maxLength: 2 }), target(from)).map(([branches, last]): NextBranch[] => [
          ...branches.map(([flag, negate, to]) => ({ if: negate ? `!${flag}` : flag, to })),
          { to: last },
        ]),
      );
    const choice = (from: number, id: number, path?: 'best' | 'silo') =>
      fc.record({ next: next(from), sets: fc.subarray(FLAGS, { maxLength: 2 }) }).map(({ next: n, sets }): DecisionChoice => ({ id: `c${id}`, text: `Choice ${id}`, outcome: 'Then.', ...(path ? { path } : {}), ...(sets.length ? { sets } : {}), next: n }));
    const node = (i: number): fc.Arbitrary<SimulationNode> =>
      i >= steps
        ? fc.constant({ id: `n${i}`, type: 'ending', at: '12:00', title: `End ${i}`, rating: 'mixed', happened: '…', cases: [], sections: [], roles: {} })
        : fc.oneof(
            next(i).map((n): SimulationNode => ({ id: `n${i}`, type: 'inject', at: time(i), for: 'all', channel: 'post', from: 'x', headline: `Inject ${i}`, text: '…', next: n })),
            fc
              .tuple(fc.constantFrom(...ROLES.slice(0, roles)), fc.integer({ min: 0, max: 2 }))
              .chain(([role, extra]) =>
                fc.tuple(choice(i, 0, 'best'), choice(i, 1, 'silo'), ...Array.from({ length: extra }, (_, k) => choice(i, k + 2))).map((choices): SimulationNode => ({ id: `n${i}`, type: 'decision', at: time(i), role, headline: `Decision ${i}`, prompt: '?', choices })),
              ),
          );
    return fc.tuple(...Array.from({ length: total }, (_, i) => node(i))).map(
      (nodes): SimulationData => ({ title: 't', summary: 's', when: 'w', setting: 's', minutes: 1, roles: ROLES.slice(0, roles).map((track) => ({ track, name: track, brief: '…' })), nodes, discussion: ['?'] }),
    );
  });

/** A player: mode, role, seed and a stream of choice indexes. */
const playerArb = (simulation: SimulationData) =>
  fc.record({
    facilitated: fc.boolean(),
    role: fc.constantFrom(...simulation.roles.map((r) => r.track)),
    seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
    picks: fc.array(fc.nat(), { minLength: 40, maxLength: 40 }),
  });

function play(simulation: SimulationData, player: { facilitated: boolean; role: string; seed: number; picks: number[] }) {
  let turn = 0;
  return playThrough(simulation, {
    mode: player.facilitated ? 'facilitated' : 'solo',
    ...(player.facilitated ? {} : { role: player.role }),
    seed: player.seed,
    choose: (node) => node.choices[player.picks[turn++ % player.picks.length]! % node.choices.length]!.id,
  });
}

describe('random play always reaches an ending', () => {
  for (const id of SHIPPED) {
    it(`on ${id}, solo as any role or facilitated, whatever is chosen`, () => {
      const simulation = shippedSimulation(id);
      const endings = new Set(simulation.nodes.filter((n) => n.type === 'ending').map((n) => n.id));
      fc.assert(
        fc.property(playerArb(simulation), (player) => {
          const { ending, steps } = play(simulation, player);
          expect(ending && endings.has(ending)).toBe(true);
          // An inject takes one step, a decision two (choose, then move on): never more.
          expect(steps).toBeLessThanOrEqual(2 * simulation.nodes.length);
        }),
        { numRuns: 150 },
      );
    });
  }

  it('on random simulations the graph check passes for loops and dead ends', () => {
    fc.assert(
      fc.property(
        simulationArb.chain((simulation) => fc.tuple(fc.constant(simulation), playerArb(simulation))),
        ([simulation, player]) => {
          const messages = checkSimulationGraph(simulation).problems.map((p) => p.message);
          expect(messages.filter((m) => /loop|no ending|not a node|back in time/.test(m))).toEqual([]);
          expect(play(simulation, player).ending).toMatch(/^n\d+$/);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('a run resumed from any saved step', () => {
  it('goes on exactly as the run it was saved from', () => {
    const simulation = shippedSimulation('hijacked-brand-account');
    const hash = simulationHash(simulation);
    fc.assert(
      fc.property(playerArb(simulation), fc.nat(), (player, cut) => {
        const saves: SaveRequest[] = [];
        const machine = createSimulationMachine(simulation).provide({ actions: { save: ({ context }) => void saves.push({ context: structuredClone(context) }) } });
        const nodes = new Map(simulation.nodes.map((node) => [node.id, node]));
        let turn = 0;
        const drive = (actor: ReturnType<typeof createActor<typeof machine>>, until = Infinity) => {
          for (let i = 0; i < until && !actor.getSnapshot().hasTag('finished'); i++) {
            const snapshot = actor.getSnapshot();
            const node = nodes.get(snapshot.context.at ?? '');
            if (node?.type === 'decision' && snapshot.hasTag('deciding')) actor.send({ type: 'sim.choose', choiceId: node.choices[player.picks[turn++ % 40]! % node.choices.length]!.id });
            else actor.send({ type: 'sim.advance' });
          }
        };
        const actor = createActor(machine, { input: { seed: player.seed } }).start();
        actor.send({ type: 'sim.start', mode: player.facilitated ? 'facilitated' : 'solo', role: player.role });
        drive(actor, cut % 20);
        const outcome = resumeRun(machine, simulation, hash, JSON.parse(JSON.stringify(toSavedRun(saves.at(-1)!, hash))));
        if (!('resumed' in outcome)) throw new Error(`dropped: ${outcome.dropped}`);
        const resumed = createActor(machine, { input: { seed: 0 }, snapshot: outcome.resumed }).start();
        expect(resumed.getSnapshot().context).toEqual(actor.getSnapshot().context);
        const picked = turn;
        drive(actor);
        turn = picked;
        drive(resumed);
        expect(resumed.getSnapshot().context).toEqual(actor.getSnapshot().context);
        expect(resumed.getSnapshot().hasTag('finished')).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
