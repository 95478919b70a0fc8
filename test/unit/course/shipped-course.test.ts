import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkCourse } from '../../../src/course/check-course.ts';
import { formatProblems } from '../../../src/course/problems.ts';
import { countWords } from '../../../src/course/parse-files.ts';
import { readCourseFiles } from '../../../src/course/read-course-files.ts';

// The editorial bars every shipped module, quiz and case study is held to (see README › Writing content).
const course = checkCourse(readCourseFiles(fileURLToPath(new URL('../../../', import.meta.url))));

describe('the shipped course', () => {
  it('passes the content checks the build runs', () => {
    expect(course.problems, formatProblems(course.problems)).toEqual([]);
  });

  it('defines all six tracks', () => {
    expect(course.tracks.map((t) => t.id).sort()).toEqual(['executive', 'foundations', 'it', 'legal', 'marketing', 'support']);
  });

  it.each(course.modules.map((m) => [m.id, m] as const))('module %s has a full lesson and a linked case study', (_, module) => {
    expect(countWords(module.body)).toBeGreaterThanOrEqual(600);
    expect(module.data.caseStudies.length).toBeGreaterThanOrEqual(1);
    expect(module.body).not.toMatch(/^# /m);
  });

  it.each(course.quizzes.map((q) => [q.id, q.data] as const))('quiz %s has 5–8 explained questions, two or more scenarios', (_, quiz) => {
    expect(quiz.questions.length).toBeGreaterThanOrEqual(5);
    expect(quiz.questions.length).toBeLessThanOrEqual(8);
    expect(quiz.questions.filter((q) => q.type === 'scenario').length).toBeGreaterThanOrEqual(2);
  });

  it.each(course.caseStudies.map((c) => [c.id, c] as const))('case study %s tells the story in at least 350 words', (_, caseStudy) => {
    expect(countWords(caseStudy.body)).toBeGreaterThanOrEqual(350);
  });
});
