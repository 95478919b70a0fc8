import { branchesOf, conditionTests, holds, isDecision, isEnding, routesOf } from './definition.ts';
import type { PathStep } from './simulation-machine.ts';
import type { Condition, DecisionChoice, DecisionNode, EndingNode, InjectNode, Next, SimulationData, SimulationNode, TextVariant } from './simulation-types.ts';

/**
 * How the choices of a run reach other desks: which earlier decision changed the text a card shows
 * or where the morning went, and, turned round, where each decision landed. This is what a trainer
 * points at ("the care team's reply at 09:14 is why legal reads this now"), so the player shows it
 * on the card, the debrief shows it per decision, and the script lists it per choice.
 */

/** A decision of the run that set a flag a later condition tested. */
export interface Cause {
  /** Index of the decision in the run's path. */
  step: number;
  node: DecisionNode;
  choice: DecisionChoice;
  flag: string;
}

/** Something a decision changed later in the run: the text of a card, or where the run went next. */
export interface Landing {
  kind: 'text' | 'route';
  /** Index in the path of the card whose text changed, or of the step the route left from. */
  step: number;
  /** The card whose text changed, or the node the route led to (perhaps the ending). */
  node: SimulationNode;
}

/** The condition-tested flags a condition needs set (its `!flag` tests are left out: no choice causes an absence). */
const neededFlags = (condition: Condition | undefined) => conditionTests(condition).filter((test) => !test.startsWith('!'));

/** The flags set by the run's decisions before path index `upTo` (exclusive), with every step that set each. */
function settersBefore(simulation: SimulationData, path: readonly PathStep[], upTo: number) {
  const nodes = new Map(simulation.nodes.map((node) => [node.id, node]));
  const setters = new Map<string, Cause[]>();
  path.slice(0, upTo).forEach((step, index) => {
    const node = nodes.get(step.node);
    if (!isDecision(node)) return;
    const choice = node.choices.find((c) => c.id === step.choice);
    for (const flag of choice?.sets ?? []) setters.set(flag, [...(setters.get(flag) ?? []), { step: index, node, choice: choice!, flag }]);
  });
  return setters;
}

/** One cause per decision (a choice may set two of the flags a condition needs), in path order. */
const byStep = (causes: Cause[]) => [...new Map(causes.map((cause) => [cause.step, cause])).values()].sort((a, b) => a.step - b.step);

/** The decisions before path index `upTo` that set the flags `condition` needs, once each, in path order. */
function causesOf(simulation: SimulationData, path: readonly PathStep[], condition: Condition | undefined, upTo: number): Cause[] {
  const setters = settersBefore(simulation, path, upTo);
  return byStep(neededFlags(condition).flatMap((flag) => setters.get(flag) ?? []));
}

/** The variant a card shows for these flags (undefined: its own text). */
const variantShown = (node: SimulationNode, flags: readonly string[]): TextVariant | undefined =>
  node.type === 'ending' ? undefined : node.variants?.find((variant) => holds(variant.if, flags));

/** The flags set before path index `upTo`. */
const flagsBefore = (simulation: SimulationData, path: readonly PathStep[], upTo: number) => [...settersBefore(simulation, path, upTo).keys()];

/**
 * Why a card reads as it does: the earlier decisions that set the flags of the variant it shows.
 * `at` is the card's node; `upTo` the number of path steps taken before it (default: the whole
 * path, for the card on screen; a decision's own step is not counted).
 */
export function textCauses(simulation: SimulationData, path: readonly PathStep[], at: string, upTo = path.length): Cause[] {
  const node = simulation.nodes.find((n) => n.id === at);
  if (!node) return [];
  const before = path[upTo - 1]?.node === at && node.type === 'decision' ? upTo - 1 : upTo;
  const variant = variantShown(node, flagsBefore(simulation, path, before));
  return variant ? causesOf(simulation, path, variant.if, before) : [];
}

/** The `next` a step of the path followed: an inject's, or the chosen choice's. */
function nextOf(node: SimulationNode | undefined, step: PathStep): Next | undefined {
  if (node?.type === 'inject') return node.next;
  if (isDecision(node)) return node.choices.find((c) => c.id === step.choice)?.next;
  return undefined;
}

/** The branch a step took: the first whose condition held with the flags after it. */
function branchTaken(simulation: SimulationData, path: readonly PathStep[], index: number) {
  const node = simulation.nodes.find((n) => n.id === path[index]?.node);
  const next = nextOf(node, path[index]!);
  if (!next) return undefined;
  const flags = flagsBefore(simulation, path, index + 1);
  const branches = branchesOf(next);
  const taken = branches.findIndex((branch) => holds(branch.if, flags));
  return taken === -1 ? undefined : { branches, taken, flags };
}

/** An ending the run was also headed for, and the choices that pointed there. */
export interface OtherEnding {
  ending: EndingNode;
  causes: Cause[];
}

/** How a run came to its ending: the decisions behind the branch that led there, and where it would have gone without them. */
export interface EndingTrace {
  causes: Cause[];
  /**
   * The endings the run's other choices pointed to, in the order the branches try them: without the
   * causes above, the first; without its causes too, the next; and so on.
   */
  otherwise: OtherEnding[];
}

