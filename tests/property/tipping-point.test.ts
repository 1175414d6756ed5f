/**
 * I8 (MODEL.md §8): the chicken-and-egg problem as a tipping point with hysteresis, on the real
 * WASM in the `tipping-demo` preset. For every inertia there is a subsidy below which the network
 * fizzles (< 1% of the market at week 520) and one above which it tips (> 20%); the critical
 * subsidy rises with inertia; and a half-built network survives where an empty one fizzles.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { Core } from '../../web/src/engine/core';
import { loadCoreInNode } from '../../web/src/engine/load-core-node';
import { metricColumn } from '../../web/src/model/metrics';
import { PRESET_INDEX, presetParams } from '../../web/src/scenario/presets';
import type { ParamValues } from '../../web/src/scenario/schema';

const SUBSIDIES = [0, 1e3, 3e3, 1e4, 3e4, 1e5, 3e5, 1e6, 3e6, 1e7];
const INERTIAS = [0, 0.25, 0.5, 0.75, 1, 1.25, 1.5];
const base = presetParams(PRESET_INDEX.get('tipping-demo'));

let core: Core;
beforeAll(async () => {
	core = await loadCoreInNode();
});

/** Users at week 520 as a share of the addressable market. */
function finalShare(params: ParamValues): number {
	core.setParams(params);
	core.init(1);
	const week = core.step(520);
	return core.copyRows(week, week)[metricColumn('users')] / params.market_size;
}

const emptyStart = (e: number, iota: number) =>
	finalShare({ ...base, emission_initial: e, inertia: iota });
const halfBuilt = (e: number, iota: number) =>
	finalShare({
		...base,
		emission_initial: e,
		inertia: iota,
		initial_devices: base.max_miners / 2,
		initial_users: base.market_size / 2
	});

describe('I8: tipping point and hysteresis in tipping-demo', () => {
	test('for every inertia, a subsidy that fizzles and a larger one that tips', () => {
		const critical: number[] = [];
		for (const iota of INERTIAS) {
			const shares = SUBSIDIES.map((e) => emptyStart(e, iota));
			const low = shares.findIndex((s) => s < 0.01);
			const high = shares.findIndex((s) => s > 0.2);
			expect(low, `ι₀ = ${iota}: some subsidy fizzles`).toBeGreaterThanOrEqual(0);
			expect(high, `ι₀ = ${iota}: some subsidy tips`).toBeGreaterThan(low);
			// Once it tips, more subsidy never tips it back (the boundary is a single crossing).
			for (let i = high; i < shares.length; i++) expect(shares[i]).toBeGreaterThan(0.1);
			critical.push(SUBSIDIES[shares.findIndex((s) => s > 0.1)]);
		}
		// E* rises with inertia, and spans orders of magnitude over the range.
		for (let i = 1; i < critical.length; i++)
			expect(critical[i]).toBeGreaterThanOrEqual(critical[i - 1]);
		expect(critical.at(-1)! / critical[0]).toBeGreaterThanOrEqual(100);
	});

	test('hysteresis: identical parameters, an empty start fizzles, a half-built start thrives', () => {
		for (const [e, iota] of [
			[0, 0.5],
			[1e5, 0.75],
			[3e5, 1]
		]) {
			expect(emptyStart(e, iota), `empty start, E₀ ${e}, ι₀ ${iota}`).toBeLessThan(0.01);
			expect(halfBuilt(e, iota), `half-built start, E₀ ${e}, ι₀ ${iota}`).toBeGreaterThan(0.2);
		}
	});

	test('the preset itself sits just below its tipping point, as its description says', () => {
		expect(finalShare(base)).toBeLessThan(0.01);
		expect(finalShare({ ...base, emission_initial: 300_000 })).toBeGreaterThan(0.2);
	});
});
