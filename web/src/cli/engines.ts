/**
 * The engines a run can use, by the name given to --engine. Each turns a scenario into its
 * weekly rows (row-major, METRIC_COUNT columns, week 0 first). Add an engine here and nowhere
 * else: the argument parser and the help text take their names from ENGINE_NAMES.
 */
import type { Core } from '../engine/core';
import { METRIC_COUNT } from '../model/metrics';
import type { Scenario } from '../scenario/scenario';
import { UsageError } from './errors';

export const ENGINE_NAMES = ['aggregate', 'spatial'] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];

export interface EngineDeps {
	/** Loads the release WASM core (main.ts makes sure it is built first). */
	loadCore(): Promise<Core>;
}

type Engine = (scenario: Scenario, deps: EngineDeps) => Promise<Float64Array>;

/** The whole run: week 0 (the initial state) to the run length `horizon_weeks`. */
async function runAggregate(scenario: Scenario, deps: EngineDeps): Promise<Float64Array> {
	const core = await deps.loadCore();
	const horizon = scenario.params.horizon_weeks;
	core.setParams(scenario.params);
	core.setEvents(scenario.events);
	core.init(scenario.seed);
	const reached = core.step(horizon);
	if (reached !== horizon) throw new Error(`the core stopped at week ${reached} of ${horizon}`);
	const rows = core.copyRows(0, reached);
	if (rows.length !== (reached + 1) * METRIC_COUNT)
		throw new Error('the core returned a short series');
	return rows;
}

async function runSpatial(): Promise<Float64Array> {
	throw new UsageError(
		'--engine spatial: the spatial engine is not implemented yet (it will come later); use --engine aggregate'
	);
}

export const ENGINES: Readonly<Record<EngineName, Engine>> = {
	aggregate: runAggregate,
	spatial: runSpatial
};

export function isEngineName(name: string): name is EngineName {
	return (ENGINE_NAMES as readonly string[]).includes(name);
}
