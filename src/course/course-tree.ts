import { caseStudyPath, modulePath, trackPath } from './routes.ts';
import type { CaseStudy } from './schemas/case-study.ts';
import { TRACK_IDS, type TrackId } from './schemas/common.ts';
import type { CourseModule } from './schemas/module.ts';
import type { FinalCheck, Quiz } from './schemas/quiz.ts';
import type { SiteSettings } from './schemas/site.ts';
import type { Track } from './schemas/track.ts';
import type { WorksheetDefinition } from './schemas/worksheet.ts';
import { allWorksheets, type WorksheetEntry } from '../worksheets/catalog.ts';

interface Entry<T> {
  id: string;
  data: T;
}

/** A module placed in its track, with its neighbours and quiz. `E` is the caller's entry type. */
export interface ModuleNode<E extends Entry<CourseModule> = Entry<CourseModule>> {
  id: string;
  track: TrackId;
  slug: string;
  entry: E;
  /** Position within the track, from 1. */
  number: number;
  quiz: Quiz;
  /** Pass mark in force: the quiz's own, else the site default. */
  passMark: number;
  /** Root-relative URL (add the base path before use). */
  path: string;
  previous?: ModuleNode<E>;
  next?: ModuleNode<E>;
}

export interface TrackNode<E extends Entry<CourseModule> = Entry<CourseModule>> {
  id: TrackId;
  data: Track;
  modules: ModuleNode<E>[];
  /** Everything a learner does: the modules, the worksheet and the final check (a minute a question). */
  minutes: number;
  /** The track's final check, when it has one. */
  finalCheck?: FinalCheck;
  /** The worksheet that closes the track, when it has one. */
  worksheet?: WorksheetEntry;
  /** A worksheet written as content: what its page renders. */
  worksheetDefinition?: WorksheetDefinition;
  path: string;
}

export interface CaseStudyNode<C extends Entry<CaseStudy> = Entry<CaseStudy>, E extends Entry<CourseModule> = Entry<CourseModule>> {
  id: string;
  entry: C;
  /** Modules of enabled tracks that use this case. */
  usedBy: ModuleNode<E>[];
  /** The case's roles restricted to enabled tracks. */
  roles: TrackId[];
  path: string;
}

export interface CourseTree<E extends Entry<CourseModule>, C extends Entry<CaseStudy>> {
  site: SiteSettings;
  /** Enabled tracks in the course's canonical order. */
  tracks: TrackNode<E>[];
  modules: Map<string, ModuleNode<E>>;
  caseStudies: CaseStudyNode<C, E>[];
}

/**
 * Arranges validated entries into the course: enabled tracks in order, each module with its quiz,
 * neighbours and minutes, and each case study with the modules that use it. Disabled tracks are
 * left out entirely, so no page, link or index mentions them.
 */
export function buildCourseTree<E extends Entry<CourseModule>, C extends Entry<CaseStudy>>(input: {
  site: SiteSettings;
  tracks: Entry<Track>[];
  modules: E[];
  caseStudies: C[];
  quizzes: Entry<Quiz>[];
  finalChecks?: Entry<FinalCheck>[];
  worksheets?: Entry<WorksheetDefinition>[];
}): CourseTree<E, C> {
  const worksheets = allWorksheets((input.worksheets ?? []).map((entry) => entry.data));
  const enabled = new Set(input.site.enabledTracks);
  const moduleEntries = new Map(input.modules.map((m) => [m.id, m]));
  const quizzes = new Map(input.quizzes.map((q) => [q.data.module, q.data]));
  const modules = new Map<string, ModuleNode<E>>();

  const tracks: TrackNode<E>[] = TRACK_IDS.filter((id) => enabled.has(id)).flatMap((trackId) => {
    const track = input.tracks.find((t) => t.id === trackId);
    if (!track) return [];
    const nodes = track.data.modules.map((slug, index): ModuleNode<E> => {
      const id = `${trackId}/${slug}`;
      const entry = moduleEntries.get(id);
      const quiz = quizzes.get(id);
      if (!entry || !quiz) throw new Error(`${id} is missing its module or quiz; run the course check first`);
      return { id, track: trackId, slug, entry, number: index + 1, quiz, passMark: quiz.passMark ?? input.site.passMark, path: modulePath(trackId, slug) };
    });
    nodes.forEach((node, index) => {
      node.previous = nodes[index - 1];
      node.next = nodes[index + 1];
      modules.set(node.id, node);
    });
    const finalCheck = input.finalChecks?.find((entry) => entry.data.track === trackId)?.data;
    const worksheet = worksheets.find((candidate) => candidate.track === trackId);
    const worksheetDefinition = input.worksheets?.find((entry) => entry.data.track === trackId)?.data;
    const minutes =
      nodes.reduce((sum, node) => sum + node.entry.data.minutes, 0) + (worksheet?.minutes ?? 0) + (finalCheck ? Math.min(input.site.finalCheck.questions, finalCheck.questions.length) : 0);
    return [{ id: trackId, data: track.data, modules: nodes, minutes, finalCheck, worksheet, worksheetDefinition, path: trackPath(trackId) }];
  });

  const caseStudies = [...input.caseStudies]
    .sort((a, b) => a.data.company.localeCompare(b.data.company))
    .map((entry) => ({
      id: entry.id,
      entry,
      usedBy: [...modules.values()].filter((node) => node.entry.data.caseStudies.includes(entry.id)),
      roles: entry.data.roles.filter((role) => enabled.has(role)),
      path: caseStudyPath(entry.id),
    }));

  return { site: input.site, tracks, modules, caseStudies };
}
