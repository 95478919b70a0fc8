import type { CheckedCourse } from './check-course.ts';
import { formatProblem } from './problems.ts';
import { monthsBetween } from './review-dates.ts';
import { questionsPerAttempt } from './schemas/quiz.ts';

/** One table row per file: what the trainer or author needs to keep the course current and honest. */
export interface ContentReport {
  reviews: { file: string; reviewed: string; ageMonths: number; due: boolean }[];
  asOf: { file: string; line: number; date: string; ageMonths: number; text: string }[];
  modules: { file: string; words: number; readingMinutes: number; questions: number; minutes: number; grade: number; ceiling?: number }[];
  longestSentences: { file: string; words: number; text: string }[];
  warnings: string[];
  problems: string[];
}

/** Builds the report from a checked course, counting ages to `today` (YYYY-MM). */
export function contentReport(course: CheckedCourse, today: string): ContentReport {
  const limit = course.site?.reviewWithinMonths ?? 12;
  const entries = [...course.modules, ...course.caseStudies];
  const reviews = entries
    .map((entry) => ({ file: entry.file, reviewed: entry.data.reviewed, ageMonths: monthsBetween(entry.data.reviewed, today) }))
    .map((row) => ({ ...row, due: row.ageMonths > limit }))
    .sort((a, b) => b.ageMonths - a.ageMonths || a.file.localeCompare(b.file));
  const asOf = entries
    .flatMap((entry) =>
      (entry.facts?.components ?? [])
        .filter((component) => component.name === 'AsOf' && typeof component.attributes.date === 'string')
        .map((component) => {
          const date = component.attributes.date as string;
          return { file: entry.file, line: component.line + entry.facts!.firstLine - 1, date, ageMonths: monthsBetween(date, today), text: component.text };
        }),
    )
    .sort((a, b) => a.date.localeCompare(b.date) || a.file.localeCompare(b.file) || a.line - b.line);
  const quizzes = new Map(course.quizzes.map((quiz) => [quiz.id, quiz.data]));
  const ceilings = new Map(course.tracks.map((track) => [track.id, track.data.readingGrade]));
  const modules = course.modules.map((module) => {
    const readability = module.facts?.readability;
    const quiz = quizzes.get(module.id);
    return {
      file: module.file,
      words: readability?.words ?? 0,
      readingMinutes: readability?.readingMinutes ?? 0,
      questions: quiz ? questionsPerAttempt(quiz) : 0,
      minutes: module.data.minutes,
      grade: readability?.grade ?? 0,
      ceiling: ceilings.get(module.track),
    };
  });
  const longestSentences = course.modules
    .flatMap((module) => (module.facts?.readability.longestSentences ?? []).map((sentence) => ({ file: module.file, ...sentence })))
    .sort((a, b) => b.words - a.words)
    .slice(0, 5);
  return { reviews, asOf, modules, longestSentences, warnings: course.warnings.map(formatProblem), problems: course.problems.map(formatProblem) };
}

const table = (header: string[], rows: (string | number)[][]) => {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, column) => Math.max(...cells.map((row) => row[column].length)));
  const line = (row: string[]) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ').trimEnd();
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
};

/** The report as plain text for a terminal or a CI log. */
export function formatContentReport(report: ContentReport, limit: number): string {
  const due = report.reviews.filter((row) => row.due).length;
  const parts = [
    `Review ages (site.yaml allows ${limit} months): ${report.reviews.length} files, ${due} due for review`,
    table(['file', 'reviewed', 'months', 'status'], report.reviews.map((row) => [row.file, row.reviewed, row.ageMonths, row.due ? 'DUE' : 'ok'])),
    '',
    `Statements marked <AsOf> (${report.asOf.length}), oldest first`,
    report.asOf.length > 0
      ? table(['file:line', 'as of', 'months', 'statement'], report.asOf.map((row) => [`${row.file}:${row.line}`, row.date, row.ageMonths, row.text.length > 70 ? `${row.text.slice(0, 70)}…` : row.text]))
      : '(none)',
    '',
    'Modules: words, reading time at 200 words a minute, questions per attempt, stated minutes, Flesch–Kincaid grade',
    table(
      ['file', 'words', 'read', 'quiz', 'minutes', 'grade', 'ceiling'],
      report.modules.map((row) => [row.file, row.words, row.readingMinutes, row.questions, row.minutes, row.grade.toFixed(1), row.ceiling ?? '-']),
    ),
    '',
    'The five longest sentences of the course',
    ...report.longestSentences.map((sentence, index) => `${index + 1}. ${sentence.file} (${sentence.words} words): ${sentence.text}`),
  ];
  if (report.warnings.length > 0) parts.push('', `Warnings (${report.warnings.length})`, ...report.warnings.map((line) => `  ${line}`));
  if (report.problems.length > 0) parts.push('', `Problems that stop the build (${report.problems.length})`, ...report.problems.map((line) => `  ${line}`));
  return parts.join('\n');
}
