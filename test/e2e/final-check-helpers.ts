import { readFileSync } from 'node:fs';
import type { Frame, Locator, Page } from '@playwright/test';
import { parse } from 'yaml';

/** A track's final-check pool, read from its YAML: the tests look answers up by text on screen. */
export interface YamlFinal {
  questions: { id: string; module: string; section: string; type: string; prompt: string; explanation: string; choices: { id: string; text: string; correct?: boolean; feedback: string }[] }[];
}
export const readFinal = (track: string): YamlFinal => parse(readFileSync(new URL(`../../quizzes/${track}/final.yaml`, import.meta.url), 'utf8'));

/** A page, or a frame of one (a package inside a test LMS). */
type Scope = Page | Frame;

/** Helpers that take a final check by its text on screen. */
export function finalHelpers(track: string) {
  const pool = readFinal(track);
  const area = (page: Scope) => page.getByRole('region', { name: 'Final check' });
  const legend = (page: Scope) => area(page).locator('legend');

  /** The question on screen, by its prompt and its choices (several questions may share a prompt such as "What do you do?"). */
  async function currentQuestion(page: Scope) {
    const prompt = (await legend(page).textContent())!.trim();
    const labels = (await area(page).locator('.quiz-choices label').allTextContents()).map((t) => t.trim()).sort();
    const question = pool.questions.find((q) => q.prompt.trim() === prompt && q.choices.map((c) => c.text.trim()).sort().join('\n') === labels.join('\n'));
    if (!question) throw new Error(`no final-check question with the prompt "${prompt}" and these choices`);
    return question;
  }
  const choice = (page: Scope, text: string): Locator => area(page).getByLabel(text.trim(), { exact: true });

  /** Picks the right (or a wrong) answer on screen and goes on. */
  async function answer(page: Scope, right: boolean) {
    const question = await currentQuestion(page);
    const picks = right ? question.choices.filter((c) => c.correct) : [question.choices.find((c) => !c.correct)!];
    for (const pick of picks) await choice(page, pick.text).check();
    await area(page).getByRole('button', { name: /^(Next question|Review and submit)$/ }).click();
    return question;
  }

  /** The position on screen, e.g. [3, 8] for "Question 3 of 8". */
  async function position(page: Scope): Promise<[number, number]> {
    const text = await area(page).getByText(/^Question \d+ of \d+$/).textContent();
    const [, at, of] = text!.match(/(\d+) of (\d+)/)!;
    return [Number(at), Number(of)];
  }

  /** Starts the check on screen, answers each question right or wrong as `plan` says (by position) and submits; how many were asked. */
  async function takeAll(page: Scope, plan: (index: number) => boolean = () => true) {
    await area(page).getByRole('button', { name: 'Start the final check' }).click();
    const [, asked] = await position(page);
    for (let i = 0; i < asked; i++) await answer(page, plan(i));
    await area(page).getByRole('button', { name: 'Submit the final check' }).click();
    return asked;
  }

  return { pool, area, legend, currentQuestion, choice, answer, position, takeAll };
}
