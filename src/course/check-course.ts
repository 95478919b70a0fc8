import { caseStudySchema, type CaseStudy } from './schemas/case-study.ts';
import { TRACK_IDS, type TrackId } from './schemas/common.ts';
import { glossarySchema, type GlossaryEntry } from './schemas/glossary.ts';
import { guideSchema, type Guide } from './schemas/guide.ts';
import { moduleSchema, type CourseModule } from './schemas/module.ts';
import { finalCheckSchema, questionsPerAttempt, quizSchema, type FinalCheck, type Quiz } from './schemas/quiz.ts';
import { siteSchema, type SiteSettings } from './schemas/site.ts';
import { trackSchema, type Track } from './schemas/track.ts';
import { worksheetSchema, type WorksheetDefinition } from './schemas/worksheet.ts';
import { componentProblems } from './component-rules.ts';
import { analyseBody, type AnalysedBody } from './mdx-body.ts';
import { parseFrontmatter, parseYaml, type RawFile } from './parse-files.ts';
import type { Problem } from './problems.ts';
import { longestRightAnswer, multipleCountVariety, trueFalseBalance, trueFalseWording, type LocatedQuestion } from './quiz-rules.ts';
import { measureReadability, type Readability } from './readability.ts';
import { monthOf, monthsBetween } from './review-dates.ts';
import { parseWithProblems } from './zod-problems.ts';
import { checkSimulations, type SimulationEntry } from './simulation-check.ts';
import { CODE_WORKSHEET_IDS, FINAL_CHECK_SLUG, RESERVED_GUIDE_SLUGS, RESERVED_MODULE_SLUGS } from './routes.ts';

/** Every content file of the course, grouped by kind. */
export interface CourseFiles {
  site?: RawFile;
  /** Where the settings are read from (content/site.yaml unless SITE_FILE names another file). */
  sitePath?: string;
  tracks: RawFile[];
  modules: RawFile[];
  caseStudies: RawFile[];
  quizzes: RawFile[];
  worksheets: RawFile[];
  /** Pages of the trainer's guide (content/trainer/*.mdx). */
  guides: RawFile[];
  glossary?: RawFile;
  /** Cross-role crisis simulations (simulations/*.yaml). */
  simulations: RawFile[];
  /** Paths of the files in public/, to check that a logo named in site.yaml exists. */
  publicFiles: string[];
}

export interface CheckOptions {
  /** The month review ages are counted to (`YYYY-MM`); defaults to the current month. */
  today?: string;
}

interface Entry<T> {
  id: string;
  file: string;
  data: T;
}

/** What the check learned from a lesson or case body. */
export interface BodyFacts extends AnalysedBody {
  readability: Readability;
  /** Line of the file on which the body starts, to turn body lines into file lines. */
  firstLine: number;
}

/** The validated course: usable only when `problems` is empty. */
export interface CheckedCourse {
  site?: SiteSettings;
  /** Ids of every module, case study and quizzed module found on disk, valid or not, so one bad file does not cascade. */
  found: { tracks: Set<string>; modules: Set<string>; caseStudies: Set<string>; linkedCases: Set<string>; quizzedModules: Map<string, string> };
  tracks: Entry<Track>[];
  modules: (Entry<CourseModule> & { track: string; body: string; facts?: BodyFacts })[];
  caseStudies: (Entry<CaseStudy> & { body: string; facts?: BodyFacts })[];
  quizzes: Entry<Quiz>[];
  /** Final checks by track id. */
  finalChecks: Entry<FinalCheck>[];
  /** Worksheets written as content. */
  worksheets: Entry<WorksheetDefinition>[];
  guides: (Entry<Guide> & { facts?: BodyFacts })[];
  simulations: SimulationEntry[];
  glossary: GlossaryEntry[];
  publicFiles: string[];
  /** The settings file the course was checked with. */
  sitePath: string;
  problems: Problem[];
  /** Things an author should know that do not stop the build (content due for review, a guessable answer). */
  warnings: Problem[];
}

const fileStem = (path: string) => path.split('/').pop()!.replace(/\.[^.]+$/, '');
const isTrackId = (id: string): id is TrackId => (TRACK_IDS as readonly string[]).includes(id);
const finalCheckTrack = (path: string) => new RegExp(`^quizzes/([a-z0-9-]+)/${FINAL_CHECK_SLUG}\\.yaml$`).exec(path)?.[1];

