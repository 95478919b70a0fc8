import { assign, setup } from 'xstate';
import type { AskedQuestion, QuizData, QuizQuestion } from './quiz-types.ts';
import { isAnswerRight, scoreAnswers, type Grader, type QuizScore } from './scoring.ts';
import { nextSeed, seededRandom, shuffle } from './shuffle.ts';

/**
 * Bump when the context shape or state names change: saved attempts of another version are dropped
 * instead of being resumed into a machine that does not understand them.
 */
export const QUIZ_MACHINE_VERSION = 1;

/** What the learner has done so far. JSON-safe: it is what gets saved and resumed. */
export interface QuizContext {
  /** Seed of the current attempt; the question and choice order derive from it. */
  seed: number;
  /** Question ids in the order this attempt asks them: the whole pool, or the questions drawn from it. */
  questionOrder: string[];
  /** Per question id asked, its choice ids in the order this attempt shows them. */
  choiceOrder: Record<string, string[]>;
  /** Index into `questionOrder` of the question on screen. */
  current: number;
  /** Picks on the current question, not yet submitted. */
  selection: string[];
  /** Submitted answers of this attempt: question id → picked choice ids. */
  answers: Record<string, string[]>;
  /** Scores of finished attempts, oldest first (including those before this page load). */
  history: QuizScore[];
}

export type QuizEvent =
  | { type: 'quiz.start' }
  /** Picks a choice. On a `multiple` question `selected: false` unpicks it; omitted, it toggles. */
  | { type: 'answer.select'; choiceId: string; selected?: boolean }
  | { type: 'answer.submit' }
  | { type: 'quiz.next' }
  | { type: 'quiz.finish' }
  /** Exam mode: back to the previous question (or from the confirmation to the last one). */
  | { type: 'quiz.back' }
  | { type: 'quiz.retake' };

export interface QuizInput {
  /** Seed of the first attempt (inject a fixed one in tests). */
  seed: number;
  /** Scores of earlier attempts: when there are some, the quiz opens on the last one. */
  history?: QuizScore[];
}

/** The states a saved attempt can be resumed in. */
export const RESUMABLE_STATES = ['intro', 'question', 'feedback', 'confirm'] as const;
export type ResumableState = (typeof RESUMABLE_STATES)[number];

/** Where the page should move focus after a change. */
export type FocusTarget = 'question' | 'feedback' | 'confirm' | 'result';

/** What the page should announce (it chooses the words). */
export type Announcement = { kind: 'feedback'; right: boolean } | { kind: 'result'; score: QuizScore };

/** What the page should save: enough to rebuild the machine where it stands. */
export interface SaveRequest {
  state: ResumableState;
  context: QuizContext;
}

/**
 * How the learner meets the questions:
 * - practice (module quizzes): feedback after every answer;
 * - exam (final checks): no feedback and no score until the whole attempt is submitted; the
 *   learner may go back and change answers before that.
 */
export type QuizMode = 'practice' | 'exam';

export interface QuizMachineOptions<Q extends AskedQuestion> {
  mode?: QuizMode;
  /**
   * Whether picks answer a question rightly. Defaults to the keys in the quiz data; a final check,
   * whose data carries no keys, grades against hashed keys instead (final-check.ts).
   */
  grade?: Grader<Q>;
}

/** Questions an attempt asks: `draw` of the pool, or all of it. */
export const questionsAsked = (quiz: Pick<QuizData<AskedQuestion>, 'draw' | 'questions'>) => Math.min(quiz.draw ?? quiz.questions.length, quiz.questions.length);

/**
 * The order of one attempt, from its seed alone: which questions it asks (a draw from the pool when
 * the quiz sets `draw`), in which order (shuffled unless the quiz says not to), and each one's
 * choices (always shuffled).
 */
