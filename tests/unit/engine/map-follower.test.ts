/**
 * The map follower: the spatial run behind the map follows the aggregate run's week, only once
 * someone takes map frames, and shows exactly what a direct spatial run of the scenario shows.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { ManualClock } from '../../helpers/manual-clock';
import type { Core } from '../../../web/src/engine/core';
import { spatialSide } from '../../../web/src/engine/core';
import { loadCoreInNode } from '../../../web/src/engine/load-core-node';
import { createMapFollower } from '../../../web/src/engine/map-follower';
import { createSim } from '../../../web/src/engine/sim';
import type { SimApi } from '../../../web/src/engine/api';
import { defaultScenario } from '../../../web/src/scenario/scenario';
import type { Scenario } from '../../../web/src/scenario/scenario';
import { defaultParams } from '../../../web/src/scenario/schema';

const sum = (a: ArrayLike<number>) => Array.from(a).reduce((s, x) => s + x, 0);
/** A 100×100 grid (the smallest service area) keeps each spatial week cheap. */
const scenario: Scenario = {
	...defaultScenario(),
	params: { ...defaultParams(), world_cells: 10_000, initial_devices: 300 }
};

let clock: ManualClock;
let sim: SimApi;
let mapCore: Core;

beforeEach(async () => {
	clock = new ManualClock();
	mapCore = await loadCoreInNode();
	sim = createSim(await loadCoreInNode(), clock, createMapFollower(mapCore, clock));
});

/** The first map of a run: asking starts the follower, whose first slice starts the run. */
function firstMap() {
	expect(sim.pull(true).map ?? null).toBeNull();
	clock.advance(16);
	return sim.pull(true).map!;
}

describe('map follower', () => {
	test('costs nothing until a map is asked for', () => {
		sim.load(scenario, 30);
		expect(clock.running).toBe(0);
		expect(sim.pull().map ?? null).toBeNull();
		expect(mapCore.exports.gridSide()).toBe(0); // not even started
	});

	test('the first pull does not wait for the spatial run to start', () => {
		sim.load(scenario, 30);
		const frame = sim.pull(true);
		expect(frame.week).toBe(30);
		expect(frame.map ?? null).toBeNull();
		expect(frame.mapBusy).toBe(true); // so the page pulls again for it
		expect(mapCore.exports.gridSide()).toBe(0);
		expect(clock.running).toBe(1); // the first slice will start it
	});

	test('catches up with the run and matches a direct spatial run of the same scenario', async () => {
		sim.load(scenario, 30);
		const first = firstMap();
		expect(first.side).toBe(spatialSide(10_000));
		expect(first.population).not.toBeNull();
		expect(first.week).toBe(0);
		expect(first.target).toBe(30);
		clock.advance(200);
		const caught = sim.pull(true).map!;
		expect(caught.week).toBe(30);
		expect(caught.population).toBeNull(); // sent once per run
		expect(clock.running).toBe(0); // stops ticking once caught up
		const idle = sim.pull(true);
		expect(idle.map ?? null).toBeNull(); // nothing new
		expect(idle.mapBusy).toBe(false);

		const direct = await loadCoreInNode();
		direct.setParams(scenario.params);
		direct.setEvents(scenario.events);
		direct.initSpatial(scenario.seed, { side: spatialSide(10_000) });
		direct.step(30);
		const expected = direct.copyMap();
		expect(Array.from(caught.devices)).toEqual(Array.from(expected.devices));
		expect(Array.from(caught.users)).toEqual(Array.from(expected.users));
		expect(sum(caught.devices)).toBeGreaterThan(0);
	});

	test('follows steps and play, and restarts with a new revision on load and reset', () => {
		sim.load(scenario);
		const first = firstMap();
		sim.step(5);
		clock.advance(100);
		expect(sim.pull(true).map!.week).toBe(5);
		sim.load({ ...scenario, seed: 7 }, 3);
		clock.advance(100);
		const reloaded = sim.pull(true).map!;
		expect(reloaded.revision).toBeGreaterThan(first.revision);
		expect(reloaded.population).not.toBeNull();
		expect(reloaded.week).toBe(3);
		sim.reset();
		expect(sim.pull(true).map ?? null).toBeNull(); // the new run starts in the next slice
		clock.advance(16);
		expect(sim.pull(true).map!.week).toBe(0);
	});

	test('spends at most about its budget per tick', () => {
		clock.cost = 1; // every clock read costs a millisecond
		sim.load(scenario, 200);
		firstMap(); // the first slice starts the run
		clock.advance(16, 16);
		const week = mapCore.week();
		expect(week).toBeGreaterThan(0);
		expect(week).toBeLessThan(20);
	});
});

test('a frame goes out when only the target moved, so the UI knows the map is behind', () => {
	sim.load(scenario);
	firstMap();
	sim.step(1);
	const behind = sim.pull(true).map!;
	expect(behind.target).toBe(1);
	expect(behind.week).toBe(0);
});
