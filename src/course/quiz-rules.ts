import type { Problem } from './problems.ts';
import type { Question } from './schemas/quiz.ts';

/**
 * Rules that keep quizzes from being passable by spotting patterns instead of knowing the job.
 * Each works on the questions of one track (module quizzes and the final check together), with
 * where each question was written, and returns one problem per finding.
 */
export interface LocatedQuestion {
  question: Question;
  file: string;
  /** Index in the file's `questions` list. */
  index: number;
}

const where = ({ question, index }: LocatedQuestion) => `questions[${index}] (${question.id})`;
const shortList = (items: LocatedQuestion[]) => items.map((item) => `${item.file.replace(/^quizzes\//, '')} ${item.question.id}`).join(', ');

/** The key of a true/false question: true when the right choice reads "True". */
export function keyedTrue(question: Question): boolean | undefined {
  const right = question.choices.find((choice) => choice.correct);
  if (!right) return undefined;
  if (/^true\.?$/i.test(right.text.trim())) return true;
  if (/^false\.?$/i.test(right.text.trim())) return false;
  return undefined;
}

/** True/false questions must read True and False, so their key can be balanced. */
export function trueFalseWording(items: LocatedQuestion[]): Problem[] {
  return items
    .filter((item) => item.question.type === 'truefalse' && keyedTrue(item.question) === undefined)
    .map((item) => ({ file: item.file, field: `${where(item)}.choices`, message: 'a true/false question has the choices "True" and "False" — rename them so the key can be counted' }));
}

/** In a track with four or more true/false questions, between a third and two thirds are keyed True. */
export function trueFalseBalance(trackFile: string, items: LocatedQuestion[]): Problem[] {
  const trueFalse = items.filter((item) => item.question.type === 'truefalse' && keyedTrue(item.question) !== undefined);
  if (trueFalse.length < 4) return [];
  const keyedTrueItems = trueFalse.filter((item) => keyedTrue(item.question));
  const low = Math.ceil(trueFalse.length / 3);
  const high = Math.floor((2 * trueFalse.length) / 3);
  if (keyedTrueItems.length >= low && keyedTrueItems.length <= high) return [];
  const majority = keyedTrueItems.length > high ? 'True' : 'False';
  const majorityItems = trueFalse.filter((item) => (keyedTrue(item.question) ? 'True' : 'False') === majority);
  return [
    {
      file: trackFile,
      field: 'true/false questions',
      message: `${majorityItems.length} of ${trueFalse.length} are keyed ${majority} (${shortList(majorityItems)}) — key between ${low} and ${high} of them True, so the answer can't be guessed from the track's pattern`,
    },
  ];
}

/** The number of right answers of multiple-answer questions varies across a track. */
export function multipleCountVariety(trackFile: string, items: LocatedQuestion[]): Problem[] {
  const multiple = items.filter((item) => item.question.type === 'multiple');
  if (multiple.length < 2) return [];
  const byCount = new Map<number, LocatedQuestion[]>();
  for (const item of multiple) {
    const count = item.question.choices.filter((choice) => choice.correct).length;
    byCount.set(count, [...(byCount.get(count) ?? []), item]);
  }
  const [count, most] = [...byCount.entries()].sort((a, b) => b[1].length - a[1].length)[0];
  // No single count may cover more than two thirds of them (so two must differ).
  const allowed = Math.max(1, Math.floor((2 * multiple.length) / 3));
  if (most.length <= allowed) return [];
  return [
    {
      file: trackFile,
      field: 'multiple-answer questions',
      message: `${most.length} of ${multiple.length} have exactly ${count} right answer${count === 1 ? '' : 's'} (${shortList(most)}) — vary how many answers are right (at most ${allowed} may share one count)`,
    },
  ];
}

/** Length at which a right answer counts as the longest "by a clear margin". */
const CLEAR_MARGIN = { ratio: 1.25, characters: 15 };

/** A warning when a single-answer question's right choice is the longest by a clear margin. */
export function longestRightAnswer(item: LocatedQuestion): Problem | undefined {
  const { question } = item;
  if (question.type === 'multiple' || question.type === 'truefalse') return undefined;
  const right = question.choices.find((choice) => choice.correct);
  if (!right) return undefined;
  const longestWrong = Math.max(...question.choices.filter((choice) => !choice.correct).map((choice) => choice.text.length));
  const length = right.text.length;
  if (length < longestWrong * CLEAR_MARGIN.ratio || length - longestWrong < CLEAR_MARGIN.characters) return undefined;
  return {
    file: item.file,
    field: `${where(item)}.choices`,
    message: `the right answer is the longest choice by a clear margin (${length} characters; the longest wrong one has ${longestWrong}) — shorten it or make the others as full`,
  };
}
