/**
 * The shape of quiz data the engine reads. It mirrors the validated `Quiz` of
 * src/course/schemas/quiz.ts structurally, so the engine stays free of zod and Astro.
 */
export type QuestionType = 'single' | 'multiple' | 'truefalse' | 'scenario';

/** A choice as the learner sees it. */
export interface AskedChoice {
  id: string;
  text: string;
}

/** A question as the learner sees it: what an attempt needs, with no key and no feedback. */
export interface AskedQuestion {
  id: string;
  type: QuestionType;
  prompt: string;
  /** Scenario questions only: the situation the learner acts in. */
  situation?: string;
  choices: AskedChoice[];
}

export interface QuizChoice extends AskedChoice {
  correct: boolean;
  /** Why this choice is right or wrong. */
  feedback: string;
}

/** A practice question: the key and the feedback travel with it. */
export interface QuizQuestion extends AskedQuestion {
  /** The principle, shown after answering. */
  explanation: string;
  /** Anchor of the lesson heading that teaches it (the result links there). */
  section?: string;
  choices: QuizChoice[];
}

export interface QuizData<Q extends AskedQuestion = QuizQuestion> {
  /** When present, shown before the first question with a "Start quiz" button. */
  intro?: string;
  /** Shuffle question order per attempt (choices are always shuffled). */
  shuffleQuestions: boolean;
  /** Ask this many questions per attempt, drawn afresh from the pool; all when absent. */
  draw?: number;
  questions: Q[];
}
