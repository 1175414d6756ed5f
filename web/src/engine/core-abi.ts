/**
 * The numbers-only ABI exported by assembly/index.ts, typed on this side of the boundary.
 * tests/wasm/abi.test.ts checks that the compiled module exports exactly these names.
 */
export interface CoreAbi {
	readonly memory: WebAssembly.Memory;
	setParam(id: number, value: number): void;
	getParam(id: number): number;
	init(seed: number): void;
	/**
	 * Resets for the spatial engine: side×side hex grid (4–512), `cities` synthetic cities
	 * (0: uniform population), `candidates` cells compared per new device (1–64).
	 */
	initSpatial(seed: number, side: number, cities: number, candidates: number): void;
	step(weeks: number): number;
	week(): number;
	seriesPtr(): number;
	paramCount(): number;
	metricCount(): number;
	maxWeeks(): number;
	/** Removes every scripted event. */
	clearEvents(): void;
	/** Appends a scripted event (type id: assembly/generated/events.ts); −1 if the table is full. */
	addEvent(type: number, start: number, duration: number, magnitude: number): number;
	/** Test-only: re-seeds a scratch PRNG stream, to compare it with web/src/model/rng.ts. */
	rngSeed(seed: number, stream: number): void;
	rngNext(): number;
	/** Spatial engine map frames: side (0 before initSpatial) and per-cell arrays of side². */
	gridSide(): number;
	/** f64 per cell */
	cellPopulationPtr(): number;
	/** f64 per cell */
	cellUsersPtr(): number;
	/** i32 per cell */
	cellDevicesPtr(): number;
	/** i32 per cell: device footprints covering the cell */
	cellCoveragePtr(): number;
	/** Columns (q + ⌊r/2⌋ mod side) of the regulated region, the map's western band. */
	regionColumns(): number;
	/** HIP-17 density limit for `occupied` hexes among a cell and its 6 neighbours. */
	hip17Limit(occupied: number, target: number, threshold: number, max: number): number;
	/** Cells a device placed in `cell` covers: 7 (1 ring) or 19 (2 rings, sparse cells). */
	cellReach(cell: number): number;
	/** Spatial engine: miners owning at least one device. */
	spatialMiners(): number;
	/** Spatial engine: devices whose latest weekly income was below their running cost. */
	spatialUnprofitable(): number;
	/**
	 * The integer ledger of MODEL.md I1 after the latest step, in base units (LEDGER_UNIT):
	 * `kind` is a LedgerKind; −1n for any other kind. A BigInt: the stocks can exceed 2⁵³.
	 */
	ledgerBase(kind: number): bigint;
	/** θ, the effective network time of the Filecoin hybrid emission after the latest step (years). */
	networkTime(): number;
}

/** Base units per token of the integer ledger (assembly/model/ledger.ts): one micro-token. */
export const LEDGER_UNIT = 1_000_000;

/** Stocks of the integer ledger, by the id ledgerBase takes. */
export const LedgerKind = { supply: 0, locked: 1, minted: 2, burned: 3 } as const;
export type LedgerKind = (typeof LedgerKind)[keyof typeof LedgerKind];

export const CORE_ABI_NAMES: readonly (keyof CoreAbi)[] = [
	'memory',
	'setParam',
	'getParam',
	'init',
	'step',
	'week',
	'seriesPtr',
	'paramCount',
	'metricCount',
	'maxWeeks',
	'rngSeed',
	'rngNext',
	'clearEvents',
	'addEvent',
	'initSpatial',
	'gridSide',
	'cellPopulationPtr',
	'cellUsersPtr',
	'cellDevicesPtr',
	'cellCoveragePtr',
	'regionColumns',
	'hip17Limit',
	'cellReach',
	'spatialMiners',
	'spatialUnprofitable',
	'ledgerBase',
	'networkTime'
];

/**
 * Imports the core may ask for: `env.abort` (never reached in release, which is built with
 * noAssert) and, in the `test` build only, `env.Math.*` bound to the host's Math.
 */
export function coreImports(module: WebAssembly.Module): WebAssembly.Imports {
	const env: WebAssembly.ModuleImports = {
		abort(_message: number, _file: number, line: number, column: number) {
			throw new Error(`model core aborted at ${line}:${column}`);
		}
	};
	for (const { module: from, name } of WebAssembly.Module.imports(module)) {
		if (from !== 'env' || !name.startsWith('Math.')) continue;
		const fn = (Math as unknown as Record<string, unknown>)[name.slice(5)];
		if (typeof fn === 'function') env[name] = fn as WebAssembly.ImportValue;
	}
	return { env };
}