export function attemptOrder(quiz: QuizData<AskedQuestion>, seed: number): Pick<QuizContext, 'questionOrder' | 'choiceOrder'> {
  const random = seededRandom(seed);
  const ids = quiz.questions.map((q) => q.id);
  const count = questionsAsked(quiz);
  // Without a draw the generator is consumed exactly as before draws existed: same seed, same order.
  const drawn = count < ids.length ? new Set(shuffle(ids, random).slice(0, count)) : undefined;
  const asked = drawn ? ids.filter((id) => drawn.has(id)) : ids;
  const questionOrder = quiz.shuffleQuestions ? shuffle(asked, random) : asked;
  const choiceOrder = Object.fromEntries(quiz.questions.filter((q) => !drawn || drawn.has(q.id)).map((q) => [q.id, shuffle(q.choices.map((c) => c.id), random)]));
  return { questionOrder, choiceOrder };
}

const freshAttempt = (quiz: QuizData<AskedQuestion>, seed: number) => ({ seed, ...attemptOrder(quiz, seed), current: 0, selection: [], answers: {} });

/**
 * The quiz engine for one quiz.
 * practice: intro → question → feedback → … → result → retake.
 * exam: intro → question → question … (back and forth) → confirm → result → retake.
 * The quiz itself is fixed per machine, so the context (and thus a saved attempt) holds only what the
 * learner did. Effects belong to the page and are no-ops here: give them with `.provide({ actions })`;
 * a page may also provide the `canRetake` guard (a final check's waiting time).
 */
