/**
 * The engine: owns the core and the clock, and answers the UI's commands (SimApi).
 * Pure logic with the core and clock injected, so it runs in the worker and in Node tests.
 * While playing, a fixed-step accumulator turns wall time into whole weekly steps.
 */
import type { Core } from './core';
import type { MapFollower } from './map-follower';
import type { Clock } from './clock';
import type { Frame, LoadResult, SimApi } from './api';
import { checkValue } from '../scenario/validate';
import type { Issue } from '../scenario/validate';
import { PARAMS } from '../scenario/schema';
import type { Scenario } from '../scenario/scenario';

const TICK_MS = 16;
/** At most this many weeks per tick, so a stalled tab never triggers a huge catch-up. */
const MAX_WEEKS_PER_TICK = 64;
export const DEFAULT_SPEED = 26;

/** `map`: the spatial run that follows this one for the map (none in Node tests and the CLI). */
export function createSim(core: Core, clock: Clock, map: MapFollower | null = null): SimApi {
	let revision = 0;
	let horizon = 0;
	let playing = false;
	let speed = DEFAULT_SPEED;
	let weekDebt = 0;
	let lastTick = 0;
	let stopTimer: (() => void) | null = null;
	let sentRevision = -1;
	let sentWeek = -1;
	let seed = 0;
	let loaded: Record<string, number> = {};
	let events: Scenario['events'] = [];

	function tick() {
		const now = clock.now();
		weekDebt += ((now - lastTick) * speed) / 1000;
		lastTick = now;
		const weeks = Math.min(Math.floor(weekDebt), MAX_WEEKS_PER_TICK);
		if (weeks > 0) {
			weekDebt -= weeks;
			if (weekDebt > MAX_WEEKS_PER_TICK) weekDebt = 0;
			// Not map?.follow(core.step(…)): optional chaining would skip the step without a map.
			const week = core.step(weeks);
			map?.follow(week);
		}
		if (core.week() >= horizon) pause();
	}

	function pause() {
		playing = false;
		stopTimer?.();
		stopTimer = null;
	}

	function restart() {
		core.init(seed);
		map?.load(loaded, events, seed);
		revision++;
	}

	return {
		load(scenario: Scenario, atWeek = 0): LoadResult {
			const issues: Issue[] = [];
			const values: Record<string, number> = {};
			for (const spec of PARAMS) {
				const checked = checkValue(spec, scenario.params[spec.key] ?? spec.default);
				values[spec.key] = checked.value;
				if (checked.issue) issues.push(checked.issue);
			}
			seed = scenario.seed >>> 0;
			horizon = values.horizon_weeks;
			core.setParams(values);
			core.setEvents(scenario.events);
			loaded = values;
			events = scenario.events;
			restart();
			const week = core.step(Math.max(0, Math.min(Math.floor(atWeek), horizon)));
			map?.follow(week);
			if (week >= horizon) pause();
			return { issues, week };
		},
		play() {
			if (playing || core.week() >= horizon) return;
			playing = true;
			weekDebt = 0;
			lastTick = clock.now();
			stopTimer = clock.every(TICK_MS, tick);
		},
		pause,
		step(weeks = 1) {
			pause();
			const week = core.step(Math.max(0, Math.floor(weeks)));
			map?.follow(week);
			return week;
		},
		reset() {
			pause();
			restart();
		},
		setSpeed(weeksPerSecond: number) {
			if (Number.isFinite(weeksPerSecond) && weeksPerSecond > 0) speed = weeksPerSecond;
		},
		pull(withMap = false): Frame {
			const week = core.week();
			const fromWeek = sentRevision === revision ? sentWeek + 1 : 0;
			const rows = core.copyRows(fromWeek, week);
			sentRevision = revision;
			sentWeek = week;
			const mapFrame = withMap && map ? map.take() : null;
			return {
				revision,
				fromWeek,
				week,
				rows,
				playing,
				horizon,
				map: mapFrame,
				mapBusy: map ? map.busy() : false
			};
		}
	};
}
