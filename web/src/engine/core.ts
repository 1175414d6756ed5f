/**
 * The WASM core behind a typed facade. Works in the browser worker and in Node: callers pass a
 * compiled WebAssembly.Module (see load-core-browser.ts and load-core-node.ts).
 * Results are always copied out of WASM memory (views die when memory grows, and WASM memory
 * cannot be transferred between threads).
 */
import { coreImports, LedgerKind } from './core-abi';
import type { CoreAbi } from './core-abi';
import { METRIC_COUNT } from '../model/metrics';
import { PARAMS } from '../scenario/schema';
import type { ParamValues } from '../scenario/schema';
import { EVENT_TYPE_INDEX } from '../scenario/events';
import type { ScenarioEvent } from '../scenario/events';

export interface Core {
	/** The raw ABI, for tests of the ABI itself. */
	readonly exports: CoreAbi;
	/** Sets every parameter of the schema (by id = schema index). */
	setParams(values: ParamValues): void;
	/** Replaces the scripted events (applied from the next init). */
	setEvents(events: readonly ScenarioEvent[]): void;
	/** Resets to week 0 with the current parameters. */
	init(seed: number): void;
	/** Resets to week 0 for the spatial engine (see CoreAbi.initSpatial and SPATIAL_DEFAULTS). */
	initSpatial(seed: number, options?: Partial<SpatialOptions>): void;
	/** Copies the current map frames of the spatial engine (side² cells each). */
	copyMap(): SpatialMap;
	/** Advances up to `weeks` steps (stops at the run length). Returns the week reached. */
	step(weeks: number): number;
	week(): number;
	/** Copies rows fromWeek..toWeek (inclusive) of the series into a new buffer. */
	copyRows(fromWeek: number, toWeek: number): Float64Array;
	/** The integer ledger of MODEL.md I1 at the current week, in base units (LEDGER_UNIT). */
	ledger(): LedgerBase;
}

/** Stocks of the integer ledger in base units: supply + locked = S₀ + minted − burned exactly. */
export interface LedgerBase {
	supply: bigint;
	locked: bigint;
	minted: bigint;
	burned: bigint;
}

export interface SpatialOptions {
	/** Hex grid side (4–512); cells = side². */
	side: number;
	/** Synthetic cities on the map; 0 gives a uniform population. */
	cities: number;
	/** Candidate cells a miner compares for each new device (1: uniform-random placement). */
	candidates: number;
}

export const SPATIAL_DEFAULTS: Readonly<SpatialOptions> = { side: 128, cities: 16, candidates: 8 };

/**
 * The grid's side for a scenario: side² ≈ the service area `world_cells` (one grid cell per
 * hex), clamped to the core's 4–512 (so at most 262,144 cells).
 */
export function spatialSide(worldCells: number): number {
	return Math.min(512, Math.max(4, Math.round(Math.sqrt(worldCells))));
}

export interface SpatialMap {
	side: number;
	population: Float64Array;
	users: Float64Array;
	devices: Int32Array;
	coverage: Int32Array;
}

/** Instantiates a compiled core (release or test build). */
export async function createCore(module: WebAssembly.Module): Promise<Core> {
	const instance = await WebAssembly.instantiate(module, coreImports(module));
	const exports = instance.exports as unknown as CoreAbi;
	if (exports.metricCount() !== METRIC_COUNT || exports.paramCount() !== PARAMS.length) {
		throw new Error('The model core does not match this page (stale build): reload the page.');
	}
	return {
		exports,
		setParams(values) {
			PARAMS.forEach((spec, id) => exports.setParam(id, values[spec.key] ?? spec.default));
		},
		setEvents(events) {
			exports.clearEvents();
			for (const e of events) {
				const type = EVENT_TYPE_INDEX.get(e.type);
				if (type !== undefined) exports.addEvent(type, e.start, e.duration, e.magnitude);
			}
		},
		init: (seed) => exports.init(seed >>> 0),
		initSpatial(seed, options = {}) {
			const o = { ...SPATIAL_DEFAULTS, ...options };
			exports.initSpatial(seed >>> 0, o.side, o.cities, o.candidates);
		},
		copyMap() {
			const side = exports.gridSide();
			const cells = side * side;
			const buffer = exports.memory.buffer;
			return {
				side,
				population: new Float64Array(buffer, exports.cellPopulationPtr(), cells).slice(),
				users: new Float64Array(buffer, exports.cellUsersPtr(), cells).slice(),
				devices: new Int32Array(buffer, exports.cellDevicesPtr(), cells).slice(),
				coverage: new Int32Array(buffer, exports.cellCoveragePtr(), cells).slice()
			};
		},
		step: (weeks) => exports.step(weeks),
		week: () => exports.week(),
		copyRows(fromWeek, toWeek) {
			const start = exports.seriesPtr() + fromWeek * METRIC_COUNT * 8;
			const length = Math.max(0, toWeek - fromWeek + 1) * METRIC_COUNT;
			return new Float64Array(exports.memory.buffer, start, length).slice();
		},
		ledger: () => ({
			supply: exports.ledgerBase(LedgerKind.supply),
			locked: exports.ledgerBase(LedgerKind.locked),
			minted: exports.ledgerBase(LedgerKind.minted),
			burned: exports.ledgerBase(LedgerKind.burned)
		})
	};
}
