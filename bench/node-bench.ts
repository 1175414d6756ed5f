/**
 * The Node half of the benchmark, loaded by bench/run.mjs through Vite's runnerImport (so it can
 * import the TypeScript sources directly). Measures the release WASM core against the
 * TypeScript ReferenceModel in this Node process: ensemble throughput (runs/s) and the latency of
 * a single 520-week run (ms). See bench/engines.ts for what a run is and how rounds interleave.
 */
import { performance } from 'node:perf_hooks';
import { loadCoreInNode } from '../web/src/engine/load-core-node';
import { defaultParams } from '../web/src/scenario/schema';
import {
	measureSingleRun,
	measureSpatial,
	measureThroughput,
	referenceRun,
	wasmRun
} from './engines';
import type { Comparison, MeasureOptions, SpatialCase, SpatialResult } from './engines';

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

/** The spatial engine in this Node process (see measureSpatial in bench/engines.ts). */
export async function benchSpatial(
	cases: readonly SpatialCase[],
	rounds = 3
): Promise<SpatialResult[]> {
	return measureSpatial(await loadCoreInNode('release'), cases, rounds, () => performance.now());
}
