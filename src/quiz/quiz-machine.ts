import { assign, setup } from 'xstate';
import type { QuizData, QuizQuestion } from './quiz-types.ts';
import { isAnswerRight, scoreAnswers, type QuizScore } from './scoring.ts';
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
  /** Question ids in the order this attempt asks them. */
  questionOrder: string[];
  /** Per question id, its choice ids in the order this attempt shows them. */
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
  | { type: 'quiz.retake' };

export interface QuizInput {
  /** Seed of the first attempt (inject a fixed one in tests). */
  seed: number;
  /** Scores of earlier attempts: when there are some, the quiz opens on the last one. */
  history?: QuizScore[];
}

/** The states a saved attempt can be resumed in. */
export const RESUMABLE_STATES = ['intro', 'question', 'feedback'] as const;
export type ResumableState = (typeof RESUMABLE_STATES)[number];

/** Where the page should move focus after a change. */
export type FocusTarget = 'question' | 'feedback' | 'result';

/** What the page should announce (it chooses the words). */
export type Announcement = { kind: 'feedback'; right: boolean } | { kind: 'result'; score: QuizScore };

/** What the page should save: enough to rebuild the machine where it stands. */
export interface SaveRequest {
  state: ResumableState;
  context: QuizContext;
}

/** The order of one attempt: questions (shuffled unless the quiz says not to) and each one's choices. */
export function attemptOrder(quiz: QuizData, seed: number): Pick<QuizContext, 'questionOrder' | 'choiceOrder'> {
  const random = seededRandom(seed);
  const ids = quiz.questions.map((q) => q.id);
  const questionOrder = quiz.shuffleQuestions ? shuffle(ids, random) : ids;
  const choiceOrder = Object.fromEntries(quiz.questions.map((q) => [q.id, shuffle(q.choices.map((c) => c.id), random)]));
  return { questionOrder, choiceOrder };
}

const freshAttempt = (quiz: QuizData, seed: number) => ({ seed, ...attemptOrder(quiz, seed), current: 0, selection: [], answers: {} });

/**
 * The quiz engine for one quiz: intro → question → feedback → … → result → retake.
 * The quiz itself is fixed per machine, so the context (and thus a saved attempt) holds only what the
 * learner did. Effects belong to the page and are no-ops here: give them with `.provide({ actions })`.
 */
export function createQuizMachine(quiz: QuizData, passMark: number) {
  const questions = new Map(quiz.questions.map((q) => [q.id, q]));
  const currentQuestion = (context: QuizContext): QuizQuestion | undefined => questions.get(context.questionOrder[context.current] ?? '');
  const save = (state: ResumableState) => ({ type: 'save', params: ({ context }: { context: QuizContext }): SaveRequest => ({ state, context }) }) as const;

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
        on: { 'quiz.retake': { target: 'question', actions: ['retake', save('question'), { type: 'focus', params: 'question' }] } },
      },
      intro: {
        on: { 'quiz.start': { target: 'question', actions: { type: 'focus', params: 'question' } } },
      },
      question: {
        tags: 'answering',
        on: {
          'answer.select': { guard: 'isChoiceOfCurrentQuestion', actions: { type: 'select', params: ({ event }) => event } },
          'answer.submit': {
            guard: 'hasSelection',
            target: 'feedback',
            actions: [
              assign({ answers: ({ context }) => ({ ...context.answers, [context.questionOrder[context.current]!]: context.selection }) }),
              save('feedback'),
              {
                type: 'announce',
                params: ({ context }) => ({ kind: 'feedback', right: isAnswerRight(currentQuestion(context)!, context.selection) }),
              },
              { type: 'focus', params: 'feedback' },
            ],
          },
        },
      },
      feedback: {
        tags: 'reviewing',
        on: {
          'quiz.next': {
            guard: 'hasMoreQuestions',
            target: 'question',
            actions: [assign({ current: ({ context }) => context.current + 1, selection: [] }), save('question'), { type: 'focus', params: 'question' }],
          },
          'quiz.finish': {
            guard: 'isLastQuestion',
            target: 'result',
            actions: [
              assign({
                history: ({ context }) => [...context.history, scoreAnswers(context.questionOrder.map((id) => questions.get(id)!), context.answers, passMark)],
              }),
              { type: 'recordResult', params: ({ context }) => context.history.at(-1)! },
              { type: 'announce', params: ({ context }) => ({ kind: 'result', score: context.history.at(-1)! }) },
              { type: 'focus', params: 'result' },
            ],
          },
        },
      },
      result: {
        tags: 'finished',
        on: { 'quiz.retake': { target: 'question', actions: ['retake', save('question'), { type: 'focus', params: 'question' }] } },
      },
    },
  });
}

export type QuizMachine = ReturnType<typeof createQuizMachine>;
