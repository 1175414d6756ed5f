import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { loadCoreInNode } from '../../web/src/engine/load-core-node';
import { METRICS, METRIC_COUNT } from '../../web/src/model/metrics';
import { Rng } from '../../web/src/model/rng';
import { defaultParams } from '../../web/src/scenario/schema';
import { eventsArb, paramsArb, seedArb } from '../helpers/arbitraries';
import { firstDifference, runCore, runReference } from '../helpers/run-core';

function describeDifference(a: Float64Array, b: Float64Array, at: number): string {
	const week = Math.floor(at / METRIC_COUNT);
	const metric = METRICS[at % METRIC_COUNT]?.key;
	return `week ${week}, ${metric}: wasm ${a[at]} vs reference ${b[at]}`;
}

describe('the WASM test build and the TypeScript reference agree bit for bit', () => {
	test('the PRNG streams are identical', async () => {
		const core = await loadCoreInNode('test');
		for (const [seed, stream] of [
			[0, 0],
			[1, 1],
			[0xffffffff, 7],
			[123456789, 3]
		]) {
			core.exports.rngSeed(seed, stream);
			const twin = new Rng(seed, stream);
			for (let i = 0; i < 1000; i++) expect(core.exports.rngNext() >>> 0).toBe(twin.nextU32());
		}
	});

	test('default scenario, 1040 weeks', async () => {
		const core = await loadCoreInNode('test');
		const params = { ...defaultParams(), horizon_weeks: 1040 };
		const wasm = runCore(core, params, 42, 1040);
		const ref = runReference(params, 42, 1040);
		const at = firstDifference(wasm, ref);
		expect(at, at >= 0 ? describeDifference(wasm, ref, at) : '').toBe(-1);
	});

	test('random scenarios over the whole schema range', async () => {
		const core = await loadCoreInNode('test');
		fc.assert(
			fc.property(paramsArb, seedArb, eventsArb, (params, seed, events) => {
				const wasm = runCore(core, params, seed, 1040, events);
				const ref = runReference(params, seed, 1040, events);
				const at = firstDifference(wasm, ref);
				if (at >= 0) throw new Error(describeDifference(wasm, ref, at));
			}),
			{ numRuns: 60 }
		);
	});

	test('release and test builds agree closely (they differ only in Math rounding)', async () => {
		const release = await loadCoreInNode('release');
		const testBuild = await loadCoreInNode('test');
		const a = runCore(release, defaultParams(), 3, 520);
		const b = runCore(testBuild, defaultParams(), 3, 520);
		for (let i = 0; i < a.length; i++) {
			const scale = Math.max(Math.abs(a[i]), Math.abs(b[i]), 1e-12);
			expect(Math.abs(a[i] - b[i]) / scale).toBeLessThan(1e-6);
		}
	});
});
