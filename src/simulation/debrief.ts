import { conditionTests, injectRoles, isDecision, shownText, testedFlag } from './definition.ts';
import type { DecidedBy, PathStep, Persona } from './simulation-machine.ts';
import type { Channel, Condition, DecisionChoice, DecisionNode, InjectNode, SimulationData } from './simulation-types.ts';

/** How each channel is named on screen. */
export const CHANNEL_LABELS: Record<Channel, string> = {
  post: 'Post',
  reply: 'Replies',
  dm: 'Direct message',
  call: 'Phone call',
  email: 'Email',
  chat: 'Team chat',
  news: 'News',
  alert: 'Alert',
  video: 'Video',
  ticket: 'Care queue',
  message: 'Text message',
};

/** How a choice stands against good practice, as the debrief words it. */
export type PracticeMark = 'best' | 'silo' | 'other';
export const PRACTICE_LABELS: Record<PracticeMark, string> = { best: 'By the book', silo: 'Acting alone', other: 'Another way' };
export const PERSONA_LABELS: Record<Persona, string> = { best: 'played by the book', silo: 'acted alone, in a silo' };
export const DECIDED_BY_LABELS: Record<DecidedBy, string> = { you: 'you', colleague: 'the course, for a colleague', room: 'the room' };

/** The job title of a role taking part (its track id if unknown). */
export const roleName = (simulation: SimulationData, track: string) => simulation.roles.find((role) => role.track === track)?.name ?? track;

/** Whose desk an inject lands on, in words. */
export function deskOf(simulation: SimulationData, inject: InjectNode): string {
  if (inject.for === 'all') return 'Everyone';
  return injectRoles(inject.for, []).map((track) => roleName(simulation, track)).join(', ');
}

export type FeedItem =
  | { kind: 'inject'; node: InjectNode; text: string }
  | { kind: 'decision'; node: DecisionNode; choice: DecisionChoice; by: DecidedBy; mark: PracticeMark };

/**
 * The run so far, as it happened: each inject with the text it showed at the time (the flags set
 * before it), and each decision with the choice made and how it stands against good practice.
 */
export function feedOf(simulation: SimulationData, path: readonly PathStep[]): FeedItem[] {
  const nodes = new Map(simulation.nodes.map((node) => [node.id, node]));
  const flags: string[] = [];
  const items: FeedItem[] = [];
  for (const step of path) {
    const node = nodes.get(step.node);
    if (node?.type === 'inject') items.push({ kind: 'inject', node, text: shownText(node, flags) ?? node.text });
    if (isDecision(node)) {
      const choice = node.choices.find((c) => c.id === step.choice);
      if (!choice) continue;
      items.push({ kind: 'decision', node, choice, by: step.by ?? 'room', mark: choice.path ?? 'other' });
      flags.push(...(choice.sets ?? []));
    }
  }
  return items;
}

/** How many of a set of decisions went by the book. */
export const byTheBook = (items: readonly FeedItem[]) => items.filter((item) => item.kind === 'decision' && item.mark === 'best').length;

/**
 * A condition in a trainer's words: which earlier choices make it hold. "If the Head of care chose
 * 'Keep answering…' or …"; a `!flag` test reads "and none of: …".
 */
export function describeCondition(simulation: SimulationData, condition: Condition): string {
  const setters = (flag: string) =>
    simulation.nodes.flatMap((node) =>
      isDecision(node) ? node.choices.filter((c) => c.sets?.includes(flag)).map((c) => `the ${roleName(simulation, node.role)} chose “${c.text}”`) : [],
    );
  const parts = conditionTests(condition).map((test) => {
    const flag = testedFlag(test);
    const who = setters(flag);
    const list = who.length > 0 ? who.join(', or ') : `“${flag}” was set`;
    return test.startsWith('!') ? `unless ${list}` : `if ${list}`;
  });
  return parts.join('; and ');
}

/** Where a debrief links to, resolved at build time (titles, and hrefs with the base path; no href when the page is not built). */
export interface DebriefLinks {
  cases: Record<string, { title: string; href?: string }>;
  sections: Record<string, { label: string; href?: string }>;
}
