/**
 * The Node half of the benchmark, loaded by bench/run.mjs through Vite's runnerImport (so it can
 * import the TypeScript sources directly). Measures the release WASM core against the
 * TypeScript ReferenceModel in this Node process: ensemble throughput (runs/s) and the latency of
 * a single 520-week run (ms). See bench/engines.ts for what a run is and how rounds interleave.
 */
import { performance } from 'node:perf_hooks';
import { loadCoreInNode } from '../web/src/engine/load-core-node';
import { defaultParams } from '../web/src/scenario/schema';
import { measureSingleRun, measureThroughput, referenceRun, RUN_WEEKS, wasmRun } from './engines';
import type { Comparison, MeasureOptions } from './engines';

/** Steps per second of the spatial engine at each grid side (median over rounds). */
export interface SpatialResult {
	side: number;
	stepsPerSecond: number;
	rounds: number[];
}

export interface NodeResults {
	ensemble: Comparison;
	singleRun: Comparison;
}

export async function benchNode(
	throughput: Omit<MeasureOptions, 'now'>,
	single: Omit<MeasureOptions, 'now'> & { runsPerRound: number }
): Promise<NodeResults> {
	const params = defaultParams();
	const engines = {
		value: wasmRun(await loadCoreInNode('release'), params),
		baseline: referenceRun(params)
	};
	const now = () => performance.now();
	const ensemble = await measureThroughput(engines, { ...throughput, now });
	const singleRun = await measureSingleRun(engines, { ...single, now });
	return { ensemble, singleRun };
}

/**
 * The spatial engine (default scenario, seed 1, 16 cities, 8 candidates): one warm-up run, then
 * `rounds` timed runs of the same 520 weeks per side (the same seed, so the same workload: the
 * number of devices to place depends on the market path); steps/s = 520 / seconds per run.
 */
export async function benchSpatial(sides: readonly number[], rounds = 3): Promise<SpatialResult[]> {
	const core = await loadCoreInNode('release');
	const params = defaultParams();
	const run = (side: number) => {
		core.setParams(params);
		core.setEvents([]);
		core.initSpatial(1, { side });
		const start = performance.now();
		const reached = core.step(RUN_WEEKS);
		if (reached !== RUN_WEEKS) throw new Error(`spatial run stopped at week ${reached}`);
		return RUN_WEEKS / ((performance.now() - start) / 1000);
	};
	return sides.map((side) => {
		run(side);
		const timed = Array.from({ length: rounds }, () => run(side));
		const sorted = [...timed].sort((a, b) => a - b);
		return { side, stepsPerSecond: sorted[Math.floor(sorted.length / 2)], rounds: timed };
	});
}
