import { assign, setup, type StateValue } from 'xstate';
import { nextSeed, seededRandom } from '../quiz/shuffle.ts';
import { branchesOf, holds, startOf, type Route } from './definition.ts';
import type { ChoicePath, Condition, DecisionChoice, DecisionNode, EndingNode, EndingRating, Next, SimulationData, SimulationNode } from './simulation-types.ts';

/**
 * Bump when the context shape or state names change: saved runs of another version are dropped
 * instead of being resumed into a machine that does not understand them.
 */
export const SIMULATION_MACHINE_VERSION = 1;

/** Solo: one learner plays one role, the course plays the others. Facilitated: a room plays every role on one screen. */
export type PlayMode = 'solo' | 'facilitated';

/** How the course plays a role nobody plays: by the book, or the way a department acting alone might. */
export type Persona = ChoicePath;

/** Who made a decision: the solo learner, the course for a colleague, or the room. */
export type DecidedBy = 'you' | 'colleague' | 'room';

/** One step of a run: an inject that landed, or a decision and the choice made. */
export interface PathStep {
  node: string;
  choice?: string;
  by?: DecidedBy;
}

/** What the run has done so far. JSON-safe: it is what gets saved and resumed. */
export interface SimulationContext {
  /** Seed of this run; the colleagues' personas derive from it. */
  seed: number;
  /** Null until the run starts. */
  mode: PlayMode | null;
  /** The solo learner's role (a track id); null in facilitated mode. */
  role: string | null;
  /** Solo: how the course plays each other role. */
  colleagues: Record<string, Persona>;
  /** Flags set by the choices so far, in the order they were set. */
  flags: string[];
  /** Every inject that landed and every decision made, in order. */
  path: PathStep[];
  /** The node on screen; null on the briefing. */
  at: string | null;
  /** The choice just made at the decision on screen, while its outcome shows. */
  pending: string | null;
  /** The flags as they were before that choice, so a room can take it back (`sim.revise`). */
  before: string[] | null;
}

export type SimulationEvent =
  /**
   * Starts a run: solo needs one of the simulation's roles. `colleagues` fixes the personas of the
   * other roles instead of drawing them from the seed (tests, time estimates, a trainer's choice).
   */
  | { type: 'sim.start'; mode: PlayMode; role?: string; colleagues?: Record<string, Persona> }
  | { type: 'sim.choose'; choiceId: string }
  /** Facilitated only: takes back the room's choice while its outcome shows (a mis-click on the projector). */
  | { type: 'sim.revise' }
  /** Moves the clock on: past an inject, or past a decision's outcome. */
  | { type: 'sim.advance' }
  /** Back to the briefing with a new seed. */
  | { type: 'sim.restart' };

export interface SimulationInput {
  seed: number;
}

/** Where the page should move focus after a change. */
export type FocusTarget = 'briefing' | 'node' | 'outcome' | 'ending';

/** What the page should save: the context alone determines the state (see `stateValueOf`). */
export interface SaveRequest {
  context: SimulationContext;
}

/** A finished run, as the page records it (it adds the date). */
export interface RunResult {
  ending: string;
  rating: EndingRating;
  mode: PlayMode;
  role?: string;
  colleagues?: Record<string, Persona>;
  path: PathStep[];
}

/** Guard parameters of a route: everything the graph check needs to name the place in the file. */
export interface RouteParams extends Route {
  node: string;
  /** Set on the eventless copy that moves a colleague's decision on in solo play. */
  colleague?: string;
}

/** The key of the stand-in state for a `next` that names no node (the graph check reports it). */
export const missingKey = (id: string) => `__missing:${id}`;
export const isMissingKey = (key: string) => key.startsWith('__missing:');

/** The state value a context stands for, so a saved context alone can be resumed. */
export function stateValueOf(simulation: SimulationData, context: Pick<SimulationContext, 'at' | 'pending'>): StateValue {
  if (context.at === null) return 'briefing';
  const node = simulation.nodes.find((n) => n.id === context.at);
  if (node?.type === 'decision') return { play: { [node.id]: context.pending === null ? 'deciding' : 'decided' } };
  return { play: context.at };
}

/** Personas for every role but the learner's, drawn from the seed. */
export function drawColleagues(simulation: SimulationData, seed: number, role: string): Record<string, Persona> {
  const random = seededRandom(seed ^ 0x5bd1e995);
  return Object.fromEntries(simulation.roles.filter((r) => r.track !== role).map((r) => [r.track, random() < 0.5 ? 'best' : 'silo'] as const));
}

