/**
 * `cmi5.xml`, the course structure of a cmi5 package (cmi5 section 13): one course per track with
 * one AU, the whole track. Why one AU and not one per module: see src/lms/README.md.
 */

export type MoveOn = 'Passed' | 'Completed' | 'CompletedAndPassed' | 'CompletedOrPassed' | 'NotApplicable';

export interface CourseStructureInput {
  /** The course's publisher id (an IRI), e.g. activityIds(base, track).course. */
  courseId: string;
  /** The AU's publisher id; must differ from the course's. */
  auId: string;
  title: string;
  description: string;
  /** The page the LMS launches, relative to the package root. */
  url: string;
  moveOn: MoveOn;
  /** 0–1; passed/failed are judged against it unless the LMS sets its own. */
  masteryScore: number;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

const langstring = (text: string) => `<langstring lang="en">${escapeXml(text.trim())}</langstring>`;

export function buildCourseStructure({ courseId, auId, title, description, url, moveOn, masteryScore }: CourseStructureInput): string {
  if (courseId === auId) throw new Error('the AU id must differ from the course id');
  if (!(masteryScore > 0 && masteryScore <= 1)) throw new Error(`masteryScore must be above 0 and at most 1, not ${masteryScore}`);
  if (/[?#]|^[a-z][a-z0-9+.-]*:|^\//i.test(url)) throw new Error(`the AU url must be a relative path without query or fragment, not "${url}"`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${escapeXml(courseId)}">
    <title>${langstring(title)}</title>
    <description>${langstring(description)}</description>
  </course>
  <au id="${escapeXml(auId)}" moveOn="${moveOn}" masteryScore="${masteryScore}" launchMethod="AnyWindow">
    <title>${langstring(title)}</title>
    <description>${langstring(description)}</description>
    <url>${escapeXml(url)}</url>
  </au>
</courseStructure>
`;
}