/**
 * Validates the whole course: each file against its schema, then the links between files and the
 * rules that span files (quiz patterns per track, reading grade, honest minutes).
 * Returns every problem at once so an author can fix them in one pass.
 */
export function checkCourse(files: CourseFiles, options: CheckOptions = {}): CheckedCourse {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const found = { tracks: new Set<string>(), modules: new Set<string>(), caseStudies: new Set<string>(), linkedCases: new Set<string>(), quizzedModules: new Map<string, string>() };
  const course: CheckedCourse = { found, tracks: [], modules: [], caseStudies: [], quizzes: [], finalChecks: [], worksheets: [], guides: [], simulations: [], glossary: [], publicFiles: files.publicFiles, sitePath: files.site?.path ?? files.sitePath ?? 'content/site.yaml', problems, warnings };

  if (!files.site) {
    problems.push({ file: files.sitePath ?? 'content/site.yaml', field: '', message: 'is missing — create it with at least `organisation: <your organisation>`' });
  } else {
    const parsed = parseYaml(files.site);
    problems.push(...parsed.problems);
    if (parsed.data !== undefined) {
      const result = parseWithProblems(siteSchema, parsed.data, files.site.path);
      problems.push(...result.problems);
      course.site = result.value;
    }
  }

  const glossaryIds = new Set<string>();
  if (files.glossary) {
    const parsed = parseYaml(files.glossary);
    problems.push(...parsed.problems);
    if (parsed.data !== undefined) {
      const result = parseWithProblems(glossarySchema, parsed.data, files.glossary.path);
      problems.push(...result.problems);
      course.glossary = result.value ?? [];
    }
    // Ids are collected from the raw data too, so one bad entry does not also fail every <Term> using it.
    if (Array.isArray(parsed.data)) parsed.data.forEach((entry) => typeof entry?.id === 'string' && glossaryIds.add(entry.id));
  }

  for (const file of files.tracks) {
    const id = fileStem(file.path);
    if (!isTrackId(id)) {
      problems.push({ file: file.path, field: '', message: `"${id}" is not a track — name the file after one of ${TRACK_IDS.join(', ')}` });
      continue;
    }
    found.tracks.add(id);
    const parsed = parseYaml(file);
    problems.push(...parsed.problems);
    if (parsed.data === undefined) continue;
    const result = parseWithProblems(trackSchema, parsed.data, file.path);
    problems.push(...result.problems);
    if (result.value) course.tracks.push({ id, file: file.path, data: result.value });
  }

  /** Analyses a body, reporting what MDX cannot read and every component used wrongly. */
  const readBody = (file: RawFile, body: string): BodyFacts | undefined => {
    const firstLine = file.text.split('\n').length - body.split('\n').length + 1;
    let analysed: AnalysedBody;
    try {
      analysed = analyseBody(body);
    } catch (error) {
      const line = (error as { line?: number }).line;
      const reason = (error as { reason?: string }).reason ?? (error instanceof Error ? error.message : String(error));
      problems.push({ file: file.path, field: line ? `line ${line + firstLine - 1}` : '', message: `MDX cannot read this (${reason}) — check the tags and braces; write { and < in text as \\{ and &lt;` });
      return undefined;
    }
    for (const component of analysed.components) {
      for (const message of componentProblems(component, { glossaryIds })) {
        problems.push({ file: file.path, field: `line ${component.line + firstLine - 1} <${component.name}>`, message });
      }
    }
    for (const heading of analysed.headings) {
      if (heading.hasComponent) {
        problems.push({ file: file.path, field: `line ${heading.line + firstLine - 1}`, message: `the heading "${heading.text}" contains a component — keep headings plain text so their anchors stay stable` });
      }
    }
    return { ...analysed, readability: measureReadability(analysed.prose), firstLine };
  };

  for (const file of files.modules) {
    const parts = file.path.split('/');
    const track = parts.at(-2) ?? '';
    const id = `${track}/${fileStem(file.path)}`;
    if (!isTrackId(track)) {
      problems.push({ file: file.path, field: '', message: `is in folder "${track}", which is not a track — move it to content/modules/<track>/ with a track of ${TRACK_IDS.join(', ')}` });
      continue;
    }
    if (RESERVED_MODULE_SLUGS.includes(fileStem(file.path))) {
      problems.push({ file: file.path, field: '', message: `"${fileStem(file.path)}" is the name of a page of every track — rename the module file` });
      continue;
    }
    found.modules.add(id);
    const parsed = parseFrontmatter(file);
    problems.push(...parsed.problems);
    if (parsed.data === undefined) continue;
    const linked = (parsed.data as { caseStudies?: unknown }).caseStudies;
    if (Array.isArray(linked)) linked.forEach((caseId) => found.linkedCases.add(String(caseId)));
    const result = parseWithProblems(moduleSchema, parsed.data, file.path);
    problems.push(...result.problems);
    const facts = readBody(file, parsed.body);
    if (result.value) course.modules.push({ id, track, file: file.path, data: result.value, body: parsed.body, facts });
  }

  for (const file of files.caseStudies) {
    if (['role', 'theme'].includes(fileStem(file.path))) {
      problems.push({ file: file.path, field: '', message: `"${fileStem(file.path)}" is the name of the library's filter pages — rename the case file` });
      continue;
    }
    found.caseStudies.add(fileStem(file.path));
    const parsed = parseFrontmatter(file);
    problems.push(...parsed.problems);
    if (parsed.data === undefined) continue;
    const result = parseWithProblems(caseStudySchema, parsed.data, file.path);
    problems.push(...result.problems);
    const facts = readBody(file, parsed.body);
    if (result.value) course.caseStudies.push({ id: fileStem(file.path), file: file.path, data: result.value, body: parsed.body, facts });
  }

  for (const file of files.quizzes) {
    const parsed = parseYaml(file);
    problems.push(...parsed.problems);
    const finalTrack = finalCheckTrack(file.path);
    if (finalTrack !== undefined) {
      if (parsed.data === undefined) continue;
      const result = parseWithProblems(finalCheckSchema, parsed.data, file.path);
      problems.push(...result.problems);
      if (result.value && result.value.track !== finalTrack) {
        problems.push({ file: file.path, field: 'track', message: `is "${result.value.track}" but the file is in quizzes/${finalTrack}/ — a track's final check is quizzes/<track>/final.yaml` });
      } else if (result.value) {
        course.finalChecks.push({ id: finalTrack, file: file.path, data: result.value });
      }
      continue;
    }
    if (parsed.data === undefined) {
      // Unreadable: count it as the quiz its path names, so its module is not also reported as quizless.
      const pathId = /^quizzes\/([a-z0-9-]+\/[a-z0-9-]+)\.yaml$/.exec(file.path)?.[1];
      if (pathId && !found.quizzedModules.has(pathId)) found.quizzedModules.set(pathId, file.path);
      continue;
    }
    const result = parseWithProblems(quizSchema, parsed.data, file.path);
    problems.push(...result.problems);
    const moduleId = (parsed.data as { module?: unknown }).module;
    if (typeof moduleId !== 'string') continue;
    const earlier = found.quizzedModules.get(moduleId);
    if (earlier) {
      problems.push({ file: file.path, field: 'module', message: `"${moduleId}" already has a quiz in ${earlier} — a module has exactly one quiz; merge or delete one` });
    } else if (!found.modules.has(moduleId)) {
      problems.push({ file: file.path, field: 'module', message: `no module "${moduleId}" exists — use the <track>/<slug> of an existing module` });
    }
    found.quizzedModules.set(moduleId, earlier ?? file.path);
    if (result.value) course.quizzes.push({ id: moduleId, file: file.path, data: result.value });
  }

  for (const file of files.guides) {
    if (RESERVED_GUIDE_SLUGS.includes(fileStem(file.path))) {
      problems.push({ file: file.path, field: '', message: `"${fileStem(file.path)}" is the name of a page of the trainer's guide — rename the file` });
      continue;
    }
    const parsed = parseFrontmatter(file);
    problems.push(...parsed.problems);
    if (parsed.data === undefined) continue;
    const result = parseWithProblems(guideSchema, parsed.data, file.path);
    problems.push(...result.problems);
    const facts = readBody(file, parsed.body);
    if (result.value) course.guides.push({ id: fileStem(file.path), file: file.path, data: result.value, facts });
  }

  for (const file of files.worksheets) {
    const parsed = parseYaml(file);
    problems.push(...parsed.problems);
    if (parsed.data === undefined) continue;
    const result = parseWithProblems(worksheetSchema, parsed.data, file.path);
    problems.push(...result.problems);
    if (result.value) course.worksheets.push({ id: `${result.value.track}/${result.value.slug}`, file: file.path, data: result.value });
  }

  const simulations = checkSimulations(files.simulations, course);
  course.simulations = simulations.entries;
  problems.push(...simulations.problems);
  warnings.push(...simulations.warnings);

  problems.push(...checkLinks(course));
  problems.push(...checkWorksheets(course));
  problems.push(...checkQuestions(course));
  problems.push(...checkTimeAndReading(course));
  warnings.push(...reviewWarnings(course, options.today ?? monthOf(new Date())));
  const byPlace = (a: Problem, b: Problem) => a.file.localeCompare(b.file) || a.field.localeCompare(b.field, 'en', { numeric: true });
  problems.sort(byPlace);
  warnings.sort(byPlace);
  return course;
}

