import type { AnyStateNode } from 'xstate';
import { getAdjacencyMap, getStateNodes, toDirectedGraph, type DirectedGraphNode } from 'xstate/graph';
import { conditionTests, injectRoles, isDecision, liveFlags, startOf, testedFlag } from './definition.ts';
import { createSimulationMachine, isMissingKey, type RouteParams, type SimulationContext, type SimulationEvent } from './simulation-machine.ts';
import type { SimulationData, SimulationNode } from './simulation-types.ts';

/** One thing wrong with a simulation, in the author's terms: the field (`nodes[4] (first-move).next`) and what to do. */
export interface SimulationProblem {
  field: string;
  message: string;
}

export interface GraphCheckResult {
  problems: SimulationProblem[];
  /** Things an author should know that do not stop the build. */
  warnings: SimulationProblem[];
  /** Distinct states the walk visited (node, choice on screen, flags that still matter). */
  states: number;
}

/** More states than this and the walk stops: the flags multiply faster than any author could test. */
export const STATE_LIMIT = 100_000;

const list = (items: Iterable<string>) => [...items].map((item) => `"${item}"`).join(', ');

/**
 * Checks a simulation by building its machine and walking it with `xstate/graph`:
 *
 * - every `next` names a node (edges of `toDirectedGraph` into a stand-in state are choices pointing nowhere);
 * - every flag a condition tests is set by some choice (guards and actions on the same edges);
 * - every node is reached on some play, every play reaches an ending, the clock never runs backwards
 *   and no play goes round in a loop (the reachable states of `getAdjacencyMap`, played as a room
 *   would play them: every choice of every decision);
 * - every role decides something.
 *
 * Consistency the machine relies on (unique ids, roles that take part) is checked first; the walk only
 * runs when it holds. Never throws.
 */
