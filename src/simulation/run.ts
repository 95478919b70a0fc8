import { createActor } from 'xstate';
import { isDecision } from './definition.ts';
import { createSimulationMachine, type Persona, type PlayMode, type SimulationContext } from './simulation-machine.ts';
import type { DecisionNode, SimulationData } from './simulation-types.ts';

export interface PlayOptions {
  mode: PlayMode;
  role?: string;
  seed?: number;
  colleagues?: Record<string, Persona>;
  /** Picks a choice id whenever the player (or the room) decides. */
  choose: (node: DecisionNode, context: SimulationContext) => string;
  /** Stops a faulty simulation instead of looping (default: twice the number of nodes). */
  maxSteps?: number;
}

/** A whole run, played headless on the machine: the ending it reached (undefined if it stalled) and the final context. */
export function playThrough(simulation: SimulationData, options: PlayOptions): { ending?: string; context: SimulationContext; steps: number } {
  const actor = createActor(createSimulationMachine(simulation), { input: { seed: options.seed ?? 1 } }).start();
  actor.send({ type: 'sim.start', mode: options.mode, ...(options.role ? { role: options.role } : {}), ...(options.colleagues ? { colleagues: options.colleagues } : {}) });
  const nodes = new Map(simulation.nodes.map((node) => [node.id, node]));
  const limit = options.maxSteps ?? simulation.nodes.length * 2 + 2;
  let steps = 0;
  for (; steps < limit; steps++) {
    const snapshot = actor.getSnapshot();
    if (snapshot.hasTag('finished')) break;
    const node = nodes.get(snapshot.context.at ?? '');
    const before = JSON.stringify(snapshot.context);
    if (isDecision(node) && snapshot.hasTag('deciding')) actor.send({ type: 'sim.choose', choiceId: options.choose(node, snapshot.context) });
    else actor.send({ type: 'sim.advance' });
    if (JSON.stringify(actor.getSnapshot().context) === before && JSON.stringify(actor.getSnapshot().value) === JSON.stringify(snapshot.value)) break;
  }
  const snapshot = actor.getSnapshot();
  actor.stop();
  return { ...(snapshot.hasTag('finished') ? { ending: snapshot.context.at! } : {}), context: snapshot.context, steps };
}
