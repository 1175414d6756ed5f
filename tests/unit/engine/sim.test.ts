import { beforeEach, describe, expect, test } from 'vitest';
import type { Core } from '../../../web/src/engine/core';
import { ManualClock } from '../../helpers/manual-clock';
import { loadCoreInNode } from '../../../web/src/engine/load-core-node';
import { DEFAULT_SPEED, createSim } from '../../../web/src/engine/sim';
import { METRIC_COUNT, metricColumn } from '../../../web/src/model/metrics';
import { defaultScenario } from '../../../web/src/scenario/scenario';
import { PARAM_INDEX } from '../../../web/src/scenario/schema';
import type { SimApi } from '../../../web/src/engine/api';

let core: Core;
let clock: ManualClock;
let sim: SimApi;

beforeEach(async () => {
	core = await loadCoreInNode();
	clock = new ManualClock();
	sim = createSim(core, clock);
	sim.load(defaultScenario());
});

describe('the engine (createSim)', () => {
	test('a fresh load is paused at week 0 and the first pull holds row 0', () => {
		const frame = sim.pull();
		expect(frame).toMatchObject({ week: 0, fromWeek: 0, playing: false, horizon: 520 });
		expect(frame.rows.length).toBe(METRIC_COUNT);
		expect(frame.rows[metricColumn('devices')]).toBe(100);
	});

	test('playing turns wall time into weeks at the set speed, and pause stops the clock', () => {
		sim.play();
		clock.advance(1000);
		const week = sim.pull().week;
		expect(week).toBeGreaterThanOrEqual(DEFAULT_SPEED - 1);
		expect(week).toBeLessThanOrEqual(DEFAULT_SPEED + 1);
		sim.pause();
		expect(clock.running).toBe(0);
		clock.advance(1000);
		expect(sim.pull().week).toBe(week);
	});

	test('pulls are incremental within a run and complete after a restart', () => {
		sim.step(10);
		expect(sim.pull()).toMatchObject({ fromWeek: 0, week: 10 });
		sim.step(5);
		const next = sim.pull();
		expect(next).toMatchObject({ fromWeek: 11, week: 15 });
		expect(next.rows.length).toBe(5 * METRIC_COUNT);
		expect(sim.pull().rows.length).toBe(0);
		sim.reset();
		const restarted = sim.pull();
		expect(restarted).toMatchObject({ fromWeek: 0, week: 0 });
		expect(restarted.revision).toBeGreaterThan(next.revision);
	});

	test('load at a week computes the new run up to that week at once', () => {
		const result = sim.load(
			{ ...defaultScenario(), params: { ...defaultScenario().params, inertia: 1 } },
			200
		);
		expect(result).toEqual({ issues: [], week: 200 });
		const frame = sim.pull();
		expect(frame.rows.length).toBe(201 * METRIC_COUNT);
	});

	test('a run reaches its end and stops playing by itself', () => {
		sim.load({ ...defaultScenario(), params: { ...defaultScenario().params, horizon_weeks: 52 } });
		sim.setSpeed(1000);
		sim.play();
		clock.advance(2000);
		const frame = sim.pull();
		expect(frame.week).toBe(52);
		expect(frame.playing).toBe(false);
		expect(clock.running).toBe(0);
		sim.play();
		expect(clock.running).toBe(0);
	});

	test('out-of-range values from any caller are clamped and reported', () => {
		const params = { ...defaultScenario().params, uptime: 7, inertia: Number.NaN };
		const { issues } = sim.load({ ...defaultScenario(), params });
		expect(issues.map((i) => i.key).sort()).toEqual(['inertia', 'uptime']);
		expect(core.exports.getParam(PARAM_INDEX.get('uptime')!)).toBe(0.99);
	});

	test('the rows pulled are a copy, not a view on WASM memory', () => {
		sim.step(3);
		const frame = sim.pull();
		expect(frame.rows.buffer).not.toBe(core.exports.memory.buffer);
		const week3 = frame.rows[3 * METRIC_COUNT + metricColumn('week')];
		expect(week3).toBe(3);
	});
});
