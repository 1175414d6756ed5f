/**
 * The engines a run can use, by the name given to --engine. Each turns a scenario into its
 * weekly rows (row-major, METRIC_COUNT columns, week 0 first). Add an engine here and nowhere
 * else: the argument parser and the help text take their names from ENGINE_NAMES.
 */
import { SPATIAL_DEFAULTS, spatialSide } from '../engine/core';
export { spatialSide };
import type { Core } from '../engine/core';
import { METRIC_COUNT } from '../model/metrics';
import type { Scenario } from '../scenario/scenario';

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
	core.setParams(scenario.params);
	core.setEvents(scenario.events);
	core.init(scenario.seed);
	return runToHorizon(core, scenario);
}

/** Spatial engine: a hex grid of spatialSide(world_cells)², 16 cities, 8 candidate cells. */
async function runSpatial(scenario: Scenario, deps: EngineDeps): Promise<Float64Array> {
	const core = await deps.loadCore();
	core.setParams(scenario.params);
	core.setEvents(scenario.events);
	core.initSpatial(scenario.seed, {
		...SPATIAL_DEFAULTS,
		side: spatialSide(scenario.params.world_cells)
	});
	return runToHorizon(core, scenario);
}

function runToHorizon(core: Core, scenario: Scenario): Float64Array {
	const horizon = scenario.params.horizon_weeks;
	const reached = core.step(horizon);
	if (reached !== horizon) throw new Error(`the core stopped at week ${reached} of ${horizon}`);
	const rows = core.copyRows(0, reached);
	if (rows.length !== (reached + 1) * METRIC_COUNT)
		throw new Error('the core returned a short series');
	return rows;
}

export const ENGINES: Readonly<Record<EngineName, Engine>> = {
	aggregate: runAggregate,
	spatial: runSpatial
};

export function isEngineName(name: string): name is EngineName {
	return (ENGINE_NAMES as readonly string[]).includes(name);
}
