import { z } from 'astro/zod';
import { textSchema } from './common.ts';

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

const questionBase = {
  /** Unique within its quiz. */
  id: idSchema,
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
function correctChoices(question: { type: QuestionType; choices: Choice[] }, ctx: z.RefinementCtx) {
  const correct = question.choices.filter((choice) => choice.correct).length;
  const { ok, rule } = correctChoiceRule(question.type);
  if (!ok(correct)) {
    ctx.addIssue({ code: 'custom', path: ['choices'], message: `a ${question.type} question has ${correct} correct choices — ${rule}` });
  }
}

/** A question: a union on `type`, each with its rule on correct answers. */
export const questionSchema = z.discriminatedUnion(
  'type',
  [
    z.object({ ...questionBase, type: z.literal('single'), choices: choicesSchema }).strict().superRefine(correctChoices),
    z.object({ ...questionBase, type: z.literal('multiple'), choices: choicesSchema }).strict().superRefine(correctChoices),
    z
      .object({ ...questionBase, type: z.literal('truefalse'), choices: choicesSchema.length(2, 'give exactly 2 choices (true and false)') })
      .strict()
      .superRefine(correctChoices),
    z
      .object({
        ...questionBase,
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
  return (items: unknown[], ctx: z.RefinementCtx) => {
    const seen = new Set<unknown>();
    items.forEach((item, index) => {
      const id = idOf(item);
      if (id === undefined) return;
      if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate ${what} id "${String(id)}" — ${hint}` });
      seen.add(id);
    });
  };
}

/** A quiz (`quizzes/<track>/<slug>.yaml`): the questions that close one module. */
export const quizSchema = z
  .object({
    /** `<track>/<slug>` of the module the quiz belongs to. */
    module: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'must be <track>/<slug>, e.g. legal/policies-that-enable'),
    /** Share of questions right to pass, 0–1; the site default applies when absent. */
    passMark: z.number().gt(0, 'must be above 0').max(1, 'must be at most 1 (a share, e.g. 0.8)').optional(),
    /** Shuffle question order per attempt (choices are always shuffled). */
    shuffleQuestions: z.boolean().default(true),
    /** Optional text shown before the quiz starts, with a "Start quiz" button. */
    intro: textSchema.optional(),
    questions: z
      .array(questionSchema)
      .min(1, 'give at least one question')
      .superRefine(uniqueIds('question', 'give every question its own id'), { when: () => true }),
  })
  .strict();
export type Quiz = z.infer<typeof quizSchema>;
