// The spatial engine's world: a W×W axial hex grid on a torus (W = side ≤ MAX_SIDE), so every
// cell has exactly 6 neighbours and there are no edge effects (MODEL.md §6.4 World).
//
// Memory layout: every per-cell array is a StaticArray preallocated once for MAX_CELLS cells
// (no allocation per step or per run); cell i = r·side + q for axial coordinates (q, r), both
// in [0, side). Only the first side² entries are meaningful. The host reads map frames through
// the ABI pointers (assembly/index.ts):
//   population[i]  f64  synthetic population pop_i (cities.ts)
//   devices[i]     i32  device agents placed in cell i (devices.ts)
//   coverage[i]    i32  n_i, honest devices whose range covers i
//   users[i]       f64  adopters U_i
// and the engine keeps, per cell, sums over its device agents that are updated when a device
// arrives or leaves (O(footprint) per change, never a full recount):
//   availability[i] f64 a_i = 1 − Π(1 − u_j) over honest devices covering i
//   downLog[i]     f64  Σ ln(1 − u_j) over honest devices covering i
//   coverUptime[i] f64  Σ u_j over honest devices covering i (splits the cell's usage revenue)
//   cellUptime[i]  f64  Σ u_j over devices in i (proof-of-coverage weights)
//   liveUptime[i]  f64  Σ u_j over honest devices in i (live devices)
//   occupiedNear[i] i32 occupied cells among i and its 6 neighbours (HIP-17 limit)
//   cellRange[i]   u8   range of a device placed in i: 1 ring, or 2 rings where the population
//                       is sparse (less clutter; MODEL.md §6.4 "propagation factor")
//   aliasTable[2i], [2i + 1]  f64  Walker's alias table of pop_i^α_loc: O(1) draws of
//                       candidate cells (placement.ts); aliasWork, aliasLarge i32 its build's stacks
//   cellScale[i] f32, usageRate[i], usageValue[i] f64  reward terms of the latest week (rewards.ts)
//   cellHead[i]    i32  the first of the cell's devices, linked through agents.ts devNext/devPrev
// 13 f64 + 6 i32 + 1 f32 + 1 u8 arrays × 512² cells ≈ 34 MB.

export const MAX_SIDE: i32 = 512;
export const MIN_SIDE: i32 = 4;
export const MAX_CELLS: i32 = MAX_SIDE * MAX_SIDE;
/** Cells within 1 ring (a cell and its 6 neighbours) and within 2 rings. */
export const FOOTPRINT_NEAR: i32 = 7;
export const FOOTPRINT_FAR: i32 = 19;
/** Smallest side on which a 2-ring footprint has 19 distinct cells on the torus. */
const MIN_SIDE_FAR: i32 = 8;
/** A cell is sparse (devices reach 2 rings) below this share of the mean population. */
const SPARSE_POPULATION: f64 = 0.25;

export const population = new StaticArray<f64>(MAX_CELLS);
export const devices = new StaticArray<i32>(MAX_CELLS);
export const coverage = new StaticArray<i32>(MAX_CELLS);
export const users = new StaticArray<f64>(MAX_CELLS);
export const availability = new StaticArray<f64>(MAX_CELLS);
export const downLog = new StaticArray<f64>(MAX_CELLS);
export const coverUptime = new StaticArray<f64>(MAX_CELLS);
export const cellUptime = new StaticArray<f64>(MAX_CELLS);
export const liveUptime = new StaticArray<f64>(MAX_CELLS);
export const occupiedNear = new StaticArray<i32>(MAX_CELLS);
export const cellRange = new StaticArray<u8>(MAX_CELLS);
/** Interleaved [probability, alias cell] per cell: one cache line per draw. */
export const aliasTable = new StaticArray<f64>(2 * MAX_CELLS);
export const aliasWork = new StaticArray<i32>(MAX_CELLS);
export const aliasLarge = new StaticArray<i32>(MAX_CELLS);
export const cellScale = new StaticArray<f32>(MAX_CELLS);
export const usageRate = new StaticArray<f64>(MAX_CELLS);
export const usageValue = new StaticArray<f64>(MAX_CELLS);
/** First device of each cell's list (agents.ts), −1 when empty. */
export const cellHead = new StaticArray<i32>(MAX_CELLS);

