import { checkSimulationGraph } from '../simulation/graph-check.ts';
import { soloMinutesRange } from '../simulation/solo-minutes.ts';
import type { CheckedCourse } from './check-course.ts';
import { parseYaml, type RawFile } from './parse-files.ts';
import type { Problem } from './problems.ts';
import { SECTION_LINK, simulationSchema, type Simulation } from './schemas/simulation.ts';
import { parseWithProblems } from './zod-problems.ts';

export interface SimulationEntry {
  id: string;
  file: string;
  data: Simulation;
}

/**
 * Validates every simulation (`simulations/<id>.yaml`): the schema, then the walk of its machine
 * (src/simulation/graph-check.ts), then what it links to in the rest of the course — tracks, case
 * studies and module sections — and its stated minutes against the text of a solo run.
 */
export function checkSimulations(files: readonly RawFile[], course: CheckedCourse): { entries: SimulationEntry[]; problems: Problem[]; warnings: Problem[] } {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const entries: SimulationEntry[] = [];
  const anchors = new Map(course.modules.map((module) => [module.id, new Set((module.facts?.headings ?? []).map((heading) => heading.slug))]));

  for (const file of files) {
    const id = /^simulations\/([a-z0-9]+(?:-[a-z0-9]+)*)\.yaml$/.exec(file.path)?.[1];
    if (!id) {
      problems.push({ file: file.path, field: '', message: 'is not named simulations/<id>.yaml with a lowercase-kebab-case id — rename it (the id is its address, /simulations/<id>/)' });
      continue;
    }
    const parsed = parseYaml(file);
    problems.push(...parsed.problems);
    if (parsed.data === undefined) continue;
    const result = parseWithProblems(simulationSchema, parsed.data, file.path);
    problems.push(...result.problems);
    const data = result.value;
    if (!data) continue;

    const graph = checkSimulationGraph(data);
    problems.push(...graph.problems.map((p) => ({ file: file.path, ...p })));
    warnings.push(...graph.warnings.map((p) => ({ file: file.path, ...p })));

    data.roles.forEach((role, i) => {
      if (!course.found.tracks.has(role.track)) problems.push({ file: file.path, field: `roles[${i}] (${role.track}).track`, message: `track "${role.track}" has no file — use a track of the course` });
    });
    data.nodes.forEach((node, n) => {
      if (node.type !== 'ending') return;
      const field = `nodes[${n}] (${node.id})`;
      node.cases.forEach((link, c) => {
        if (!course.found.caseStudies.has(link.id)) problems.push({ file: file.path, field: `${field}.cases[${c}] (${link.id})`, message: `no case study "${link.id}" exists — use the id of a file in content/case-studies/` });
      });
      node.sections.forEach((section, s) => {
        const [, track, slug, anchor] = SECTION_LINK.exec(section.link)!;
        const moduleId = `${track}/${slug}`;
        const known = anchors.get(moduleId);
        if (!course.found.modules.has(moduleId)) {
          problems.push({ file: file.path, field: `${field}.sections[${s}].link`, message: `no module "${moduleId}" exists — link /tracks/<track>/<module>/#<anchor> of an existing module` });
        } else if (known && !known.has(anchor!)) {
          problems.push({ file: file.path, field: `${field}.sections[${s}].link`, message: `no heading in ${moduleId} has the anchor "${anchor}" — use one of ${[...known].join(', ')}` });
        }
      });
    });

    if (graph.problems.length === 0) {
      const { min, max } = soloMinutesRange(data);
      if (data.minutes < min || data.minutes > max) {
        problems.push({ file: file.path, field: 'minutes', message: `says ${data.minutes}, but a solo run reads as ${min}–${max} minutes (every role, by the book and in silos: 200 words a minute and a minute per own decision) — set a number in that range, or change the text` });
      }
    }
    entries.push({ id, file: file.path, data });
  }
  return { entries, problems, warnings };
}