/** Why a finished run reached its ending (the route from the last step of its path). */
export function endingTrace(simulation: SimulationData, path: readonly PathStep[]): EndingTrace {
  const last = path.length - 1;
  const route = last < 0 ? undefined : branchTaken(simulation, path, last);
  if (!route) return { causes: [], otherwise: [] };
  const nodes = new Map(simulation.nodes.map((node) => [node.id, node]));
  const { branches, taken } = route;
  const causes = causesOf(simulation, path, branches[taken]!.if, path.length);
  // Take the causes' choices back (every flag they set), try the branches again, and repeat.
  const setters = settersBefore(simulation, path, path.length);
  const removed = new Set(causes.map((cause) => cause.step));
  const otherwise: OtherEnding[] = [];
  for (let round = 0; round < branches.length && removed.size > 0; round++) {
    const kept = new Map([...setters].map(([flag, list]) => [flag, list.filter((cause) => !removed.has(cause.step))] as const).filter(([, list]) => list.length > 0));
    const branch = branches.find((b) => holds(b.if, [...kept.keys()]));
    const ending = branch && nodes.get(branch.to);
    if (!branch || branch.if === undefined || !isEnding(ending)) break;
    const next = byStep(neededFlags(branch.if).flatMap((flag) => kept.get(flag) ?? []));
    if (next.length === 0) break;
    otherwise.push({ ending, causes: next });
    for (const cause of next) removed.add(cause.step);
  }
  return { causes, otherwise };
}

/**
 * Where each decision of a run landed: for every decision's path index, the later cards whose text
 * its flags changed and the routes they decided (including the one to the ending).
 */
export function landingsOf(simulation: SimulationData, path: readonly PathStep[]): Map<number, Landing[]> {
  const nodes = new Map(simulation.nodes.map((node) => [node.id, node]));
  const landings = new Map<number, Landing[]>();
  const add = (causes: Cause[], landing: Landing) => {
    for (const step of new Set(causes.map((cause) => cause.step))) {
      const list = landings.get(step) ?? [];
      if (!list.some((l) => l.kind === landing.kind && l.node.id === landing.node.id)) list.push(landing);
      landings.set(step, list);
    }
  };
  path.forEach((step, index) => {
    const node = nodes.get(step.node);
    if (!node) return;
    add(textCauses(simulation, path, node.id, index + (node.type === 'decision' ? 1 : 0)), { kind: 'text', step: index, node });
    const route = branchTaken(simulation, path, index);
    const branch = route?.branches[route.taken];
    const to = branch && nodes.get(branch.to);
    if (branch?.if !== undefined && to) add(causesOf(simulation, path, branch.if, index + 1), { kind: 'route', step: index, node: to });
  });
  return landings;
}

/** A place in the file where a flag makes a difference: a card's text, or a route. */
export interface FlagUse {
  kind: 'text' | 'route';
  /** The card whose text changes, or the node the route leaves from. */
  node: InjectNode | DecisionNode;
  /** For a route: the node it leads to. */
  to?: SimulationNode;
}

/** Every place in the simulation that tests one of these flags (for the trainer's script: what a choice can change later). */
export function usesOfFlags(simulation: SimulationData, flags: readonly string[]): FlagUse[] {
  const nodes = new Map(simulation.nodes.map((node) => [node.id, node]));
  const tests = (condition: Condition | undefined) => neededFlags(condition).some((flag) => flags.includes(flag));
  return simulation.nodes.flatMap((node): FlagUse[] => {
    if (node.type === 'ending') return [];
    const text: FlagUse[] = (node.variants ?? []).some((variant) => tests(variant.if)) ? [{ kind: 'text', node }] : [];
    const routes: FlagUse[] = routesOf(node)
      .filter((route) => tests(route.if))
      .map((route) => ({ kind: 'route', node, to: nodes.get(route.to) }));
    return [...text, ...routes.filter((use, index) => routes.findIndex((u) => u.to?.id === use.to?.id) === index)];
  });
}

/** How many decisions lie ahead of a node on the shortest and the longest way to an ending (conditions aside). */
export function decisionsAhead(simulation: SimulationData, from: string): { min: number; max: number } {
  const nodes = new Map(simulation.nodes.map((node) => [node.id, node]));
  const memo = new Map<string, { min: number; max: number }>();
  const walk = (id: string, seen: ReadonlySet<string>): { min: number; max: number } => {
    const node = nodes.get(id);
    if (!node || isEnding(node) || seen.has(id)) return { min: 0, max: 0 };
    const known = memo.get(id);
    if (known) return known;
    const own = node.type === 'decision' ? 1 : 0;
    const ahead = [...new Set(routesOf(node).map((route) => route.to))].map((to) => walk(to, new Set([...seen, id])));
    const result = { min: own + Math.min(...ahead.map((a) => a.min)), max: own + Math.max(...ahead.map((a) => a.max)) };
    memo.set(id, result);
    return result;
  };
  return walk(from, new Set());
}