export function createQuizMachine<Q extends AskedQuestion = QuizQuestion>(quiz: QuizData<Q>, passMark: number, options: QuizMachineOptions<Q> = {}) {
  const exam = options.mode === 'exam';
  const grade: Grader<Q> = options.grade ?? ((question, picks) => isAnswerRight(question as unknown as QuizQuestion, picks));
  const questions = new Map(quiz.questions.map((q) => [q.id, q]));
  const currentId = (context: QuizContext) => context.questionOrder[context.current]!;
  const currentQuestion = (context: QuizContext): Q | undefined => questions.get(currentId(context) ?? '');
  /** The submitted answers with the picks on screen as the current question's answer. */
  const withSelection = (context: QuizContext) => ({ ...context.answers, [currentId(context)]: context.selection });
  /** Moves to another question of the attempt, showing the answer already given to it (exam mode). */
  const moveBy = (context: QuizContext, step: 1 | -1) => {
    const answers = context.selection.length > 0 ? withSelection(context) : context.answers;
    const current = context.current + step;
    return { answers, current, selection: [...(answers[context.questionOrder[current]!] ?? [])] };
  };
  const save = (state: ResumableState) => ({ type: 'save', params: ({ context }: { context: QuizContext }): SaveRequest => ({ state, context }) }) as const;
  const focus = (target: FocusTarget) => ({ type: 'focus', params: target }) as const;

  return setup({
    types: {} as { context: QuizContext; events: QuizEvent; input: QuizInput },
    guards: {
      hasIntro: () => quiz.intro !== undefined,
      hasHistory: ({ context }) => context.history.length > 0,
      isChoiceOfCurrentQuestion: ({ context, event }) =>
        event.type === 'answer.select' && (currentQuestion(context)?.choices.some((c) => c.id === event.choiceId) ?? false),
      hasSelection: ({ context }) => context.selection.length > 0,
      hasMoreQuestions: ({ context }) => context.current < context.questionOrder.length - 1,
      isLastQuestion: ({ context }) => context.current === context.questionOrder.length - 1,
      hasPreviousQuestion: ({ context }) => context.current > 0,
      hasSelectionAndMoreQuestions: ({ context }) => context.selection.length > 0 && context.current < context.questionOrder.length - 1,
      /** Page-owned: a final check may ask the learner to wait before a retake. */
      canRetake: () => true,
    },
    actions: {
      select: assign({
        selection: ({ context }, event: { choiceId: string; selected?: boolean }) => {
          if (currentQuestion(context)?.type !== 'multiple') return [event.choiceId];
          const picked = event.selected ?? !context.selection.includes(event.choiceId);
          const others = context.selection.filter((id) => id !== event.choiceId);
          return picked ? [...others, event.choiceId] : others;
        },
      }),
      keepAnswer: assign({ answers: ({ context }) => withSelection(context) }),
      nextQuestion: assign(({ context }) => moveBy(context, 1)),
      previousQuestion: assign(({ context }) => moveBy(context, -1)),
      showKeptAnswer: assign({ selection: ({ context }) => [...(context.answers[currentId(context)] ?? [])] }),
      score: assign({
        history: ({ context }) => [...context.history, scoreAnswers(context.questionOrder.map((id) => questions.get(id)!), context.answers, passMark, grade)],
      }),
      retake: assign(({ context }) => freshAttempt(quiz, nextSeed(context.seed))),
      /** Persist the attempt (page-owned). */
      save: (_, _request: SaveRequest) => {},
      /** Record a finished attempt (page-owned); the page adds the date. */
      recordResult: (_, _score: QuizScore) => {},
      /** Say what changed through a live region (page-owned). */
      announce: (_, _announcement: Announcement) => {},
      /** Move focus to what changed (page-owned). */
      focus: (_, _target: FocusTarget) => {},
    },
  }).createMachine({
    id: 'quiz',
    context: ({ input }) => ({ ...freshAttempt(quiz, input.seed), history: input.history ?? [] }),
    initial: 'opening',
    states: {
      /** Chooses where a fresh page starts: the last result, the intro, or the first question. */
      opening: {
        always: [{ guard: 'hasHistory', target: 'recap' }, { guard: 'hasIntro', target: 'intro' }, { target: 'question' }],
      },
      /** The last finished attempt, from an earlier visit. */
      recap: {
        tags: 'finished',
        on: { 'quiz.retake': { guard: 'canRetake', target: 'question', actions: ['retake', save('question'), focus('question')] } },
      },
      intro: {
        on: { 'quiz.start': { target: 'question', actions: focus('question') } },
      },
      question: {
        tags: 'answering',
        on: {
          'answer.select': { guard: 'isChoiceOfCurrentQuestion', actions: { type: 'select', params: ({ event }) => event } },
          'answer.submit': exam
            ? [
                // Exam: the answer is kept, unmarked, and the next question (or the confirmation) follows.
                { guard: 'hasSelectionAndMoreQuestions', target: 'question', reenter: true, actions: ['nextQuestion', save('question'), focus('question')] },
                { guard: 'hasSelection', target: 'confirm', actions: ['keepAnswer', save('confirm'), focus('confirm')] },
              ]
            : {
                guard: 'hasSelection',
                target: 'feedback',
                actions: [
                  'keepAnswer',
                  save('feedback'),
                  { type: 'announce', params: ({ context }) => ({ kind: 'feedback', right: grade(currentQuestion(context)!, context.selection) }) },
                  focus('feedback'),
                ],
              },
          'quiz.back': exam ? { guard: 'hasPreviousQuestion', target: 'question', reenter: true, actions: ['previousQuestion', save('question'), focus('question')] } : undefined,
        },
      },
      feedback: {
        tags: 'reviewing',
        on: {
          'quiz.next': {
            guard: 'hasMoreQuestions',
            target: 'question',
            actions: [assign({ current: ({ context }) => context.current + 1, selection: [] }), save('question'), focus('question')],
          },
          'quiz.finish': { guard: 'isLastQuestion', target: 'result', actions: ['score', { type: 'recordResult', params: ({ context }) => context.history.at(-1)! }, { type: 'announce', params: ({ context }) => ({ kind: 'result', score: context.history.at(-1)! }) }, focus('result')] },
        },
      },
      /** Exam mode: every question answered; the learner submits the whole attempt or goes back. */
      confirm: {
        tags: 'confirming',
        on: {
          'quiz.back': { target: 'question', actions: ['showKeptAnswer', save('question'), focus('question')] },
          'quiz.finish': { target: 'result', actions: ['score', { type: 'recordResult', params: ({ context }) => context.history.at(-1)! }, { type: 'announce', params: ({ context }) => ({ kind: 'result', score: context.history.at(-1)! }) }, focus('result')] },
        },
      },
      result: {
        tags: 'finished',
        on: { 'quiz.retake': { guard: 'canRetake', target: 'question', actions: ['retake', save('question'), focus('question')] } },
      },
    },
  });
}

export type QuizMachine = ReturnType<typeof createQuizMachine<AskedQuestion>>;
