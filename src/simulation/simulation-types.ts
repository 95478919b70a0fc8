/**
 * The simulation data the engine reads: structurally the validated `Simulation` of
 * `src/course/schemas/simulation.ts` (a type test keeps the two in step), without zod, so the
 * browser bundle carries none of the schema code.
 */

/** A flag test: `flag` holds when the flag is set, `!flag` when it is not. A list holds when every test does. */
export type Condition = string | readonly string[];

/** Where a node leads: one node id, or branches tried in order (every branch but the last has an `if`). */
export type Next = string | readonly NextBranch[];
export interface NextBranch {
  if?: Condition;
  to: string;
}

/** The way something reaches a desk. */
export const CHANNELS = ['post', 'reply', 'dm', 'call', 'email', 'chat', 'news', 'alert', 'video', 'ticket', 'message'] as const;
export type Channel = (typeof CHANNELS)[number];

/** A role taking part: a track, the job title the player takes on, and what they own. */
export interface SimulationRole {
  track: string;
  name: string;
  brief: string;
}

/** Text shown instead of the node's own when the condition holds (the first match wins). */
export interface TextVariant {
  if: Condition;
  text: string;
}

/** Something lands on a desk: a post, a DM, a call, a news alert. */
export interface InjectNode {
  id: string;
  type: 'inject';
  /** Clock time, "09:12". */
  at: string;
  /** The role or roles whose desk it lands on, or `all`. */
  for: string | readonly string[];
  channel: Channel;
  from: string;
  /** One line for the clock. */
  headline: string;
  text: string;
  variants?: readonly TextVariant[];
  next: Next;
}

/** How a choice relates to good practice: the course plays `best` or `silo` for a role no one plays. */
export type ChoicePath = 'best' | 'silo';

export interface DecisionChoice {
  id: string;
  text: string;
  /** What happens at once, shown after choosing. */
  outcome: string;
  path?: ChoicePath;
  /** Flags this choice sets, which later nodes test. */
  sets?: readonly string[];
  next: Next;
}

/** One role decides. */
export interface DecisionNode {
  id: string;
  type: 'decision';
  at: string;
  role: string;
  /** What is being decided, in a few words (what the other roles see). */
  headline: string;
  situation?: string;
  /** Shown instead of `situation` when their condition holds. */
  variants?: readonly TextVariant[];
  prompt: string;
  choices: readonly DecisionChoice[];
}

export type EndingRating = 'good' | 'mixed' | 'poor';

/** How the incident ends, and the debrief. */
export interface EndingNode {
  id: string;
  type: 'ending';
  at?: string;
  title: string;
  rating: EndingRating;
  /** What happened, in a few sentences. */
  happened: string;
  /** What the real cases say: case study ids and what each teaches here. */
  cases: readonly { id: string; says: string }[];
  /** Module sections to read, as `/tracks/<track>/<slug>/#<anchor>`. */
  sections: readonly { link: string; why: string }[];
  /** What each role could have done, by track id. */
  roles: Readonly<Record<string, string>>;
  /** Statements about law, platforms or prices, with the month they were true. */
  asOf?: readonly { date: string; text: string }[];
}

export type SimulationNode = InjectNode | DecisionNode | EndingNode;

export interface SimulationData {
  title: string;
  summary: string;
  /** When it happens, e.g. "A Tuesday in December, New York time". */
  when: string;
  /** The opening briefing: the company and the morning so far. */
  setting: string;
  /** Minutes a solo run takes. */
  minutes: number;
  roles: readonly SimulationRole[];
  /** The first node (default: the first in the list). */
  start?: string;
  nodes: readonly SimulationNode[];
  /** Questions for the debrief. */
  discussion: readonly string[];
}
