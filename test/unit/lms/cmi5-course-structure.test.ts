import sax from 'sax';
import { describe, expect, it } from 'vitest';
import { buildCourseStructure, type CourseStructureInput } from '../../../src/lms/cmi5-course-structure.ts';

/** Every element of a well-formed document (sax throws otherwise) as `path` → attributes and text. */
function elements(xml: string): Map<string, { attributes: Record<string, string>; text: string }> {
  const found = new Map<string, { attributes: Record<string, string>; text: string }>();
  const path: string[] = [];
  const parser = sax.parser(true);
  parser.onerror = (error) => {
    throw error;
  };
  parser.onopentag = ({ name, attributes }) => {
    path.push(name);
    found.set(path.join('/'), { attributes: attributes as Record<string, string>, text: '' });
  };
  parser.ontext = (text) => {
    const entry = found.get(path.join('/'));
    if (entry) entry.text += text;
  };
  parser.onclosetag = () => void path.pop();
  parser.write(xml).close();
  return found;
}

const input: CourseStructureInput = {
  courseId: 'https://training.example.com/academy/tracks/legal/',
  auId: 'https://training.example.com/academy/tracks/legal/cmi5-au',
  title: 'Legal & compliance · Social Literacy Academy',
  description: 'What "posting" means for counsel <in 2026>.',
  url: 'cmi5-launch/index.html',
  moveOn: 'CompletedAndPassed',
  masteryScore: 0.8,
};

describe('buildCourseStructure', () => {
  it('writes one course with one AU in the cmi5 CourseStructure namespace, text escaped', () => {
    const xml = elements(buildCourseStructure(input));
    expect(xml.get('courseStructure')!.attributes).toEqual({ xmlns: 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd' });
    expect(xml.get('courseStructure/course')!.attributes).toEqual({ id: input.courseId });
    expect(xml.get('courseStructure/course/title/langstring')).toEqual({ attributes: { lang: 'en' }, text: input.title });
    expect(xml.get('courseStructure/course/description/langstring')!.text).toBe(input.description);
    expect(xml.get('courseStructure/au')!.attributes).toEqual({ id: input.auId, moveOn: 'CompletedAndPassed', masteryScore: '0.8', launchMethod: 'AnyWindow' });
    expect(xml.get('courseStructure/au/url')!.text).toBe('cmi5-launch/index.html');
    expect([...xml.keys()].filter((key) => key.startsWith('courseStructure/au/'))).toEqual(['courseStructure/au/title', 'courseStructure/au/title/langstring', 'courseStructure/au/description', 'courseStructure/au/description/langstring', 'courseStructure/au/url']);
  });

  it('refuses what an LMS would refuse: one id for course and AU, a mastery score out of range, an absolute or parametered url', () => {
    expect(() => buildCourseStructure({ ...input, auId: input.courseId })).toThrow(/differ/);
    expect(() => buildCourseStructure({ ...input, masteryScore: 0 })).toThrow(/masteryScore/);
    expect(() => buildCourseStructure({ ...input, masteryScore: 1.2 })).toThrow(/masteryScore/);
    for (const url of ['/cmi5-launch/index.html', 'https://example.com/x.html', 'cmi5-launch/index.html?endpoint=x', 'a.html#top']) expect(() => buildCourseStructure({ ...input, url })).toThrow(/relative/);
  });
});
