import { quizHash } from '../quiz/quiz-hash.ts';
import { isDecision } from './definition.ts';
import { SIMULATION_MACHINE_VERSION, stateValueOf, type SaveRequest, type SimulationContext, type SimulationMachine } from './simulation-machine.ts';
import type { SimulationData } from './simulation-types.ts';

/**
 * A run in progress as the progress store keeps it (its `SimulationSnapshot`): the machine version
 * and simulation fingerprint it was played with, and `state`, which only this module reads and writes.
 */
export interface SavedRun {
  machineVersion: number;
  simulationHash: string;
  state: unknown;
}

/** Why a saved run was not resumed. */
export type DropReason = 'changed' | 'unreadable';

export type ResumeOutcome = { resumed: ReturnType<SimulationMachine['resolveState']> } | { dropped: DropReason };

/** A stable fingerprint of what a run depends on: the roles and the nodes (not the title or the sources). */
export const simulationHash = (simulation: SimulationData): string => quizHash({ roles: simulation.roles.map((r) => r.track), start: simulation.start, nodes: simulation.nodes });

/** What to save for a machine's save request. */
export function toSavedRun(request: SaveRequest, hash: string): SavedRun {
  return { machineVersion: SIMULATION_MACHINE_VERSION, simulationHash: hash, state: { context: request.context } };
}

/**
 * Rebuilds the machine snapshot of a saved run, or says why it cannot: it must come from this engine
 * version and this exact simulation, and every id in it must fit the simulation. Never throws.
 */
export function resumeRun(machine: SimulationMachine, simulation: SimulationData, hash: string, saved: SavedRun): ResumeOutcome {
  if (saved.machineVersion !== SIMULATION_MACHINE_VERSION || saved.simulationHash !== hash) return { dropped: 'changed' };
  const context = (saved.state as { context?: unknown } | null)?.context;
  if (!isContextOf(simulation, context)) return { dropped: 'unreadable' };
  try {
    return { resumed: machine.resolveState({ value: stateValueOf(simulation, context), context }) };
  } catch {
    return { dropped: 'unreadable' };
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** Checks a saved context against the simulation: known roles, nodes and choices, and a state the run can stand in. */
function isContextOf(simulation: SimulationData, context: unknown): context is SimulationContext {
  if (!isRecord(context)) return false;
  const { seed, mode, role, colleagues, flags, path, at, pending, before } = context;
  const roles = simulation.roles.map((r) => r.track);
  const nodes = new Map(simulation.nodes.map((node) => [node.id, node]));
  const allFlags = new Set(simulation.nodes.flatMap((node) => (isDecision(node) ? node.choices.flatMap((c) => c.sets ?? []) : [])));
  if (!Number.isInteger(seed)) return false;
  if (mode !== null && mode !== 'solo' && mode !== 'facilitated') return false;
  if (mode === 'solo' ? !roles.includes(role as string) : role !== null) return false;
  if (!isRecord(colleagues) || !Object.entries(colleagues).every(([track, persona]) => roles.includes(track) && track !== role && (persona === 'best' || persona === 'silo'))) return false;
  if (!isStringArray(flags) || !flags.every((flag) => allFlags.has(flag))) return false;
  if (before !== null && !(isStringArray(before) && before.every((flag) => flags.includes(flag)))) return false;
  if (!Array.isArray(path)) return false;
  for (const step of path) {
    if (!isRecord(step)) return false;
    const node = nodes.get(step.node as string);
    if (!node || node.type === 'ending') return false;
    if (node.type === 'inject' && (step.choice !== undefined || step.by !== undefined)) return false;
    if (isDecision(node) && (!node.choices.some((c) => c.id === step.choice) || !['you', 'colleague', 'room'].includes(step.by as string))) return false;
  }
  if (at === null) return mode === null && pending === null && before === null && path.length === 0;
  const current = nodes.get(at as string);
  if (!current || mode === null) return false;
  if (pending !== null && !(isDecision(current) && current.choices.some((c) => c.id === pending))) return false;
  if ((pending === null) !== (before === null)) return false;
  return true;
}