/** Axial offsets (dq, dr): the cell, ring 1 (k = 1–6), then ring 2 (k = 7–18). */
const OFFSET_Q: StaticArray<i32> = [0, 1, -1, 0, 0, 1, -1, 2, -2, 0, 0, 2, -2, 1, -1, 2, -2, 1, -1];
const OFFSET_R: StaticArray<i32> = [0, 0, 0, 1, -1, -1, 1, 0, 0, 2, -2, -2, 2, 1, -1, -1, 1, -2, 2];

export class Grid {
	side: i32 = 0;
	cells: i32 = 0;
	/** Σ pop_i */
	popTotal: f64 = 0;
	/** Fractional device flows carried to the next week (placement.ts) */
	addCarry: f64 = 0;
	removeCarry: f64 = 0;
	/** Candidate cells a miner compares per device (m) */
	candidates: i32 = 8;
	/** α_loc the alias table was built for (NaN: stale) */
	aliasBias: f64 = NaN;
	/** Fraction of banned devices not yet removed (whole devices only), like removeCarry. */
	banCarry: f64 = 0;
	/**
	 * The regulated region (MODEL.md §6.6) on the map: the western band of the picture, the
	 * cells whose display column (q + ⌊r/2⌋) mod side is below regionColumns = round(share_r·side).
	 * Bans remove its devices; while shipments to it are halted, no device is placed in it.
	 */
	regionColumns: i32 = 0;
	/** Σ_c scale_c·Σu_j of the latest B3: the PoC weights (rewards.ts), summed in service.ts. */
	pocWeights: f64 = 0;
	/** Σ U_f over covered cells of the latest B5 (users.ts): who the usage pool pays for. */
	coveredUsers: f64 = 0;

	reset(side: i32): void {
		this.side = side;
		this.cells = side * side;
		this.popTotal = 0;
		this.addCarry = 0;
		this.removeCarry = 0;
		this.banCarry = 0;
		this.regionColumns = 0;
		this.pocWeights = 0;
		this.coveredUsers = 0;
		this.aliasBias = NaN;
		for (let i = 0; i < this.cells; i++) {
			unchecked((population[i] = 0));
			unchecked((devices[i] = 0));
			unchecked((coverage[i] = 0));
			unchecked((users[i] = 0));
			unchecked((availability[i] = 0));
			unchecked((downLog[i] = 0));
			unchecked((coverUptime[i] = 0));
			unchecked((cellUptime[i] = 0));
			unchecked((liveUptime[i] = 0));
			unchecked((occupiedNear[i] = 0));
			unchecked((cellRange[i] = 1));
			unchecked((aliasTable[2 * i] = 0));
			unchecked((aliasTable[2 * i + 1] = <f64>i));
			unchecked((cellScale[i] = 0));
			unchecked((usageRate[i] = 0));
			unchecked((usageValue[i] = 0));
			unchecked((cellHead[i] = -1));
		}
	}

	/** Sets each cell's device range from the population (after cities.ts has filled it). */
	setRanges(): void {
		if (this.side < MIN_SIDE_FAR || this.cells == 0) return;
		const sparse = (SPARSE_POPULATION * this.popTotal) / <f64>this.cells;
		for (let i = 0; i < this.cells; i++) unchecked((cellRange[i] = population[i] < sparse ? 2 : 1));
	}

	/** Cells a device placed in `cell` covers: 7 (1 ring) or 19 (2 rings). */
	@inline
	footprintSize(cell: i32): i32 {
		return unchecked(cellRange[cell]) == 2 ? FOOTPRINT_FAR : FOOTPRINT_NEAR;
	}

	/** Whether `cell` lies in the regulated region (see regionColumns). */
	@inline
	inRegion(cell: i32): bool {
		const side = this.side;
		const r = cell / side;
		return (cell - r * side + (r >> 1)) % side < this.regionColumns;
	}

	/**
	 * The k-th cell of the footprint of cell (q, r), wrapped on the torus: k = 0 the cell itself,
	 * 1–6 its axial neighbours (+1,0), (−1,0), (0,+1), (0,−1), (+1,−1), (−1,+1), 7–18 ring 2.
	 */
	@inline
	footprintAt(q: i32, r: i32, k: i32): i32 {
		const side = this.side;
		let nq = q + unchecked(OFFSET_Q[k]);
		let nr = r + unchecked(OFFSET_R[k]);
		if (nq < 0) nq += side;
		else if (nq >= side) nq -= side;
		if (nr < 0) nr += side;
		else if (nr >= side) nr -= side;
		return nr * side + nq;
	}
}
