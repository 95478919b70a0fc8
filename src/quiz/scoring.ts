import type { AskedQuestion, QuizQuestion } from './quiz-types.ts';

/** Whether picks answer a question rightly (all-or-nothing). */
export type Grader<Q extends AskedQuestion = QuizQuestion> = (question: Q, picks: readonly string[]) => boolean;

/** The score of one finished attempt. */
export interface QuizScore {
  correct: number;
  total: number;
  /** correct / total, 0–1. */
  score: number;
  passed: boolean;
}

/** The ids of a question's right choices. */
export const rightChoiceIds = (question: QuizQuestion) => question.choices.filter((c) => c.correct).map((c) => c.id);

/** All-or-nothing: the picks must be exactly the right choices (one for single-answer types). */
export function isAnswerRight(question: QuizQuestion, picks: readonly string[]): boolean {
  const right = new Set(rightChoiceIds(question));
  const picked = new Set(picks);
  return picked.size === right.size && [...picked].every((id) => right.has(id));
}

/** A share of right answers passes when it reaches the pass mark (tolerating float rounding: 4/5 passes 0.8). */
export function meetsPassMark(correct: number, total: number, passMark: number): boolean {
  return total > 0 && correct >= passMark * total - 1e-9;
}

/** Scores submitted answers (question id → picked choice ids) against the questions asked. */
export function scoreAnswers<Q extends AskedQuestion = QuizQuestion>(
  questions: readonly Q[],
  answers: Readonly<Record<string, readonly string[]>>,
  passMark: number,
  grade: Grader<Q> = isAnswerRight as unknown as Grader<Q>,
): QuizScore {
  const total = questions.length;
  const correct = questions.filter((q) => grade(q, answers[q.id] ?? [])).length;
  return { correct, total, score: total === 0 ? 0 : correct / total, passed: meetsPassMark(correct, total, passMark) };
}

/** How one choice fared in an answer: what feedback to show beside it. */
export type ChoiceVerdict =
  /** Picked and right. */
  | 'picked-right'
  /** Picked but wrong. */
  | 'picked-wrong'
  /** Right but not picked. */
  | 'missed'
  /** Neither picked nor right. */
  | 'unpicked';

export function choiceVerdict(choice: { correct: boolean; id: string }, picks: readonly string[]): ChoiceVerdict {
  const picked = picks.includes(choice.id);
  if (picked) return choice.correct ? 'picked-right' : 'picked-wrong';
  return choice.correct ? 'missed' : 'unpicked';
}

/** A question answered wrongly in an attempt, for the result's review list. */
export interface MissedQuestion {
  question: QuizQuestion;
  /** What the learner picked (ids). */
  picks: string[];
}

/** The questions an attempt got wrong, in the order they were asked. */
export function missedQuestions(questionsAsked: readonly QuizQuestion[], answers: Readonly<Record<string, readonly string[]>>): MissedQuestion[] {
  return questionsAsked
    .map((question) => ({ question, picks: [...(answers[question.id] ?? [])] }))
    .filter(({ question, picks }) => !isAnswerRight(question, picks));
}

/**
 * Choice feedback without a verdict of its own at the start ("Not quite.", "Correct.", "Right:" …):
 * the label beside it ("Your answer: wrong") and the verdict under the question already say it, so
 * authors' "Not quite." would be shown twice.
 */
export function withoutVerdict(feedback: string): string {
  const rest = feedback.replace(/^\s*(?:not quite|correct|incorrect|right|wrong|exactly|yes|no)\s*[.!:,;—–-]+\s*/i, '');
  return rest ? rest.charAt(0).toUpperCase() + rest.slice(1) : feedback;
}
