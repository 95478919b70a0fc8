import { simulationPath } from '../course/routes.ts';
import type { SimulationData } from './simulation-types.ts';

/** A simulation as one searchable document, for the search index (src/search builds the index). */
export interface SimulationSearchText {
  id: string;
  /** Root-relative path of its page. */
  path: string;
  title: string;
  summary: string;
  /** Track ids of the roles taking part. */
  tracks: string[];
  /** The job titles players take on ("Head of customer care"). */
  roleNames: string[];
  /** Everything a player can read, as plain text: setting, roles, every node, debriefs and questions. */
  text: string;
  /**
   * What the simulation is about: when, setting, roles and their briefs, discussion questions. The
   * search indexes this, not `text`: a script this long holds every word of most questions and
   * would outrank the lesson that answers them.
   */
  overview: string;
}

const join = (parts: readonly (string | undefined)[]) => parts.filter((part): part is string => Boolean(part)).join(' ').replace(/\s+/g, ' ').trim();

/** The searchable text of every simulation, in the order given. Pure: no Astro, no index. */
export function simulationSearchTexts(simulations: readonly { id: string; data: SimulationData }[]): SimulationSearchText[] {
  return simulations.map(({ id, data }) => ({
    id,
    path: simulationPath(id),
    title: data.title,
    summary: data.summary,
    tracks: data.roles.map((role) => role.track),
    roleNames: data.roles.map((role) => role.name),
    overview: join([data.when, data.setting, ...data.roles.flatMap((role) => [role.name, role.brief]), ...data.discussion]),
    text: join([
      data.when,
      data.setting,
      ...data.roles.flatMap((role) => [role.name, role.brief]),
      ...data.nodes.flatMap((node) => {
        if (node.type === 'inject') return [node.headline, node.from, node.text, ...(node.variants ?? []).map((v) => v.text)];
        if (node.type === 'decision') return [node.headline, node.situation, ...(node.variants ?? []).map((v) => v.text), node.prompt, ...node.choices.flatMap((c) => [c.text, c.outcome])];
        return [node.title, node.happened, ...node.cases.map((c) => c.says), ...node.sections.map((s) => s.why), ...Object.values(node.roles), ...(node.asOf ?? []).map((a) => a.text)];
      }),
      ...data.discussion,
    ]),
  }));
}
