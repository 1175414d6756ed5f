/**
 * The fallback core for browsers without WebAssembly SIMD (`release-nosimd`, core.nosimd.wasm)
 * against the shipped SIMD core (`release`, core.wasm): the same source, with a scalar twin of
 * every SIMD path (ASC_FEATURE_SIMD), must give bit-identical results, and the fallback must
 * really contain no SIMD instruction.
 */
import { readFile } from 'node:fs/promises';
import binaryen from 'assemblyscript/binaryen';
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Core, SpatialMap } from '../../web/src/engine/core';
import { loadCoreInNode } from '../../web/src/engine/load-core-node';
import { PRESETS, presetEvents, presetParams } from '../../web/src/scenario/presets';
import type { ParamValues } from '../../web/src/scenario/schema';
import type { ScenarioEvent } from '../../web/src/scenario/events';
import { eventsArb, paramsArb, seedArb } from '../helpers/arbitraries';
import { firstDifference, runCore } from '../helpers/run-core';

let simd: Core;
let scalar: Core;
beforeAll(async () => {
	[simd, scalar] = await Promise.all([loadCoreInNode('release'), loadCoreInNode('release-nosimd')]);
});

const presetCases = PRESETS.map((p) => [p.key, presetParams(p), presetEvents(p)] as const);

function runSpatial(
	core: Core,
	params: ParamValues,
	events: readonly ScenarioEvent[],
	seed: number,
	weeks: number
): { rows: Float64Array; map: SpatialMap } {
	core.setParams(params);
	core.setEvents(events);
	core.initSpatial(seed, { side: 48 });
	const reached = core.step(weeks);
	return { rows: core.copyRows(0, reached), map: core.copyMap() };
}

describe('the fallback core has no SIMD', () => {
	test('core.nosimd.wasm validates with every WebAssembly feature except SIMD', async () => {
		const url = new URL('../../web/src/engine/generated/core.nosimd.wasm', import.meta.url);
		const module = binaryen.readBinary(await readFile(url));
		try {
			module.setFeatures(
				binaryen.Features.All & ~binaryen.Features.SIMD128 & ~binaryen.Features.RelaxedSIMD
			);
			expect(module.validate()).toBe(1);
		} finally {
			module.dispose();
		}
	});
});

describe('SIMD and fallback cores agree bit for bit', () => {
	test.each(presetCases)('aggregate engine, preset %s, whole horizon', (_key, params, events) => {
		for (const seed of [1, 20260721]) {
			const a = runCore(simd, params, seed, params.horizon_weeks, events);
			const b = runCore(scalar, params, seed, params.horizon_weeks, events);
			expect(simd.week()).toBe(params.horizon_weeks);
			expect(firstDifference(a, b)).toBe(-1);
		}
	});

	test.each(presetCases)(
		'spatial engine, preset %s, 52 weeks on a 48² grid',
		(_key, params, events) => {
			const a = runSpatial(simd, params, events, 7, 52);
			const b = runSpatial(scalar, params, events, 7, 52);
			expect(simd.week()).toBe(52);
			expect(firstDifference(a.rows, b.rows)).toBe(-1);
			expect(b.map.devices).toEqual(a.map.devices);
			expect(b.map.coverage).toEqual(a.map.coverage);
			expect(firstDifference(a.map.users, b.map.users)).toBe(-1);
		}
	);

	test('aggregate engine, random scenarios over the whole schema range (any class count)', () => {
		fc.assert(
			fc.property(paramsArb, seedArb, eventsArb, (params, seed, events) => {
				const a = runCore(simd, params, seed, params.horizon_weeks, events);
				const b = runCore(scalar, params, seed, params.horizon_weeks, events);
				return a.length > 0 && firstDifference(a, b) === -1;
			}),
			{ numRuns: 60 }
		);
	});
});
