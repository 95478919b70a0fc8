import { z } from 'astro/zod';
import { textSchema, trackIdSchema } from './common.ts';

const idSchema = z.string().regex(/^[A-Za-z0-9_-]+$/, 'must be letters, digits, - or _');

/** One answer option of a question. */
export const choiceSchema = z
  .object({
    id: idSchema,
    /** What the learner reads. */
    text: textSchema,
    /** Marks a right answer. */
    correct: z.boolean().default(false),
    /** Shown after answering: why this choice is right or wrong. */
    feedback: textSchema,
  })
  .strict();
export type Choice = z.infer<typeof choiceSchema>;

/** The anchor of a heading in the module: the section of the lesson a question tests. */
const sectionSchema = z
  .string({ error: (issue) => `${issue.input === undefined ? 'is missing — add' : 'must be'} the anchor of the lesson heading this question tests, e.g. section: what-to-capture` })
  .regex(/^[\p{Ll}\p{N}_-]+$/u, 'must be a heading anchor: lowercase words joined by hyphens, e.g. what-to-capture');

const questionBase = {
  /** Unique within its quiz. */
  id: idSchema,
  /** Anchor of the lesson heading (## or ###) that teaches what the question tests. */
  section: sectionSchema,
  /** The question itself (the fieldset's legend). */
  prompt: textSchema,
  /** The principle, shown after answering. */
  explanation: textSchema,
};
const choicesSchema = z
  .array(choiceSchema)
  .min(2, 'give at least 2 choices')
  .max(6, 'give at most 6 choices')
  .superRefine((choices, ctx) => uniqueIds('choice', 'give every choice of a question its own id')(choices, ctx));

/** Checks the number of correct choices against the question type. */
function checkCorrectChoices(question: { type: QuestionType; choices: Choice[] }, ctx: z.RefinementCtx) {
  const correct = question.choices.filter((choice) => choice.correct).length;
  const { ok, rule } = correctChoiceRule(question.type);
  if (!ok(correct)) {
    ctx.addIssue({ code: 'custom', path: ['choices'], message: `a ${question.type} question has ${correct} correct choices — ${rule}` });
  }
}

/** Questions of every type, each with its rule on correct answers, plus the `extra` fields given. */
function questionUnion<Extra extends z.ZodRawShape>(extra: Extra) {
  const base = { ...questionBase, ...extra };
  // The generic spread hides the shape from TypeScript; every variant has `type` and `choices`.
  const correctChoices = (question: unknown, ctx: z.RefinementCtx) => checkCorrectChoices(question as { type: QuestionType; choices: Choice[] }, ctx);
  return z.discriminatedUnion(
    'type',
    [
      z.object({ ...base, type: z.literal('single'), choices: choicesSchema }).strict().superRefine(correctChoices),
      z.object({ ...base, type: z.literal('multiple'), choices: choicesSchema }).strict().superRefine(correctChoices),
      z
        .object({ ...base, type: z.literal('truefalse'), choices: choicesSchema.length(2, 'give exactly 2 choices (true and false)') })
        .strict()
        .superRefine(correctChoices),
      z
        .object({
          ...base,
          type: z.literal('scenario'),
          /** The short situation the learner has to act in. */
          situation: textSchema,
          choices: choicesSchema,
        })
        .strict()
        .superRefine(correctChoices),
    ],
    { error: 'must be one of single, multiple, truefalse, scenario' },
  );
}

/** A question of a module quiz: a union on `type`. */
export const questionSchema = questionUnion({});
export type Question = z.infer<typeof questionSchema>;
export type QuestionType = 'single' | 'multiple' | 'truefalse' | 'scenario';

/** How many correct choices a question type needs, in words for error messages. */
export function correctChoiceRule(type: QuestionType): { ok: (count: number) => boolean; rule: string } {
  return type === 'multiple'
    ? { ok: (count) => count >= 1, rule: 'mark at least one choice `correct: true`' }
    : { ok: (count) => count === 1, rule: 'mark exactly one choice `correct: true`' };
}

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id?: unknown }).id : undefined);

/** Reports repeated ids in a list, even when other items of the list are invalid. */
function uniqueIds(what: string, hint: string) {
  return (items: unknown, ctx: z.RefinementCtx) => {
    // Runs even when the list itself is invalid (see `when` below), so it may not be a list at all.
    if (!Array.isArray(items)) return;
    const seen = new Set<unknown>();
    items.forEach((item, index) => {
      const id = idOf(item);
      if (id === undefined) return;
      if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate ${what} id "${String(id)}" — ${hint}` });
      seen.add(id);
    });
  };
}

const moduleIdSchema = z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'must be <track>/<slug>, e.g. legal/policies-that-enable');

/** A question list: unique ids, reported even where other questions are invalid. */
const questionList = <T extends z.ZodType>(question: T) =>
  z
    .array(question)
    .min(1, 'give at least one question')
    .superRefine(uniqueIds('question', 'give every question its own id'), { when: () => true });

/** A quiz (`quizzes/<track>/<slug>.yaml`): the practice questions that close one module. */
export const quizSchema = z
  .object({
    /** `<track>/<slug>` of the module the quiz belongs to. */
    module: moduleIdSchema,
    /** Share of questions right to pass, 0–1; the site default applies when absent. */
    passMark: z.number().gt(0, 'must be above 0').max(1, 'must be at most 1 (a share, e.g. 0.8)').optional(),
    /** Shuffle question order per attempt (choices are always shuffled). */
    shuffleQuestions: z.boolean().default(true),
    /** Optional text shown before the quiz starts, with a "Start quiz" button. */
    intro: textSchema.optional(),
    /** Ask this many questions per attempt, drawn afresh from the pool each time. */
    draw: z.number().int().min(1, 'must be at least 1').optional(),
    questions: questionList(questionSchema),
  })
  .strict();
export type Quiz = z.infer<typeof quizSchema>;

/** A final-check question: a question plus the module (`<track>/<slug>`) whose `section` teaches it. */
export const finalQuestionSchema = questionUnion({ module: moduleIdSchema });
export type FinalQuestion = z.infer<typeof finalQuestionSchema>;

/** A track's final check (`quizzes/<track>/final.yaml`): the pool its attempts are drawn from. */
export const finalCheckSchema = z
  .object({
    /** The track it closes. */
    track: trackIdSchema,
    /** The pool: at least twice `finalCheck.questions` of site.yaml. */
    questions: questionList(finalQuestionSchema),
  })
  .strict();
export type FinalCheck = z.infer<typeof finalCheckSchema>;

/** Questions asked per attempt of a module quiz. */
export const questionsPerAttempt = (quiz: Pick<Quiz, 'draw' | 'questions'>) => Math.min(quiz.draw ?? quiz.questions.length, quiz.questions.length);
