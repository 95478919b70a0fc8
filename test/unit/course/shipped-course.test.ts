import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkCourse } from '../../../src/course/check-course.ts';
import { VISUAL_COMPONENTS } from '../../../src/course/component-rules.ts';
import { formatProblems } from '../../../src/course/problems.ts';
import { caseEra } from '../../../src/course/schemas/case-study.ts';
import { TRACK_IDS } from '../../../src/course/schemas/common.ts';
import { readCourseFiles } from '../../../src/course/read-course-files.ts';

// The editorial bars every shipped module, quiz and case study is held to (content/README.md).
const course = checkCourse(readCourseFiles(fileURLToPath(new URL('../../../', import.meta.url))));
const uses = (entry: { facts?: { components: { name: string }[] } }, names: readonly string[]) =>
  entry.facts?.components.some((component) => names.includes(component.name)) ?? false;

describe('the shipped course', () => {
  it('passes the content checks the build runs', () => {
    expect(course.problems, formatProblems(course.problems)).toEqual([]);
  });

  it('defines every track', () => {
    expect(course.tracks.map((t) => t.id).sort()).toEqual([...TRACK_IDS].sort());
  });

  it.each(course.modules.map((m) => [m.id, m] as const))('module %s teaches with a visual and a quick check', (_, module) => {
    expect(module.body).not.toMatch(/^# /m);
    expect(uses(module, VISUAL_COMPONENTS), 'at least one of Timeline, Steps, DoDont, Decision, KeyFigure').toBe(true);
    expect(uses(module, ['QuickCheck']), 'at least one QuickCheck').toBe(true);
  });

  it.each(course.quizzes.map((q) => [q.id, q.data] as const))('quiz %s has 4–8 questions per attempt, with scenarios', (_, quiz) => {
    expect(Math.min(quiz.draw ?? quiz.questions.length, quiz.questions.length)).toBeGreaterThanOrEqual(4);
    expect(quiz.draw ?? quiz.questions.length).toBeLessThanOrEqual(8);
    expect(quiz.questions.filter((q) => q.type === 'scenario').length).toBeGreaterThanOrEqual(1);
  });

  it.each(course.caseStudies.map((c) => [c.id, c] as const))('case study %s tells the story in 350–900 words, with a timeline', (_, caseStudy) => {
    const words = caseStudy.facts?.readability.words ?? 0;
    expect(words).toBeGreaterThanOrEqual(350);
    expect(words).toBeLessThanOrEqual(900);
    expect(uses(caseStudy, ['Timeline'])).toBe(true);
  });

  it('has at least 33 cases, 14 of them current (2017 or later)', () => {
    expect(course.caseStudies.length).toBeGreaterThanOrEqual(33);
    expect(course.caseStudies.filter((c) => caseEra(c.data.year) === 'current').length).toBeGreaterThanOrEqual(14);
  });

  // Cases are linked where they teach; a module may have none (the works-council view), a track may not.
  it.each(TRACK_IDS.map((id) => [id]))('track %s links at least two current cases from its modules', (trackId) => {
    const current = new Set(course.caseStudies.filter((c) => caseEra(c.data.year) === 'current').map((c) => c.id));
    const linked = new Set(course.modules.filter((m) => m.track === trackId).flatMap((m) => m.data.caseStudies.filter((id) => current.has(id))));
    expect(linked.size).toBeGreaterThanOrEqual(2);
  });

  it('has a glossary of at least 40 terms', () => {
    expect(course.glossary.length).toBeGreaterThanOrEqual(40);
  });
});
