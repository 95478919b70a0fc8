import { isDecision, shownText } from './definition.ts';
import { playThrough } from './run.ts';
import type { Persona } from './simulation-machine.ts';
import type { SimulationData } from './simulation-types.ts';

const words = (text: string | undefined) => (text ?? '').split(/\s+/).filter(Boolean).length;

/** Reading speed, as for modules. */
export const WORDS_PER_MINUTE = 200;
/** Time to weigh a decision of one's own, on top of reading it. */
export const MINUTES_PER_DECISION = 1;

export interface SoloEstimate {
  role: string;
  /** The learner's own choices and the colleagues' personas on this run. */
  learner: Persona;
  colleagues: Persona;
  decisions: number;
  words: number;
  minutes: number;
}

/**
 * How long a solo run takes, for every role, with the learner and the colleagues each playing all
 * best or all silo (four runs a role): what the learner reads (the briefing, every inject as it
 * lands, their own decisions in full with the outcome, a line per colleague decision, the debrief
 * with the whole path) at 200 words a minute, plus a minute per own decision.
 */
export function soloEstimates(simulation: SimulationData): SoloEstimate[] {
  const nodes = new Map(simulation.nodes.map((node) => [node.id, node]));
  const roles = simulation.roles.map((r) => r.track);
  const estimates: SoloEstimate[] = [];
  for (const role of roles) {
    for (const learner of ['best', 'silo'] as const) {
      for (const colleagues of ['best', 'silo'] as const) {
        const { ending, context } = playThrough(simulation, {
          mode: 'solo',
          role,
          colleagues: Object.fromEntries(roles.filter((r) => r !== role).map((r) => [r, colleagues])),
          choose: (node) => node.choices.find((c) => c.path === learner)!.id,
        });
        let count = words(simulation.setting) + words(simulation.roles.find((r) => r.track === role)?.brief);
        let decisions = 0;
        const flags: string[] = [];
        for (const step of context.path) {
          const node = nodes.get(step.node)!;
          if (node.type === 'inject') count += words(node.headline) + words(shownText(node, flags)) + words(node.from);
          if (isDecision(node)) {
            const choice = node.choices.find((c) => c.id === step.choice)!;
            // The debrief lists every decision with its choice and outcome.
            count += words(node.headline) + words(choice.text) + words(choice.outcome);
            if (step.by === 'you') {
              decisions++;
              count += words(shownText(node, flags)) + words(node.prompt) + node.choices.reduce((sum, c) => sum + words(c.text), 0) + words(choice.outcome);
            }
            flags.push(...(choice.sets ?? []));
          }
        }
        const end = nodes.get(ending ?? '');
        if (end?.type === 'ending') {
          count += words(end.title) + words(end.happened) + end.cases.reduce((s, c) => s + words(c.says), 0) + end.sections.reduce((s, c) => s + words(c.why), 0);
          count += Object.values(end.roles).reduce((s, t) => s + words(t), 0) + simulation.discussion.reduce((s, q) => s + words(q), 0);
        }
        estimates.push({ role, learner, colleagues, decisions, words: count, minutes: count / WORDS_PER_MINUTE + decisions * MINUTES_PER_DECISION });
      }
    }
  }
  return estimates;
}

/** The shortest and longest solo run, in whole minutes. */
export function soloMinutesRange(simulation: SimulationData): { min: number; max: number } {
  const minutes = soloEstimates(simulation).map((e) => e.minutes);
  return { min: Math.floor(Math.min(...minutes)), max: Math.ceil(Math.max(...minutes)) };
}
