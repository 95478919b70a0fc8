import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { simulationSchema, type Simulation } from '../../src/course/schemas/simulation.ts';
import type { SimulationData } from '../../src/simulation/simulation-types.ts';

/** The text of a fixture in test/fixtures/simulations/. */
export const fixtureText = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/simulations/${name}.yaml`, import.meta.url)), 'utf8');

/** A fixture as raw data (not validated: some fixtures break the schema on purpose). */
export const fixtureData = (name: string) => load(fixtureText(name)) as SimulationData;

/** A fixture validated by the schema (throws if it does not pass). */
export const fixtureSimulation = (name: string): Simulation => simulationSchema.parse(load(fixtureText(name)));

/** A shipped simulation (simulations/<id>.yaml), validated. */
export const shippedSimulation = (id: string): Simulation =>
  simulationSchema.parse(load(readFileSync(fileURLToPath(new URL(`../../simulations/${id}.yaml`, import.meta.url)), 'utf8')));

export const SHIPPED = ['hijacked-brand-account', 'service-meltdown'] as const;
