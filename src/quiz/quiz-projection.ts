/**
 * What a module page sends to its quiz island and prints without JavaScript, from the quiz as
 * authored (QuizArea.astro renders it). Framework-free and tested (test/unit/quiz/quiz-projection.test.ts).
 */
import type { Quiz } from '../course/schemas/quiz.ts';
import { quizHash } from './quiz-hash.ts';
import type { QuizData } from './quiz-types.ts';
import { seededRandom, shuffle } from './shuffle.ts';

/** Only what an attempt depends on goes to the browser; its fingerprint tells a saved attempt it is outdated. */
export function browserQuiz(quiz: Pick<Quiz, 'intro' | 'shuffleQuestions' | 'draw' | 'questions'>): { quiz: QuizData; hash: string } {
  const data: QuizData = { intro: quiz.intro, shuffleQuestions: quiz.shuffleQuestions, draw: quiz.draw, questions: quiz.questions };
  return { quiz: data, hash: quizHash(data) };
}

/** The headings a question names as its `section`, by slug, so the review can link a missed question to its part of the lesson. */
export function askedSections(headings: readonly { slug: string; text: string }[], questions: readonly { section?: string }[]): Record<string, string> {
  return Object.fromEntries(headings.filter((h) => questions.some((q) => q.section === h.slug)).map((h) => [h.slug, h.text]));
}

/**
 * The choices of each question as listed without JavaScript: shuffled from the quiz's fingerprint,
 * so the same for every visitor of one build, and never the authored order (where the key often
 * comes first) when a few more shuffles can avoid it.
 */
export function staticChoiceOrder<C extends { id: string }>(questions: readonly { choices: readonly C[] }[], hash: string): C[][] {
  const random = seededRandom(parseInt(hash.slice(0, 8), 16));
  return questions.map((question) => {
    let order = shuffle(question.choices, random);
    const authored = question.choices.map((c) => c.id).join();
    for (let tries = 0; tries < 5 && question.choices.length > 1 && order.map((c) => c.id).join() === authored; tries++) order = shuffle(question.choices, random);
    return order;
  });
}

/** The line under the quiz heading: "5 questions, drawn afresh from 8 on each attempt · pass mark 80%". */
export function quizMeta(asked: number, pool: number, passMark: number): string {
  return `${asked} questions${asked < pool ? `, drawn afresh from ${pool} on each attempt` : ''} · pass mark ${Math.round(passMark * 100)}%`;
}
