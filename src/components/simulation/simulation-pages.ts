import { getCollection, render, type CollectionEntry } from 'astro:content';
import { getCourse } from '../../content-loader.ts';
import { SECTION_LINK } from '../../course/schemas/simulation.ts';
import { modulePath } from '../../course/routes.ts';
import { url } from '../../lib/url.ts';
import type { DebriefLinks } from '../../simulation/debrief.ts';
import type { SimulationData } from '../../simulation/simulation-types.ts';

export type SimulationEntry = CollectionEntry<'simulations'>;

/** Every simulation, by title. */
export const getSimulations = async (): Promise<SimulationEntry[]> => (await getCollection('simulations')).sort((a, b) => a.data.title.localeCompare(b.data.title));

/** The pages of each simulation (/simulations/<id>/…), with the entry as their prop. */
export const simulationPaths = async () => (await getSimulations()).map((entry) => ({ params: { id: entry.id }, props: { entry } }));

/** What a simulation's pages render from: the entry, the engine's data and the debrief's links. */
export async function simulationPage(entry: SimulationEntry) {
  return { entry, data: simulationData(entry), links: await debriefLinks(entry) };
}

/** What the engine and the island need: the simulation without its sources and review date. */
export function simulationData({ data }: SimulationEntry): SimulationData {
  const { sources: _sources, reviewed: _reviewed, ...rest } = data;
  return rest;
}

/**
 * The debrief's links, with titles and the base path: case studies, and module sections labelled
 * "Module: Heading". A section of a track this build leaves out (enabledTracks) gets no href.
 */
export async function debriefLinks(entry: SimulationEntry): Promise<DebriefLinks> {
  const course = await getCourse();
  const endings = entry.data.nodes.flatMap((node) => (node.type === 'ending' ? [node] : []));
  const cases: DebriefLinks['cases'] = {};
  for (const { id } of endings.flatMap((ending) => ending.cases)) {
    const node = course.caseStudies.find((c) => c.id === id);
    if (node) cases[id] = { title: node.entry.data.title, href: url(node.path) };
  }
  const sections: DebriefLinks['sections'] = {};
  for (const { link } of endings.flatMap((ending) => ending.sections)) {
    if (sections[link]) continue;
    const [, track, slug, anchor] = SECTION_LINK.exec(link)!;
    const module = course.modules.get(`${track}/${slug}`);
    if (!module) {
      sections[link] = { label: link };
      continue;
    }
    const { headings } = await render(module.entry);
    const heading = headings.find((h) => h.slug === anchor)?.text ?? anchor!;
    sections[link] = { label: `${module.entry.data.title}: ${heading}`, href: url(modulePath(track!, slug!, anchor)) };
  }
  return { cases, sections };
}

/** Job titles of the roles, in order, for lists. */
export const roleNames = (entry: SimulationEntry) => entry.data.roles.map((role) => role.name);
/** Decision points. */
export const decisionCount = (entry: SimulationEntry) => entry.data.nodes.filter((node) => node.type === 'decision').length;

/** The fewest and most decisions any one role takes, for "3 of them yours" on the list page. */
export function decisionsPerRole(entry: SimulationEntry): { min: number; max: number } {
  const counts = entry.data.roles.map((role) => entry.data.nodes.filter((node) => node.type === 'decision' && node.role === role.track).length);
  return { min: Math.min(...counts), max: Math.max(...counts) };
}