/** Checks what the schemas cannot see: references between files. */
function checkLinks(course: CheckedCourse): Problem[] {
  const problems: Problem[] = [];
  const { found } = course;
  const trackIds = new Set(course.tracks.map((t) => t.id));
  const listed = new Set<string>();

  for (const track of course.tracks) {
    track.data.modules.forEach((slug, index) => {
      const moduleId = `${track.id}/${slug}`;
      const field = `modules[${index}]`;
      if (listed.has(moduleId)) {
        problems.push({ file: track.file, field, message: `lists "${slug}" twice — keep one entry` });
      } else if (!found.modules.has(moduleId)) {
        problems.push({ file: track.file, field, message: `no module "${moduleId}" exists — create content/modules/${moduleId}.mdx or remove "${slug}" from the list` });
      }
      listed.add(moduleId);
    });
    track.data.takeAfter?.forEach((other, index) => {
      if (other === track.id) problems.push({ file: track.file, field: `takeAfter[${index}]`, message: 'names the track itself — list other tracks only' });
      else if (!found.tracks.has(other)) problems.push({ file: track.file, field: `takeAfter[${index}]`, message: `track "${other}" has no file — create content/tracks/${other}.yaml or remove it` });
    });
  }

  for (const module of course.modules) {
    if (!found.tracks.has(module.track)) {
      problems.push({ file: module.file, field: '', message: `its track has no file — create content/tracks/${module.track}.yaml and list "${module.id.split('/')[1]}" in it` });
    } else if (trackIds.has(module.track) && !listed.has(module.id)) {
      problems.push({ file: module.file, field: '', message: `is not listed in content/tracks/${module.track}.yaml — add "${module.id.split('/')[1]}" to its modules, or delete the file` });
    }
    module.data.caseStudies.forEach((caseId, index) => {
      if (!found.caseStudies.has(caseId)) {
        problems.push({ file: module.file, field: `caseStudies[${index}]`, message: `no case study "${caseId}" exists — create content/case-studies/${caseId}.mdx or fix the id` });
      }
    });
  }

  for (const module of course.modules) {
    if (!found.quizzedModules.has(module.id)) {
      problems.push({ file: module.file, field: '', message: `has no quiz — create quizzes/${module.id}.yaml with \`module: ${module.id}\`` });
    }
  }

  for (const caseStudy of course.caseStudies) {
    if (!found.linkedCases.has(caseStudy.id)) {
      problems.push({ file: caseStudy.file, field: '', message: `no module links to it — add "${caseStudy.id}" to the caseStudies of a module that uses the story` });
    }
  }

  course.glossary.forEach((entry, index) => {
    const field = `[${index}] (${entry.id})`;
    if (course.glossary.findIndex((other) => other.id === entry.id) !== index) {
      problems.push({ file: 'content/glossary.yaml', field: `${field}.id`, message: `duplicate id "${entry.id}" — give every entry its own id, or merge them` });
    }
    entry.modules.forEach((moduleId, moduleIndex) => {
      if (!found.modules.has(moduleId)) {
        problems.push({ file: 'content/glossary.yaml', field: `${field}.modules[${moduleIndex}]`, message: `no module "${moduleId}" exists — use the <track>/<slug> of an existing module` });
      }
    });
  });

  const { site } = course;
  const siteFile = course.sitePath;
  const logo = site?.logo;
  if (logo && !course.publicFiles.includes(logo)) {
    problems.push({ file: siteFile, field: 'logo', message: `there is no public/${logo} — put the logo file in public/ or fix the name` });
  }
  site?.enabledTracks.forEach((trackId, index) => {
    if (!found.tracks.has(trackId)) {
      problems.push({ file: siteFile, field: `enabledTracks[${index}]`, message: `track "${trackId}" has no file — create content/tracks/${trackId}.yaml or remove it from enabledTracks` });
    }
  });
  if (site?.attestation && !site.policy) {
    problems.push({ file: siteFile, field: 'attestation', message: 'asks learners to confirm they read the policy, but no `policy` is set — add policy: { title, url, version } or remove attestation' });
  }
  return problems;
}

