// The spatial engine's world: a W×W axial hex grid on a torus (W = side ≤ MAX_SIDE), so every
// cell has exactly 6 neighbours and there are no edge effects (MODEL.md §6.4 World).
//
// Memory layout: every per-cell array is a StaticArray preallocated once for MAX_CELLS cells
// (no allocation per step or per run); cell i = r·side + q for axial coordinates (q, r), both
// in [0, side). Only the first side² entries are meaningful. The host reads map frames through
// the ABI pointers (assembly/index.ts):
//   population[i]  f64  synthetic population pop_i (cities.ts)
//   devices[i]     i32  devices placed in cell i
//   coverage[i]    i32  n_i, device footprints covering i (a device covers its cell and ring 1)
//   users[i]       f64  adopters U_i
//   availability[i] f64 a_i of the latest B3 (service.ts)
//   placeCdf[i]    f64  cumulative Σ_{j≤i} pop_j^α_loc, for sampling candidate cells
// 5 f64 + 2 i32 arrays × 512² cells ≈ 12.6 MB.

export const MAX_SIDE: i32 = 512;
export const MIN_SIDE: i32 = 4;
export const MAX_CELLS: i32 = MAX_SIDE * MAX_SIDE;
/** k_cov of the spatial engine: a device covers its own cell and its 6 neighbours. */
export const FOOTPRINT: i32 = 7;

export const population = new StaticArray<f64>(MAX_CELLS);
export const devices = new StaticArray<i32>(MAX_CELLS);
export const coverage = new StaticArray<i32>(MAX_CELLS);
export const users = new StaticArray<f64>(MAX_CELLS);
export const availability = new StaticArray<f64>(MAX_CELLS);
export const placeCdf = new StaticArray<f64>(MAX_CELLS);

export class Grid {
	side: i32 = 0;
	cells: i32 = 0;
	/** Σ pop_i */
	popTotal: f64 = 0;
	/** Σ devices[i], kept equal to World.devices by the placement block */
	deviceTotal: i32 = 0;
	/** Fractional device flows carried to the next week (placement.ts) */
	addCarry: f64 = 0;
	removeCarry: f64 = 0;
	/** Candidate cells a miner compares per device (m) */
	candidates: i32 = 8;
	/** α_loc the placement CDF was built for (NaN: stale) */
	cdfBias: f64 = NaN;
	/** Fraction of banned devices not yet removed (whole devices only), like removeCarry. */
	banCarry: f64 = 0;
	/**
	 * The regulated region (MODEL.md §6.6) on the map: the western band of the picture, the
	 * cells whose display column (q + ⌊r/2⌋) mod side is below regionColumns = round(share_r·side).
	 * Bans remove its devices; while shipments to it are halted, no device is placed in it.
	 */
	regionColumns: i32 = 0;

	reset(side: i32): void {
		this.side = side;
		this.cells = side * side;
		this.popTotal = 0;
		this.deviceTotal = 0;
		this.addCarry = 0;
		this.removeCarry = 0;
		this.banCarry = 0;
		this.regionColumns = 0;
		this.cdfBias = NaN;
		for (let i = 0; i < this.cells; i++) {
			unchecked((population[i] = 0));
			unchecked((devices[i] = 0));
			unchecked((coverage[i] = 0));
			unchecked((users[i] = 0));
			unchecked((availability[i] = 0));
			unchecked((placeCdf[i] = 0));
		}
	}

	/** Whether `cell` lies in the regulated region (see regionColumns). */
	@inline
	inRegion(cell: i32): bool {
		const side = this.side;
		const r = cell / side;
		return (cell - r * side + (r >> 1)) % side < this.regionColumns;
	}

	/**
	 * The k-th cell of the footprint of cell (q, r) (k = 0: the cell itself, 1–6: its axial
	 * neighbours (+1,0), (−1,0), (0,+1), (0,−1), (+1,−1), (−1,+1)), wrapped on the torus.
	 */
	@inline
	footprintAt(q: i32, r: i32, k: i32): i32 {
		const side = this.side;
		let nq = q;
		let nr = r;
		if (k == 1 || k == 5) nq = q + 1 == side ? 0 : q + 1;
		else if (k == 2 || k == 6) nq = q == 0 ? side - 1 : q - 1;
		if (k == 3 || k == 6) nr = r + 1 == side ? 0 : r + 1;
		else if (k == 4 || k == 5) nr = r == 0 ? side - 1 : r - 1;
		return nr * side + nq;
	}
}
