import type { Condition, DecisionNode, EndingNode, Next, NextBranch, SimulationData, SimulationNode, TextVariant } from './simulation-types.ts';

/** The flag tests of a condition, as a list. */
export const conditionTests = (condition: Condition | undefined): readonly string[] =>
  condition === undefined ? [] : typeof condition === 'string' ? [condition] : condition;

/** The flag a test names, without its `!`. */
export const testedFlag = (test: string) => test.replace(/^!/, '');

/** Whether a condition holds for the flags that are set (no condition always holds). */
export function holds(condition: Condition | undefined, flags: readonly string[]): boolean {
  return conditionTests(condition).every((test) => (test.startsWith('!') ? !flags.includes(test.slice(1)) : flags.includes(test)));
}

/** A `next` as branches tried in order. */
export const branchesOf = (next: Next): readonly NextBranch[] => (typeof next === 'string' ? [{ to: next }] : next);

/** Where a node may lead, with the choice that leads there (decisions) and the branch's index. */
export interface Route {
  choice?: string;
  /** Index of the branch in `next` when `next` is a list. */
  branch?: number;
  if?: Condition;
  to: string;
}

export function routesOf(node: SimulationNode): Route[] {
  const fromNext = (next: Next, choice?: string): Route[] =>
    branchesOf(next).map((branch, index) => ({
      ...(choice === undefined ? {} : { choice }),
      ...(typeof next === 'string' ? {} : { branch: index }),
      ...(branch.if === undefined ? {} : { if: branch.if }),
      to: branch.to,
    }));
  if (node.type === 'inject') return fromNext(node.next);
  if (node.type === 'decision') return node.choices.flatMap((choice) => fromNext(choice.next, choice.id));
  return [];
}

/** The first node of a simulation. */
export const startOf = (simulation: SimulationData): string => simulation.start ?? simulation.nodes[0]?.id ?? '';

export const isEnding = (node: SimulationNode | undefined): node is EndingNode => node?.type === 'ending';
export const isDecision = (node: SimulationNode | undefined): node is DecisionNode => node?.type === 'decision';

/** The text an inject or decision shows for these flags: the first variant whose condition holds, else its own. */
export function shownText(node: SimulationNode, flags: readonly string[]): string | undefined {
  const own = node.type === 'inject' ? node.text : node.type === 'decision' ? node.situation : undefined;
  const variants: readonly TextVariant[] = node.type === 'ending' ? [] : (node.variants ?? []);
  return variants.find((variant) => holds(variant.if, flags))?.text ?? own;
}

/** The flags a node tests itself: in its routes, and (unless `routesOnly`) in its text variants. */
export function flagsTestedAt(node: SimulationNode, routesOnly = false): Set<string> {
  const variants = node.type === 'ending' || routesOnly ? [] : (node.variants ?? []);
  const tests = [...routesOf(node).flatMap((route) => conditionTests(route.if)), ...variants.flatMap((v) => conditionTests(v.if))];
  return new Set(tests.map(testedFlag));
}

/**
 * For every node, the flags that can still change where a play goes from there: tested by a route
 * of the node itself or of a node it can lead to. Two plays standing at the same node with the same
 * live flags have the same future, so the graph check treats them as one state. (Text variants
 * change what a role reads, not where the play goes, so they are left out.)
 */
export function liveFlags(simulation: SimulationData): Map<string, Set<string>> {
  const byId = new Map(simulation.nodes.map((node) => [node.id, node]));
  const live = new Map(simulation.nodes.map((node) => [node.id, flagsTestedAt(node, true)]));
  // A fixed point, so a (faulty) loop still terminates.
  for (let changed = true; changed; ) {
    changed = false;
    for (const node of simulation.nodes) {
      const mine = live.get(node.id)!;
      for (const route of routesOf(node)) {
        for (const flag of byId.has(route.to) ? live.get(route.to)! : []) {
          if (!mine.has(flag)) {
            mine.add(flag);
            changed = true;
          }
        }
      }
    }
  }
  return live;
}

/** The role or roles an inject lands with. */
export const injectRoles = (forRoles: string | readonly string[], all: readonly string[]): readonly string[] =>
  forRoles === 'all' ? all : typeof forRoles === 'string' ? [forRoles] : forRoles;
