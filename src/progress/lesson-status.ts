import { percent, type ModuleStatus } from './course-status.ts';

/**
 * The line at the top of a lesson: "Passed" once its quiz is passed, otherwise where its quiz
 * stands. Short, so it fits one line on a phone and filling it in never moves the page.
 */
export function describeLessonStatus(status: ModuleStatus): string {
  const best = status.bestScore === undefined ? '' : ` · best score ${percent(status.bestScore)}`;
  if (status.state === 'done') return `Passed${best}`;
  if (status.quizInProgress) return `Quiz in progress${best}`;
  return status.attempts > 0 ? `Quiz not passed yet${best}` : 'Quiz not taken yet';
}
