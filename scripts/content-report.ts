// `npm run content:report`: every file's review age, every <AsOf> statement, each module's words,
// reading time, quiz length and reading grade, and the five longest sentences of the course.
// It reports; it fails only when the content cannot be read at all (the build names every problem).
import { resolve } from 'node:path';
import { checkCourse } from '../src/course/check-course.ts';
import { contentReport, formatContentReport } from '../src/course/content-report.ts';
import { readCourseFiles } from '../src/course/read-course-files.ts';
import { monthOf } from '../src/course/review-dates.ts';

const course = checkCourse(readCourseFiles(resolve(import.meta.dirname, '..')));
console.log(formatContentReport(contentReport(course, monthOf(new Date())), course.site?.reviewWithinMonths ?? 12));
