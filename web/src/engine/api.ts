/**
 * The comlink contract between the UI and the engine worker (types only).
 * The UI pulls one Frame per animation frame with at most one request in flight.
 */
import type { Issue } from '../scenario/validate';
import type { Scenario } from '../scenario/scenario';

export interface Frame {
	/** Increments whenever the run restarts (new scenario, changed parameter, reset). */
	readonly revision: number;
	/** Week of the first row in `rows`: 0 after a restart, else the week after the last pull. */
	readonly fromWeek: number;
	/** Current week; `rows` covers fromWeek..week (empty when nothing is new). */
	readonly week: number;
	/** Row-major metrics, METRIC_COUNT columns (web/src/model/metrics.ts). Transferred. */
	readonly rows: Float64Array;
	readonly playing: boolean;
	/** Last week of the run. */
	readonly horizon: number;
}

export interface LoadResult {
	/** Values the engine had to clamp or replace (the UI validates first, so usually none). */
	readonly issues: readonly Issue[];
	readonly week: number;
}

export interface SimApi {
	/** Starts a run of `scenario` and computes it up to `atWeek` at once (0: a fresh start). */
	load(scenario: Scenario, atWeek?: number): LoadResult;
	play(): void;
	pause(): void;
	/** Advances `weeks` steps now (pauses first). Returns the week reached. */
	step(weeks?: number): number;
	/** Back to week 0 of the same scenario, paused. */
	reset(): void;
	/** Simulated weeks per second of wall time while playing. */
	setSpeed(weeksPerSecond: number): void;
	/** Rows computed since the last pull (all rows after a restart). */
	pull(): Frame;
}
