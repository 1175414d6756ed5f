/**
 * Invariants of the model (MODEL.md §8: I1 conservation, I2 null state, I12 bounds, no NaN)
 * as properties over the whole schema range, on the real release WASM.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Core } from '../../web/src/engine/core';
import { loadCoreInNode } from '../../web/src/engine/load-core-node';
import { METRIC_COUNT, metricColumn } from '../../web/src/model/metrics';
import { defaultParams } from '../../web/src/scenario/schema';
import { eventsArb, paramsArb, seedArb } from '../helpers/arbitraries';
import { brokenInvariant, nullCase } from '../helpers/invariants';
import { runCore } from '../helpers/run-core';

let core: Core;
beforeAll(async () => {
	core = await loadCoreInNode();
});

const col = (key: string) => metricColumn(key);
describe('model invariants over the whole parameter space', () => {
	test('no NaN, no negative stocks, bounds hold, supply is conserved (I1, I12)', () => {
		fc.assert(
			fc.property(paramsArb, seedArb, eventsArb, (params, seed, events) => {
				const problem = brokenInvariant(
					runCore(core, { ...params, horizon_weeks: 1040 }, seed, 1040, events),
					params
				);
				if (problem) throw new Error(problem);
			}),
			{ numRuns: 150 }
		);
	});

	test('vanishing coverage with a full market stays finite (U/M overflow regression)', () => {
		fc.assert(
			fc.property(paramsArb, seedArb, (params, seed) => {
				const tiny = { ...params, initial_devices: 5e-324, initial_users: params.market_size };
				const problem = brokenInvariant(runCore(core, tiny, seed, 52), tiny);
				if (problem) throw new Error(problem);
			}),
			{ numRuns: 300 }
		);
	});

	test('I2: no subsidy, no devices, no users, no innovators ⇒ nothing ever happens', () => {
		fc.assert(
			fc.property(paramsArb, seedArb, (params, seed) => {
				const rows = runCore(core, nullCase(params), seed, 520);
				for (let w = 0; w < rows.length / METRIC_COUNT; w++) {
					for (const key of [
						'devices',
						'users',
						'revenue_usd',
						'backlog',
						'shipments',
						'coverage'
					]) {
						expect(rows[w * METRIC_COUNT + col(key)], `${key} at week ${w}`).toBe(0);
					}
				}
			}),
			{ numRuns: 60 }
		);
	});

	test('the default scenario launches: the subsidy bootstraps devices, then users', () => {
		const rows = runCore(core, defaultParams(), 1, 520);
		const at = (w: number, key: string) => rows[w * METRIC_COUNT + col(key)];
		expect(at(104, 'devices')).toBeGreaterThan(10 * at(0, 'devices'));
		expect(at(520, 'users')).toBeGreaterThan(at(104, 'users'));
		expect(at(520, 'revenue_usd')).toBeGreaterThan(0);
	});

	test('more inertia never helps adoption (I7, deterministic market)', () => {
		const calm = { ...defaultParams(), market_mode: 1 };
		const usersAt = (inertia: number) => {
			const rows = runCore(core, { ...calm, inertia }, 1, 520);
			return rows[520 * METRIC_COUNT + col('users')];
		};
		const levels = [0.2, 0.5, 0.8, 1.1, 1.4].map(usersAt);
		for (let i = 1; i < levels.length; i++) expect(levels[i]).toBeLessThanOrEqual(levels[i - 1]);
	});
});
