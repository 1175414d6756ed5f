import { describe, expect, test } from 'vitest';
import { loadCoreInNode } from '../../web/src/engine/load-core-node';
import { defaultParams } from '../../web/src/scenario/schema';
import { firstDifference, runCore } from '../helpers/run-core';

describe('determinism of the release core', () => {
	test('the same seed gives bit-identical output, in the same and in a fresh instance', async () => {
		const a = await loadCoreInNode();
		const b = await loadCoreInNode();
		const first = runCore(a, defaultParams(), 1234, 520);
		const again = runCore(a, defaultParams(), 1234, 520);
		const fresh = runCore(b, defaultParams(), 1234, 520);
		expect(first.length).toBeGreaterThan(520);
		expect(firstDifference(first, again)).toBe(-1);
		expect(firstDifference(first, fresh)).toBe(-1);
	});

	test('a different seed gives a different run (the market index is stochastic)', async () => {
		const core = await loadCoreInNode();
		const a = runCore(core, defaultParams(), 1, 520);
		const b = runCore(core, defaultParams(), 2, 520);
		expect(firstDifference(a, b)).toBeGreaterThan(-1);
	});

	test('in the deterministic market mode the seed does not matter', async () => {
		const core = await loadCoreInNode();
		const calm = { ...defaultParams(), market_mode: 1 };
		expect(firstDifference(runCore(core, calm, 1, 520), runCore(core, calm, 99, 520))).toBe(-1);
	});

	test('stepping and re-running never grow memory (all buffers are preallocated)', async () => {
		const core = await loadCoreInNode();
		core.setParams({ ...defaultParams(), horizon_weeks: 1040 });
		core.init(5);
		const before = core.exports.memory.buffer.byteLength;
		for (let run = 0; run < 20; run++) {
			core.init(run);
			core.step(1040);
		}
		expect(core.week()).toBe(1040);
		expect(core.exports.memory.buffer.byteLength).toBe(before);
	});

	test('stepping in chunks equals stepping at once', async () => {
		const core = await loadCoreInNode();
		const once = runCore(core, defaultParams(), 77, 300);
		core.setParams(defaultParams());
		core.init(77);
		for (let i = 0; i < 30; i++) core.step(10);
		expect(firstDifference(once, core.copyRows(0, 300))).toBe(-1);
	});

	test('the run stops at its length', async () => {
		const core = await loadCoreInNode();
		core.setParams({ ...defaultParams(), horizon_weeks: 60 });
		core.init(1);
		expect(core.step(1000)).toBe(60);
		expect(core.step(1)).toBe(60);
	});
});
