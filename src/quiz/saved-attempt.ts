import { QUIZ_MACHINE_VERSION, RESUMABLE_STATES, type QuizContext, type QuizMachine, type ResumableState, type SaveRequest } from './quiz-machine.ts';
import type { QuizData } from './quiz-types.ts';

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
export function resumeAttempt(machine: QuizMachine, quiz: QuizData, quizHash: string, saved: SavedAttempt): ResumeOutcome {
  if (saved.machineVersion !== QUIZ_MACHINE_VERSION || saved.quizHash !== quizHash) return { dropped: 'changed' };
  const state = saved.state as { value?: unknown; context?: unknown } | null;
  if (!state || typeof state !== 'object' || !isResumableState(state.value) || !isContextOf(quiz, state.value, state.context)) {
    return { dropped: 'unreadable' };
  }
  try {
    return { resumed: machine.resolveState({ value: state.value, context: state.context }) };
  } catch {
    return { dropped: 'unreadable' };
  }
}

const isResumableState = (value: unknown): value is ResumableState => RESUMABLE_STATES.includes(value as ResumableState);

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

/** Checks a saved context against the quiz: same questions and choices, a current question that exists, answers that fit. */
function isContextOf(quiz: QuizData, state: ResumableState, context: unknown): context is QuizContext {
  if (!isRecord(context)) return false;
  const { seed, questionOrder, choiceOrder, current, selection, answers, history } = context;
  const questionIds = quiz.questions.map((q) => q.id);
  if (!Number.isInteger(seed) || !isPermutationOf(questionOrder, questionIds)) return false;
  if (!isRecord(choiceOrder) || !quiz.questions.every((q) => isPermutationOf(choiceOrder[q.id], q.choices.map((c) => c.id)))) return false;
  if (!Number.isInteger(current) || (current as number) < 0 || (current as number) >= questionIds.length) return false;
  const order = questionOrder as string[];
  const currentQuestion = quiz.questions.find((q) => q.id === order[current as number])!;
  const choiceIdsOf = (id: string) => quiz.questions.find((q) => q.id === id)?.choices.map((c) => c.id) ?? [];
  if (!isSubsetOf(selection, currentQuestion.choices.map((c) => c.id))) return false;
  if (!isRecord(answers) || !Object.entries(answers).every(([id, picks]) => questionIds.includes(id) && isSubsetOf(picks, choiceIdsOf(id)))) return false;
  // Answers are given in order: exactly the questions before the current one (and it too once submitted).
  const answered = order.slice(0, (current as number) + (state === 'feedback' ? 1 : 0));
  if (!isPermutationOf(Object.keys(answers), answered)) return false;
  return Array.isArray(history) && history.every(isScore);
}