/** A worksheet is named after its track and slug, closes an existing track alone, and stores each box under its own key. */
function checkWorksheets(course: CheckedCourse): Problem[] {
  const problems: Problem[] = [];
  const moduleSlugs = new Set(course.modules.map((module) => module.id));
  for (const worksheet of course.worksheets) {
    const { track, slug } = worksheet.data;
    const expected = `content/worksheets/${track}-${slug}.yaml`;
    if (worksheet.file !== expected) problems.push({ file: worksheet.file, field: '', message: `closes ${track}/${slug}, so name the file ${expected}` });
    if (!course.found.tracks.has(track)) problems.push({ file: worksheet.file, field: 'track', message: `track "${track}" has no file — create content/tracks/${track}.yaml or fix the track` });
    if (moduleSlugs.has(worksheet.id)) problems.push({ file: worksheet.file, field: 'slug', message: `"${slug}" is also a module of the ${track} track — give the worksheet or the module another slug` });
    if (RESERVED_MODULE_SLUGS.includes(slug)) problems.push({ file: worksheet.file, field: 'slug', message: `"${slug}" is the name of a page of every track — choose another slug` });
    const others = [...CODE_WORKSHEET_IDS, ...course.worksheets.filter((other) => other !== worksheet).map((other) => other.id)].filter((id) => id.startsWith(`${track}/`));
    if (others.length > 0) problems.push({ file: worksheet.file, field: 'track', message: `the ${track} track already closes with ${others.join(', ')} — a track has one worksheet` });
    const seen = new Set<string>();
    worksheet.data.sections.forEach((section, sectionIndex) => {
      if (worksheet.data.sections.findIndex((other) => other.id === section.id) !== sectionIndex) {
        problems.push({ file: worksheet.file, field: `sections[${sectionIndex}] (${section.id}).id`, message: `duplicate section id "${section.id}" — give every section its own id` });
      }
      section.fields.forEach((field, fieldIndex) => {
        if (seen.has(`${section.id}.${field.key}`)) {
          problems.push({ file: worksheet.file, field: `sections[${sectionIndex}] (${section.id}).fields[${fieldIndex}].key`, message: `duplicate key "${field.key}" in this section — give every box its own key` });
        }
        seen.add(`${section.id}.${field.key}`);
      });
    });
  }
  return problems;
}

