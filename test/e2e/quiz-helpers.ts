import { readFileSync } from 'node:fs';
import type { Frame, Locator, Page } from '@playwright/test';
import { parse } from 'yaml';
import { expect } from './fixtures.ts';

/** The quiz of a module, read from its YAML as a trainer wrote it: the tests look answers up by text. */
export interface YamlQuiz {
  questions: { id: string; type: string; prompt: string; explanation: string; choices: { text: string; correct?: boolean }[] }[];
}
export const readQuiz = (moduleId: string): YamlQuiz => parse(readFileSync(new URL(`../../quizzes/${moduleId}.yaml`, import.meta.url), 'utf8'));

/** A page, or a frame of one (a SCORM package inside a test LMS). */
type Scope = Page | Frame;

/** Helpers that take a module's quiz by its text on screen, right or wrong answers as asked. */
export function quizHelpers(moduleId: string) {
  const quiz = readQuiz(moduleId);
  const total = quiz.questions.length;

  const quizArea = (scope: Scope) => scope.getByRole('region', { name: 'Check your understanding' });
  const legend = (scope: Scope) => quizArea(scope).locator('legend');

  /** The question on screen, found by its prompt (the fieldset's legend). */
  async function currentQuestion(scope: Scope) {
    const prompt = (await legend(scope).textContent())!.trim();
    const question = quiz.questions.find((q) => q.prompt.trim() === prompt);
    if (!question) throw new Error(`no question with the prompt "${prompt}"`);
    return question;
  }

  const choiceInput = (scope: Scope, text: string): Locator => quizArea(scope).getByLabel(text.trim(), { exact: true });

  /** Answers the question on screen rightly or wrongly with the mouse and checks the answer. */
  async function answer(scope: Scope, right: boolean) {
    const question = await currentQuestion(scope);
    const picks = right ? question.choices.filter((c) => c.correct) : [question.choices.find((c) => !c.correct)!];
    for (const choice of picks) await choiceInput(scope, choice.text).check();
    await scope.getByRole('button', { name: 'Check answer' }).click();
    return question;
  }

  /** Goes on after feedback: to the next question, or to the result after the last one. */
  async function goOn(scope: Scope) {
    await scope.getByRole('button', { name: /^(Next question|See results)$/ }).click();
  }

  /** Answers every remaining question (right or wrong as `plan` says, by position) and opens the result. */
  async function finish(scope: Scope, plan: (index: number) => boolean) {
    for (let i = 0; i < total; i++) {
      const progress = await quizArea(scope).getByText(/^Question \d+ of \d+$/).textContent();
      const index = Number(progress!.match(/\d+/)![0]) - 1;
      await answer(scope, plan(index));
      await goOn(scope);
      if (index === total - 1) break;
    }
    await expect(quizArea(scope).locator('.quiz-result')).toBeVisible();
  }

  return { quiz, total, quizArea, legend, currentQuestion, choiceInput, answer, goOn, finish };
}
