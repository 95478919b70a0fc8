/**
 * The shape of quiz data the engine reads. It mirrors the validated `Quiz` of
 * src/course/schemas/quiz.ts structurally, so the engine stays free of zod and Astro.
 */
export type QuestionType = 'single' | 'multiple' | 'truefalse' | 'scenario';

export interface QuizChoice {
  id: string;
  text: string;
  correct: boolean;
  /** Why this choice is right or wrong. */
  feedback: string;
}

export interface QuizQuestion {
  id: string;
  type: QuestionType;
  prompt: string;
  /** Scenario questions only: the situation the learner acts in. */
  situation?: string;
  /** The principle, shown after answering. */
  explanation: string;
  choices: QuizChoice[];
}

export interface QuizData {
  /** When present, shown before the first question with a "Start quiz" button. */
  intro?: string;
  /** Shuffle question order per attempt (choices are always shuffled). */
  shuffleQuestions: boolean;
  questions: QuizQuestion[];
}