/** Sections, pools and the per-track rules that keep quizzes from being guessable. */
function checkQuestions(course: CheckedCourse): Problem[] {
  const problems: Problem[] = [];
  const sections = new Map(course.modules.map((module) => [module.id, new Set((module.facts?.headings ?? []).map((heading) => heading.slug))]));
  const sectionProblem = (file: string, field: string, moduleId: string, section: string): Problem | undefined => {
    const anchors = sections.get(moduleId);
    if (!anchors || anchors.has(section)) return undefined;
    const known = [...anchors];
    return {
      file,
      field,
      message: `no heading in ${moduleId} has the anchor "${section}" — use one of ${known.length > 0 ? known.join(', ') : '(the module has no ## headings)'}`,
    };
  };

  const byTrack = new Map<string, LocatedQuestion[]>();
  const add = (track: string, item: LocatedQuestion) => byTrack.set(track, [...(byTrack.get(track) ?? []), item]);

  for (const quiz of course.quizzes) {
    const track = quiz.id.split('/')[0];
    const { draw, questions } = quiz.data;
    if (draw !== undefined && draw >= questions.length) {
      problems.push({ file: quiz.file, field: 'draw', message: `draws ${draw} of ${questions.length} questions — a pool needs more questions than it draws; add questions or remove draw` });
    }
    questions.forEach((question, index) => {
      const problem = sectionProblem(quiz.file, `questions[${index}] (${question.id}).section`, quiz.id, question.section);
      if (problem) problems.push(problem);
      add(track, { question, file: quiz.file, index });
    });
  }

  const pool = course.site?.finalCheck.questions ?? 0;
  for (const final of course.finalChecks) {
    const { questions } = final.data;
    if (questions.length < 2 * pool) {
      problems.push({ file: final.file, field: 'questions', message: `holds ${questions.length} questions — a final check of ${pool} (site.yaml finalCheck.questions) needs a pool of at least ${2 * pool}` });
    }
    questions.forEach((question, index) => {
      const field = `questions[${index}] (${question.id})`;
      if (question.module.split('/')[0] !== final.id) {
        problems.push({ file: final.file, field: `${field}.module`, message: `"${question.module}" is not a module of the ${final.id} track — a final check asks about its own track` });
      } else if (!course.found.modules.has(question.module)) {
        problems.push({ file: final.file, field: `${field}.module`, message: `no module "${question.module}" exists — use the <track>/<slug> of an existing module` });
      } else {
        const problem = sectionProblem(final.file, `${field}.section`, question.module, question.section);
        if (problem) problems.push(problem);
      }
      add(final.id, { question, file: final.file, index });
    });
  }

  for (const track of course.tracks) {
    if (course.tracks.length > 0 && !course.finalChecks.some((final) => final.id === track.id) && course.site?.certificateRequires !== 'modules') {
      problems.push({ file: track.file, field: '', message: `has no final check — write quizzes/${track.id}/final.yaml (see content/README.md), or set certificateRequires: modules in site.yaml` });
    }
    const items = byTrack.get(track.id) ?? [];
    problems.push(...trueFalseWording(items), ...trueFalseBalance(track.file, items), ...multipleCountVariety(track.file, items));
    for (const item of items) {
      const warning = longestRightAnswer(item);
      if (warning) course.warnings.push(warning);
    }
  }
  return problems;
}

