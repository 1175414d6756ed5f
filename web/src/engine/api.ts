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
	/** The map, when asked for and changed since the last pull; else null. Transferred. */
	readonly map?: MapFrame | null;
	/** The map is starting or catching up: a newer map will come (pull again soon). */
	readonly mapBusy?: boolean;
}

/** The spatial engine's map at one week (cells i = r·side + q of the axial hex grid). */
export interface MapFrame {
	/** Increments whenever the map run restarts. */
	readonly revision: number;
	/** The week the map shows; it may lag the charts' week while it catches up to `target`. */
	readonly week: number;
	readonly target: number;
	readonly side: number;
	/** Potential users per cell (the population weights scaled to sum to market_size): sent with
	 * the first frame of a revision only (it never changes). */
	readonly population: Float64Array | null;
	/** Devices placed in each cell. */
	readonly devices: Int32Array;
	/** Device footprints covering each cell (0: not covered). */
	readonly coverage: Int32Array;
	/** Adopters in each cell. */
	readonly users: Float64Array;
	/** The regulated region: display columns (q + ⌊r/2⌋) mod side below this (a western band). */
	readonly regionColumns: number;
	/** Whether shipments to the region are halted this week (an enforcement or a regional ban). */
	readonly regionHalted: boolean;
	/** Miner agents owning at least one device. */
	readonly miners: number;
	/** Devices whose income in the latest week was below their running cost. */
	readonly unprofitable: number;
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
	/** Rows computed since the last pull (all rows after a restart), and the map if `withMap`. */
	pull(withMap?: boolean): Frame;
}