const freshContext = (seed: number): SimulationContext => ({ seed, mode: null, role: null, colleagues: {}, flags: [], path: [], at: null, pending: null, before: null });

/**
 * The engine for one simulation: briefing → its nodes (injects, decisions, endings) → briefing again
 * on restart. One state per node, so `xstate/graph` can walk the simulation as written
 * (src/simulation/graph-check.ts). A decision has two sub-states: `deciding`, then `decided` while
 * the outcome shows. In solo play the course decides for the other roles through eventless
 * transitions, so the learner only ever stops at injects, their own decisions and the ending.
 * Effects belong to the page and are no-ops here: give them with `.provide({ actions })`.
 */
export function createSimulationMachine(simulation: SimulationData) {
  const nodes = new Map<string, SimulationNode>(simulation.nodes.map((node) => [node.id, node]));
  const roleIds = simulation.roles.map((role) => role.track);
  const targetOf = (to: string) => `#sim.play.${nodes.has(to) ? to : missingKey(to)}`;

  const byOf = (context: SimulationContext, role: string): DecidedBy => (context.mode === 'facilitated' ? 'room' : context.role === role ? 'you' : 'colleague');

  /** The guarded transitions that follow `next`, in order; every one carries its route for the graph check. */
  const routeTransitions = (node: string, next: Next, choice?: string, colleague?: string) =>
    branchesOf(next).map((branch, index) => {
      const params: RouteParams = {
        node,
        ...(choice === undefined ? {} : { choice }),
        ...(typeof next === 'string' ? {} : { branch: index }),
        ...(branch.if === undefined ? {} : { if: branch.if }),
        to: branch.to,
        ...(colleague === undefined ? {} : { colleague }),
      };
      return { guard: { type: 'route' as const, params }, target: targetOf(branch.to) };
    });

  const chooseAction = (node: DecisionNode, choice: DecisionChoice) => ({ type: 'choose' as const, params: { node: node.id, role: node.role, choice: choice.id, sets: choice.sets ?? [] } });

  const arrival = (node: SimulationNode) => [
    { type: 'arrive' as const, params: { node: node.id } },
    'save' as const,
    { type: 'announce' as const, params: { node: node.id } },
    { type: 'focus' as const, params: node.type === 'ending' ? ('ending' as const) : ('node' as const) },
  ];

  const stateOf = (node: SimulationNode) => {
    if (node.type === 'inject') {
      return { tags: ['inject'], meta: { node: node.id }, entry: arrival(node), on: { 'sim.advance': routeTransitions(node.id, node.next) } };
    }
    if (node.type === 'decision') {
      const routes = (colleague?: string) => node.choices.flatMap((choice) => routeTransitions(node.id, choice.next, choice.id, colleague));
      return {
        meta: { node: node.id },
        initial: 'deciding',
        entry: arrival(node),
        states: {
          deciding: {
            tags: ['deciding'],
            // Solo: the course decides for a role the learner does not play, by that colleague's persona.
            always: node.choices
              .filter((choice) => choice.path !== undefined)
              .map((choice) => ({ guard: { type: 'colleagueChooses' as const, params: { role: node.role, path: choice.path! } }, target: 'decided', actions: [chooseAction(node, choice), 'save' as const] })),
            on: {
              'sim.choose': node.choices.map((choice) => ({
                guard: { type: 'isChoice' as const, params: { choice: choice.id } },
                target: 'decided',
                actions: [chooseAction(node, choice), 'save' as const, { type: 'focus' as const, params: 'outcome' as const }],
              })),
            },
          },
          decided: {
            tags: ['decided'],
            always: routes(node.role),
            on: {
              'sim.advance': routes(),
              'sim.revise': { guard: 'canRevise', target: 'deciding', actions: ['revise', 'save', { type: 'focus' as const, params: 'node' as const }] },
            },
          },
        },
      };
    }
    return { tags: ['finished'], meta: { node: node.id }, entry: [...arrival(node), { type: 'recordResult' as const, params: ({ context }: { context: SimulationContext }) => resultOf(context, node) }] };
  };

  const missing = [...new Set(simulation.nodes.flatMap((node) => (node.type === 'inject' ? [node.next] : node.type === 'decision' ? node.choices.map((c) => c.next) : [])).flatMap((next) => branchesOf(next).map((b) => b.to)))].filter(
    (to) => !nodes.has(to),
  );

  const resultOf = (context: SimulationContext, ending: EndingNode): RunResult => ({
    ending: ending.id,
    rating: ending.rating,
    mode: context.mode ?? 'solo',
    ...(context.role === null ? {} : { role: context.role, colleagues: context.colleagues }),
    path: context.path,
  });

  const playStates = {
    ...Object.fromEntries(simulation.nodes.map((node) => [node.id, stateOf(node)])),
    ...Object.fromEntries(missing.concat(nodes.has(startOf(simulation)) ? [] : [startOf(simulation)]).map((id) => [missingKey(id), { tags: ['missing'], meta: { missing: id } }])),
  };

  return setup({
    types: {} as { context: SimulationContext; events: SimulationEvent; input: SimulationInput },
    guards: {
      canStart: ({ event }) => event.type === 'sim.start' && (event.mode === 'facilitated' || (event.mode === 'solo' && roleIds.includes(event.role ?? ''))),
      isChoice: ({ event }, params: { choice: string }) => event.type === 'sim.choose' && event.choiceId === params.choice,
      colleagueChooses: ({ context }, params: { role: string; path: Persona }) =>
        context.mode === 'solo' && context.role !== params.role && (context.colleagues[params.role] ?? 'best') === params.path,
      canRevise: ({ context }) => context.mode === 'facilitated' && context.pending !== null,
      route: ({ context }, params: RouteParams) =>
        (params.choice === undefined || context.pending === params.choice) &&
        (params.colleague === undefined || (context.mode === 'solo' && context.role !== params.colleague)) &&
        holds(params.if as Condition | undefined, context.flags),
    },
    actions: {
      begin: assign(({ context, event }) => {
        if (event.type !== 'sim.start') return {};
        const role = event.mode === 'solo' ? (event.role ?? null) : null;
        const drawn = role === null ? {} : drawColleagues(simulation, context.seed, role);
        const colleagues = Object.fromEntries(Object.keys(drawn).map((track) => [track, event.colleagues?.[track] ?? drawn[track]!]));
        return { mode: event.mode, role, colleagues, flags: [], path: [], pending: null, before: null };
      }),
      arrive: assign(({ context }, params: { node: string }) => ({
        at: params.node,
        pending: null,
        before: null,
        path: nodes.get(params.node)?.type === 'inject' ? [...context.path, { node: params.node }] : context.path,
      })),
      choose: assign(({ context }, params: { node: string; role: string; choice: string; sets: readonly string[] }) => ({
        pending: params.choice,
        before: context.flags,
        flags: [...context.flags, ...params.sets.filter((flag) => !context.flags.includes(flag))],
        path: [...context.path, { node: params.node, choice: params.choice, by: byOf(context, params.role) }],
      })),
      revise: assign(({ context }) => ({ pending: null, flags: context.before ?? context.flags, before: null, path: context.path.slice(0, -1) })),
      restart: assign(({ context }) => freshContext(nextSeed(context.seed))),
      /** Persist the run (page-owned). */
      save: (_, _request?: SaveRequest) => {},
      /** Record a finished run (page-owned); the page adds the date. */
      recordResult: (_, _result: RunResult) => {},
      /** Say what changed through a live region (page-owned). */
      announce: (_, _what: { node: string }) => {},
      /** Move focus to what changed (page-owned). */
      focus: (_, _target: FocusTarget) => {},
    },
  }).createMachine({
    id: 'sim',
    context: ({ input }) => freshContext(input.seed),
    initial: 'briefing',
    on: { 'sim.restart': { target: '.briefing', actions: ['restart', 'save', { type: 'focus', params: 'briefing' }] } },
    states: {
      briefing: {
        tags: ['briefing'],
        on: { 'sim.start': { guard: 'canStart', target: `#sim.play.${nodes.has(startOf(simulation)) ? startOf(simulation) : missingKey(startOf(simulation))}`, actions: 'begin' } },
      },
      play: {
        // Built from the data, so typed loosely; the guards and actions it names are checked by `setup`.
        states: playStates as Record<string, object>,
        // The first node listed, so the compound state is well formed; runs always enter a node directly.
        initial: simulation.nodes[0]?.id ?? missingKey(startOf(simulation)),
      },
    },
  });
}

export type SimulationMachine = ReturnType<typeof createSimulationMachine>;
