import { QUIZ_MACHINE_VERSION, RESUMABLE_STATES, questionsAsked, type QuizContext, type QuizMachine, type QuizMode, type ResumableState, type SaveRequest } from './quiz-machine.ts';
import type { AskedQuestion, QuizData } from './quiz-types.ts';

/**
 * An attempt in progress as the progress store keeps it (its `QuizSnapshot`): the machine version
 * and quiz fingerprint it was taken with, and `state`, which only this module reads and writes.
 */
export interface SavedAttempt {
  machineVersion: number;
  quizHash: string;
  state: unknown;
}

/** Why a saved attempt was not resumed. */
export type DropReason =
  /** The quiz or the engine changed since it was saved. */
  | 'changed'
  /** It does not describe a possible attempt on this quiz (damaged or hand-edited data). */
  | 'unreadable';

export type ResumeOutcome = { resumed: ReturnType<QuizMachine['resolveState']> } | { dropped: DropReason };

/** What to save for a machine's save request. */
export function toSavedAttempt(request: SaveRequest, quizHash: string): SavedAttempt {
  return { machineVersion: QUIZ_MACHINE_VERSION, quizHash, state: { value: request.state, context: request.context } };
}

/**
 * Rebuilds the machine snapshot of a saved attempt, or says why it cannot: it must come from this
 * engine version and this exact quiz, and every id and index in it must fit the quiz. Never throws.
 */
export function resumeAttempt(machine: QuizMachine, quiz: QuizData<AskedQuestion>, quizHash: string, saved: SavedAttempt, mode: QuizMode = 'practice'): ResumeOutcome {
  if (saved.machineVersion !== QUIZ_MACHINE_VERSION || saved.quizHash !== quizHash) return { dropped: 'changed' };
  const state = saved.state as { value?: unknown; context?: unknown } | null;
  if (!state || typeof state !== 'object' || !isResumableState(state.value, mode) || !isContextOf(quiz, state.value, state.context, mode)) {
    return { dropped: 'unreadable' };
  }
  try {
    return { resumed: machine.resolveState({ value: state.value, context: state.context }) };
  } catch {
    return { dropped: 'unreadable' };
  }
}

/** The states each mode can be saved in: practice has feedback, an exam its confirmation. */
const isResumableState = (value: unknown, mode: QuizMode): value is ResumableState =>
  RESUMABLE_STATES.includes(value as ResumableState) && value !== (mode === 'exam' ? 'feedback' : 'confirm');

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
const isPermutationOf = (value: unknown, ids: readonly string[]) =>
  isStringArray(value) && value.length === ids.length && new Set(value).size === ids.length && value.every((id) => ids.includes(id));
const isSubsetOf = (value: unknown, ids: readonly string[]) => isStringArray(value) && new Set(value).size === value.length && value.every((id) => ids.includes(id));
const isScore = (value: unknown) =>
  isRecord(value) &&
  Number.isInteger(value.correct) &&
  Number.isInteger(value.total) &&
  typeof value.score === 'number' &&
  typeof value.passed === 'boolean';

/**
 * Checks a saved context against the quiz: questions of its pool (as many as an attempt asks), each
 * with its own choices, a current question that exists, and answers that fit.
 */
function isContextOf(quiz: QuizData<AskedQuestion>, state: ResumableState, context: unknown, mode: QuizMode): context is QuizContext {
  if (!isRecord(context)) return false;
  const { seed, questionOrder, choiceOrder, current, selection, answers, history } = context;
  const byId = new Map(quiz.questions.map((q) => [q.id, q]));
  const poolIds = [...byId.keys()];
  if (!Number.isInteger(seed) || !isSubsetOf(questionOrder, poolIds) || (questionOrder as string[]).length !== questionsAsked(quiz)) return false;
  const order = questionOrder as string[];
  const choiceIdsOf = (id: string) => byId.get(id)?.choices.map((c) => c.id) ?? [];
  if (!isRecord(choiceOrder) || !isPermutationOf(Object.keys(choiceOrder), order) || !order.every((id) => isPermutationOf(choiceOrder[id], choiceIdsOf(id)))) return false;
  if (!Number.isInteger(current) || (current as number) < 0 || (current as number) >= order.length) return false;
  const at = current as number;
  if (!isSubsetOf(selection, choiceIdsOf(order[at]!))) return false;
  if (!isRecord(answers) || !Object.entries(answers).every(([id, picks]) => order.includes(id) && isSubsetOf(picks, choiceIdsOf(id)))) return false;
  const answered = Object.keys(answers);
  if (mode === 'practice') {
    // Answers are given in order: exactly the questions before the current one (and it too once submitted).
    if (!isPermutationOf(answered, order.slice(0, at + (state === 'feedback' ? 1 : 0)))) return false;
  } else {
    // An exam may go back: every question before the current one is answered; at the confirmation, all.
    const needed = state === 'confirm' ? order : order.slice(0, at);
    if (state === 'confirm' && at !== order.length - 1) return false;
    if (!needed.every((id) => answered.includes(id))) return false;
  }
  return Array.isArray(history) && history.every(isScore);
}