export function checkSimulationGraph(simulation: SimulationData): GraphCheckResult {
  const problems: SimulationProblem[] = [];
  const warnings: SimulationProblem[] = [];
  const index = new Map(simulation.nodes.map((node, i) => [node.id, i]));
  const nodeField = (id: string) => `nodes[${index.get(id)}] (${id})`;

  problems.push(...consistencyProblems(simulation));
  if (problems.length > 0) return { problems, warnings, states: 0 };

  const byId = new Map(simulation.nodes.map((node) => [node.id, node]));
  const routeField = (route: RouteParams) => {
    const node = byId.get(route.node)!;
    const branch = route.branch === undefined ? '' : `[${route.branch}]`;
    if (route.choice === undefined) return `${nodeField(route.node)}.next${branch}`;
    const choiceIndex = isDecision(node) ? node.choices.findIndex((c) => c.id === route.choice) : -1;
    return `${nodeField(route.node)}.choices[${choiceIndex}] (${route.choice}).next${branch}`;
  };

  const machine = createSimulationMachine(simulation);

  // 1. The machine as a directed graph: where every transition leads, what it tests and what it sets.
  const edges = flatten(toDirectedGraph(machine));
  const tested = new Map<string, string[]>();
  const set = new Set<string>();
  for (const edge of edges) {
    const guard = edge.transition.guard as { type?: string; params?: RouteParams } | undefined;
    const route = guard?.type === 'route' ? guard.params : undefined;
    if (edge.transition.eventType === 'sim.start' && isMissingKey(edge.target.key)) {
      problems.push({ field: 'start', message: `names "${startOf(simulation)}", which is not a node — use the id of a node in nodes, or leave start out to begin with the first node` });
    }
    if (route && isMissingKey(edge.target.key) && route.colleague === undefined) {
      problems.push({ field: routeField(route), message: `leads to "${route.to}", which is not a node — use the id of a node in nodes (${list(index.keys())})` });
    }
    for (const test of conditionTests(route?.colleague === undefined ? route?.if : undefined)) {
      tested.set(testedFlag(test), [...(tested.get(testedFlag(test)) ?? []), `${routeField(route!)}.if`]);
    }
    for (const action of edge.transition.actions as { type?: string; params?: { sets?: readonly string[] } }[]) {
      if (action.type === 'choose') action.params?.sets?.forEach((flag) => set.add(flag));
    }
  }
  // Text variants are the tests that change what a role sees; they hang on the node's state.
  for (const stateNode of getStateNodes(machine)) {
    const node = byId.get((stateNode.meta as { node?: string } | undefined)?.node ?? '');
    if (!node || node.type === 'ending') continue;
    node.variants?.forEach((variant, i) => {
      for (const test of conditionTests(variant.if)) tested.set(testedFlag(test), [...(tested.get(testedFlag(test)) ?? []), `${nodeField(node.id)}.variants[${i}].if`]);
    });
  }
  for (const [flag, fields] of tested) {
    if (set.has(flag)) continue;
    for (const field of new Set(fields)) {
      problems.push({ field, message: `tests the flag "${flag}", which no choice sets — add it to the sets of the choice that causes it, or fix the spelling${set.size > 0 ? ` (flags set: ${list(set)})` : ''}` });
    }
  }
  simulation.nodes.forEach((node) => {
    if (node.type !== 'decision') return;
    node.choices.forEach((choice, c) =>
      choice.sets?.forEach((flag) => {
        if (!tested.has(flag)) warnings.push({ field: `${nodeField(node.id)}.choices[${c}] (${choice.id}).sets`, message: `sets "${flag}", which no node tests — test it in a next or a variant so the choice has a consequence, or remove it` });
      }),
    );
  });
  if (problems.length > 0) return { problems, warnings, states: 0 };

  // 2. Every play a room could make, as reachable states.
  const live = liveFlags(simulation);
  const serialize = (snapshot: { value: unknown; context: SimulationContext }) => {
    const { at, pending, flags } = snapshot.context;
    const mattering = at === null ? [] : flags.filter((flag) => live.get(at)?.has(flag)).sort();
    return `${JSON.stringify(snapshot.value)}|${pending ?? ''}|${mattering.join(',')}`;
  };
  const events = (snapshot: { value: unknown; context: SimulationContext; hasTag: (tag: string) => boolean }): SimulationEvent[] => {
    if (snapshot.context.at === null) return [{ type: 'sim.start', mode: 'facilitated' }];
    const node = byId.get(snapshot.context.at);
    if (isDecision(node) && snapshot.hasTag('deciding')) return node.choices.map((choice) => ({ type: 'sim.choose', choiceId: choice.id }));
    return [{ type: 'sim.advance' }];
  };
  let adjacency: object;
  try {
    adjacency = getAdjacencyMap(machine, {
      input: { seed: 1 },
      events: events as never,
      // Restarting and taking a choice back lead nowhere new.
      filterEvents: (_, event) => !['sim.restart', 'sim.revise'].includes((event as SimulationEvent).type),
      serializeState: serialize as never,
      limit: STATE_LIMIT,
    });
  } catch {
    problems.push({ field: 'nodes', message: `the choices combine into more than ${STATE_LIMIT.toLocaleString('en')} different situations — test fewer flags, or clear the way with fewer flags that later nodes test` });
    return { problems, warnings, states: STATE_LIMIT };
  }

  type Snap = { value: unknown; context: SimulationContext; hasTag: (tag: string) => boolean };
  const states = new Map<string, Snap>();
  const successors = new Map<string, Set<string>>();
  for (const [key, { state, transitions }] of Object.entries(adjacency) as [string, { state: Snap; transitions: Record<string, { state: Snap }> }][]) {
    states.set(key, state);
    const next = new Set<string>();
    for (const { state: to } of Object.values(transitions)) {
      const toKey = serialize(to);
      if (toKey !== key) next.add(toKey);
    }
    successors.set(key, next);
  }
  const nodeAt = (key: string) => states.get(key)?.context.at ?? null;
  const isMissingState = (key: string) => /"__missing:/.test(key);
  const isEndingState = (key: string) => states.get(key)?.hasTag('finished') ?? false;

  const reached = new Set([...states.keys()].map(nodeAt).filter((at): at is string => at !== null));
  for (const node of simulation.nodes) {
    if (!reached.has(node.id)) problems.push({ field: nodeField(node.id), message: 'is never reached: no next leads here, or only behind conditions that never hold — lead to it from an earlier node, or delete it' });
  }
  simulation.roles.forEach((role, i) => {
    if (!simulation.nodes.some((node) => node.type === 'decision' && node.role === role.track && reached.has(node.id))) {
      problems.push({ field: `roles[${i}] (${role.track})`, message: `never decides: no reachable decision has role: ${role.track} — give this role a decision, or remove it from roles` });
    }
  });

  // Dead ends: a play stands where no branch applies.
  const reported = new Set<string>();
  for (const [key, next] of successors) {
    if (next.size > 0 || isEndingState(key) || isMissingState(key) || nodeAt(key) === null) continue;
    const state = states.get(key)!;
    const node = byId.get(nodeAt(key)!)!;
    const choice = state.context.pending ?? undefined;
    const field = choice === undefined ? `${nodeField(node.id)}.next` : `${nodeField(node.id)}.choices[${isDecision(node) ? node.choices.findIndex((c) => c.id === choice) : -1}] (${choice}).next`;
    if (reported.has(field)) continue;
    reported.add(field);
    const flags = state.context.flags.length > 0 ? `the flags set are ${list(state.context.flags)}` : 'no flag is set';
    problems.push({ field, message: `a play can stop here with no ending: when ${flags}, no branch applies — end the list with a branch that has no if` });
  }

  // Loops: the clock only moves forward, so a play may never come back to a node.
  const nodeEdges = new Map<string, Set<string>>();
  for (const [key, next] of successors) {
    const from = nodeAt(key);
    if (from === null) continue;
    for (const toKey of next) {
      const to = nodeAt(toKey);
      if (to === null || to === from) continue;
      nodeEdges.set(from, (nodeEdges.get(from) ?? new Set()).add(to));
    }
  }
  const loop = findLoop(nodeEdges);
  if (loop) problems.push({ field: nodeField(loop[0]!), message: `a play can go round in a loop (${loop.join(' → ')}) and never reach an ending — lead forward to a later node instead` });

  // The clock: no transition may go back in time.
  const timeOf = (id: string) => (byId.get(id) as { at?: string } | undefined)?.at;
  for (const node of simulation.nodes) {
    const { routes } = routesFrom(machine, node);
    for (const route of routes) {
      const from = timeOf(node.id);
      const to = timeOf(route.to);
      if (reached.has(node.id) && from && to && to < from) {
        problems.push({ field: routeField(route), message: `goes back in time, from ${from} at "${node.id}" to ${to} at "${route.to}" — the clock only moves forward; fix the times or the order` });
      }
    }
  }

  return { problems, warnings, states: states.size };
}

