/**
 * The map follower: a second core running the same scenario on the spatial engine, following
 * the aggregate run's week. The charts come from the aggregate engine (a whole run costs under
 * a millisecond, so every edit re-runs at once); the map needs the spatial engine, whose weeks
 * cost milliseconds each at the default 447² grid. So it catches up in slices of at most
 * `budgetMs` per tick, and the worker keeps answering the UI in between. Both engines are
 * deterministic from the same link; the map says which week it shows.
 */
import type { Clock } from './clock';
import { SPATIAL_DEFAULTS, spatialSide } from './core';
import type { Core } from './core';
import type { MapFrame } from './api';
import { metricColumn } from '../model/metrics';

const HALTED = metricColumn('shipments_halted');

const TICK_MS = 16;
export const DEFAULT_BUDGET_MS = 10;

export interface MapFollower {
	/** Restarts the map run for these checked parameter values (see SimApi.load). */
	load(
		values: Record<string, number>,
		events: Parameters<Core['setEvents']>[0],
		seed: number
	): void;
	/** The week the map should reach; it gets there over the next ticks. */
	follow(week: number): void;
	/** The newest map frame, or null when nothing changed since the last one taken. The first
	 * call switches the follower on. */
	take(): MapFrame | null;
	/** Whether the map has work to do (a run to start, or weeks to catch up): keep pulling. */
	busy(): boolean;
}

/** The core's population weights, scaled in place so that they sum to the market size. */
function asPotentialUsers(weights: Float64Array, marketSize: number): Float64Array {
	let total = 0;
	for (const w of weights) total += w;
	const scale = total > 0 ? marketSize / total : 0;
	for (let i = 0; i < weights.length; i++) weights[i] *= scale;
	return weights;
}

export function createMapFollower(
	core: Core,
	clock: Clock,
	budgetMs = DEFAULT_BUDGET_MS
): MapFollower {
	let revision = 0;
	let target = 0;
	let sentRevision = -1;
	let sentWeek = -1;
	let sentTarget = -1;
	let stop: (() => void) | null = null;
	/** Nothing is stepped until someone takes a frame: a page without a map costs nothing. */
	let active = false;
	let potentialUsers = 0;
	/**
	 * The run to start, while it is not started yet: initSpatial (synthetic cities, initial
	 * devices on 200k cells) takes tens of milliseconds, so it happens in the first slice,
	 * not in load(), which would hold back the charts' first frame.
	 */
	let pending: Parameters<MapFollower['load']> | null = null;

	function start([values, events, seed]: Parameters<MapFollower['load']>) {
		potentialUsers = values.market_size;
		core.setParams(values);
		core.setEvents(events);
		core.initSpatial(seed, { ...SPATIAL_DEFAULTS, side: spatialSide(values.world_cells) });
	}

	function behind(): boolean {
		return pending !== null || core.week() < target;
	}

	function pump() {
		if (pending) {
			start(pending);
			pending = null;
			return; // the start was this slice's work
		}
		const started = clock.now();
		// One week at a time: a slice never overruns the budget by more than one step.
		while (core.week() < target && clock.now() - started < budgetMs) {
			const before = core.week();
			if (core.step(1) === before) break; // at the run length: nothing more to step
		}
		if (!behind()) {
			stop?.();
			stop = null;
		}
	}

	return {
		load(values, events, seed) {
			pending = [values, events, seed];
			revision++;
			target = 0;
			if (active && !stop) stop = clock.every(TICK_MS, pump);
		},
		follow(week) {
			target = week;
			if (active && behind() && !stop) stop = clock.every(TICK_MS, pump);
		},
		busy() {
			return active && behind();
		},
		take() {
			if (!active) {
				active = true;
				this.follow(target);
			}
			if (pending) return null; // starts in the next slice
			const week = core.week();
			// A new target alone is news too: the UI keeps pulling while the map is behind it.
			if (sentRevision === revision && sentWeek === week && sentTarget === target) return null;
			const first = sentRevision !== revision;
			sentRevision = revision;
			sentWeek = week;
			sentTarget = target;
			const map = core.copyMap();
			return {
				revision,
				week,
				target,
				side: map.side,
				population: first ? asPotentialUsers(map.population, potentialUsers) : null,
				devices: map.devices,
				coverage: map.coverage,
				users: map.users,
				regionColumns: core.exports.regionColumns(),
				regionHalted: core.copyRows(week, week)[HALTED] > 0,
				miners: core.exports.spatialMiners(),
				unprofitable: core.exports.spatialUnprofitable()
			};
		}
	};
}