/** Stated minutes cover reading and the quiz; a track may cap its modules' reading grade. */
function checkTimeAndReading(course: CheckedCourse): Problem[] {
  const problems: Problem[] = [];
  const quizzes = new Map(course.quizzes.map((quiz) => [quiz.id, quiz.data]));
  const ceilings = new Map(course.tracks.map((track) => [track.id, track.data.readingGrade]));
  for (const module of course.modules) {
    const readability = module.facts?.readability;
    if (!readability) continue;
    const quiz = quizzes.get(module.id);
    const questions = quiz ? questionsPerAttempt(quiz) : 0;
    const needed = readability.readingMinutes + questions;
    if (module.data.minutes < needed) {
      problems.push({
        file: module.file,
        field: 'minutes',
        message: `says ${module.data.minutes}, but reading takes ${readability.readingMinutes} (${readability.words} words at 200 a minute) and the quiz asks ${questions} question${questions === 1 ? '' : 's'} — set at least ${needed}, or shorten the lesson`,
      });
    }
    const ceiling = ceilings.get(module.track);
    if (ceiling !== undefined && readability.grade > ceiling) {
      const longest = readability.longestSentences
        .slice(0, 3)
        .map((sentence) => `"${sentence.text.length > 140 ? `${sentence.text.slice(0, 140)}…` : sentence.text}" (${sentence.words} words)`)
        .join('; ');
      problems.push({
        file: module.file,
        field: '',
        message: `reads at grade ${readability.grade.toFixed(1)}, above the track's ceiling of ${ceiling} (content/tracks/${module.track}.yaml readingGrade) — use shorter sentences and plainer words; the longest: ${longest}`,
      });
    }
  }
  return problems;
}

/** Content reviewed longer ago than site.yaml allows, named with its date; the build goes on. */
function reviewWarnings(course: CheckedCourse, today: string): Problem[] {
  const limit = course.site?.reviewWithinMonths ?? 12;
  const warnings: Problem[] = [];
  const check = (file: string, field: string, reviewed: string) => {
    const age = monthsBetween(reviewed, today);
    if (age > limit) warnings.push({ file, field, message: `reviewed ${reviewed}, ${age} months ago (site.yaml allows ${limit}) — check its facts and sources, then update the date` });
  };
  for (const module of course.modules) check(module.file, 'reviewed', module.data.reviewed);
  for (const caseStudy of course.caseStudies) {
    check(caseStudy.file, 'reviewed', caseStudy.data.reviewed);
    if (caseStudy.data.sinceThen) check(caseStudy.file, 'sinceThen.reviewed', caseStudy.data.sinceThen.reviewed);
  }
  for (const guide of course.guides) check(guide.file, 'reviewed', guide.data.reviewed);
  for (const entry of [...course.modules, ...course.caseStudies, ...course.guides]) {
    for (const component of entry.facts?.components ?? []) {
      const date = component.attributes.date;
      if (component.name === 'AsOf' && typeof date === 'string' && /^\d{4}-\d{2}$/.test(date)) {
        check(entry.file, `line ${component.line + entry.facts!.firstLine - 1} <AsOf>`, date);
      }
    }
  }
  return warnings;
}