/** Every edge of a directed graph and its children. */
function flatten(graph: DirectedGraphNode): DirectedGraphNode['edges'] {
  return [...graph.edges, ...graph.children.flatMap(flatten)];
}

/** The routes the machine built for a node, read back from its transitions. */
function routesFrom(machine: ReturnType<typeof createSimulationMachine>, node: SimulationNode): { routes: RouteParams[] } {
  const stateNode = machine.getStateNodeById(`sim.play.${node.id}`) as AnyStateNode;
  const all = [stateNode, ...getStateNodes(stateNode)];
  const routes = all
    .flatMap((s) => [...s.transitions.values()].flat())
    .map((t) => t.guard as { type?: string; params?: RouteParams } | undefined)
    .filter((guard): guard is { type: string; params: RouteParams } => guard?.type === 'route' && guard.params?.colleague === undefined)
    .map((guard) => guard.params);
  return { routes };
}

/** A cycle in a graph of node ids, as the ids along it (first repeated at the end), if there is one. */
function findLoop(edges: Map<string, Set<string>>): string[] | undefined {
  const done = new Set<string>();
  const onPath: string[] = [];
  const visit = (id: string): string[] | undefined => {
    const at = onPath.indexOf(id);
    if (at >= 0) return [...onPath.slice(at), id];
    if (done.has(id)) return undefined;
    onPath.push(id);
    for (const next of edges.get(id) ?? []) {
      const loop = visit(next);
      if (loop) return loop;
    }
    onPath.pop();
    done.add(id);
    return undefined;
  };
  for (const id of edges.keys()) {
    const loop = visit(id);
    if (loop) return loop;
  }
  return undefined;
}

/** What must hold before the machine can be built and walked: unique ids, and roles that take part. */
function consistencyProblems(simulation: SimulationData): SimulationProblem[] {
  const problems: SimulationProblem[] = [];
  const roleIds = simulation.roles.map((role) => role.track);
  const roleList = roleIds.join(', ');
  simulation.roles.forEach((role, i) => {
    if (roleIds.indexOf(role.track) !== i) problems.push({ field: `roles[${i}] (${role.track}).track`, message: `"${role.track}" is listed twice — give each track one role` });
  });
  const seen = new Set<string>();
  simulation.nodes.forEach((node, i) => {
    const field = `nodes[${i}] (${node.id})`;
    if (seen.has(node.id)) problems.push({ field: `${field}.id`, message: `duplicate id "${node.id}" — give every node its own id` });
    seen.add(node.id);
    if (node.type === 'decision') {
      if (!roleIds.includes(node.role)) problems.push({ field: `${field}.role`, message: `"${node.role}" does not take part — use one of the roles (${roleList}) or add it to roles` });
      const choiceIds = new Set<string>();
      node.choices.forEach((choice, c) => {
        if (choiceIds.has(choice.id)) problems.push({ field: `${field}.choices[${c}] (${choice.id}).id`, message: `duplicate choice id "${choice.id}" — give every choice of a decision its own id` });
        choiceIds.add(choice.id);
      });
    }
    if (node.type === 'inject' && node.for !== 'all') {
      for (const role of injectRoles(node.for, roleIds)) {
        if (!roleIds.includes(role)) problems.push({ field: `${field}.for`, message: `"${role}" does not take part — use the roles (${roleList}), or all` });
      }
    }
    if (node.type === 'ending') {
      const missing = roleIds.filter((role) => !(role in node.roles));
      const extra = Object.keys(node.roles).filter((role) => !roleIds.includes(role));
      if (missing.length > 0) problems.push({ field: `${field}.roles`, message: `says nothing for ${missing.join(', ')} — say what each role could have done` });
      if (extra.length > 0) problems.push({ field: `${field}.roles`, message: `names ${extra.join(', ')}, which do not take part — use the roles (${roleList})` });
    }
  });
  return problems;
}
