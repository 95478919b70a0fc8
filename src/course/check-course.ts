import { caseStudySchema, type CaseStudy } from './schemas/case-study.ts';
import { TRACK_IDS, type TrackId } from './schemas/common.ts';
import { moduleSchema, type CourseModule } from './schemas/module.ts';
import { quizSchema, type Quiz } from './schemas/quiz.ts';
import { siteSchema, type SiteSettings } from './schemas/site.ts';
import { trackSchema, type Track } from './schemas/track.ts';
import { parseFrontmatter, parseYaml, type RawFile } from './parse-files.ts';
import type { Problem } from './problems.ts';
import { parseWithProblems } from './zod-problems.ts';
import { WORKSHEETS } from '../worksheets/catalog.ts';

/** Every content file of the course, grouped by kind. */
export interface CourseFiles {
  site?: RawFile;
  tracks: RawFile[];
  modules: RawFile[];
  caseStudies: RawFile[];
  quizzes: RawFile[];
  /** Paths of the files in public/, to check that a logo named in site.yaml exists. */
  publicFiles: string[];
}

interface Entry<T> {
  id: string;
  file: string;
  data: T;
}

/** The validated course: usable only when `problems` is empty. */
export interface CheckedCourse {
  site?: SiteSettings;
  /** Ids of every module, case study and quizzed module found on disk, valid or not, so one bad file does not cascade. */
  found: { tracks: Set<string>; modules: Set<string>; caseStudies: Set<string>; linkedCases: Set<string>; quizzedModules: Map<string, string> };
  tracks: Entry<Track>[];
  modules: (Entry<CourseModule> & { track: string; body: string })[];
  caseStudies: (Entry<CaseStudy> & { body: string })[];
  quizzes: Entry<Quiz>[];
  publicFiles: string[];
  problems: Problem[];
}

/** Pages that live beside a track's modules (its handout and the worksheets); a module may not take their names. */
export const RESERVED_MODULE_SLUGS = ['handout', ...WORKSHEETS.map((worksheet) => worksheet.slug)];

const fileStem = (path: string) => path.split('/').pop()!.replace(/\.[^.]+$/, '');
const isTrackId = (id: string): id is TrackId => (TRACK_IDS as readonly string[]).includes(id);

/**
 * Validates the whole course: each file against its schema, then the links between files.
 * Returns every problem at once so an author can fix them in one pass.
 */
export function checkCourse(files: CourseFiles): CheckedCourse {
  const problems: Problem[] = [];
  const found = { tracks: new Set<string>(), modules: new Set<string>(), caseStudies: new Set<string>(), linkedCases: new Set<string>(), quizzedModules: new Map<string, string>() };
  const course: CheckedCourse = { found, tracks: [], modules: [], caseStudies: [], quizzes: [], publicFiles: files.publicFiles, problems };

  if (!files.site) {
    problems.push({ file: 'content/site.yaml', field: '', message: 'is missing — create it with at least `organisation: <your organisation>`' });
  } else {
    const parsed = parseYaml(files.site);
    problems.push(...parsed.problems);
    if (parsed.data !== undefined) {
      const result = parseWithProblems(siteSchema, parsed.data, files.site.path);
      problems.push(...result.problems);
      course.site = result.value;
    }
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
    if (result.value) course.modules.push({ id, track, file: file.path, data: result.value, body: parsed.body });
  }

  for (const file of files.caseStudies) {
    found.caseStudies.add(fileStem(file.path));
    const parsed = parseFrontmatter(file);
    problems.push(...parsed.problems);
    if (parsed.data === undefined) continue;
    const result = parseWithProblems(caseStudySchema, parsed.data, file.path);
    problems.push(...result.problems);
    if (result.value) course.caseStudies.push({ id: fileStem(file.path), file: file.path, data: result.value, body: parsed.body });
  }

  for (const file of files.quizzes) {
    const parsed = parseYaml(file);
    problems.push(...parsed.problems);
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

  problems.push(...checkLinks(course));
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.field.localeCompare(b.field, 'en', { numeric: true }));
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

  const logo = course.site?.logo;
  if (logo && !course.publicFiles.includes(logo)) {
    problems.push({ file: 'content/site.yaml', field: 'logo', message: `there is no public/${logo} — put the logo file in public/ or fix the name` });
  }

  course.site?.enabledTracks.forEach((trackId, index) => {
    if (!found.tracks.has(trackId)) {
      problems.push({ file: 'content/site.yaml', field: `enabledTracks[${index}]`, message: `track "${trackId}" has no file — create content/tracks/${trackId}.yaml or remove it from enabledTracks` });
    }
  });
  return problems;
}
