// Spatial B8, after the aggregate supply block has computed this week's flows: devices leave
// and arrive as whole devices, on cells (MODEL.md §6.4 rule 6, simplified).
// Integer flows: removed = ⌊carry + banned + exits⌋, added = ⌊carry + shipments + relocated⌋,
// the fractions carried to the next week; World.devices is then set to Σ devices[i].
// Removal: systematic sampling over devices in cell order (one uniform offset, spacing D/r), so
// each cell loses devices in proportion to its count, exactly r in all.
// Arrival: for each device a miner samples m candidate cells ∝ pop^α_loc and picks the one where
// the new device's HIP-17 reward scale is highest (ties: the least-covered cell, then the first).
import { P } from '../generated/params';
import { Rng } from '../rng';
import { World } from '../world';
import { coverage, devices, FOOTPRINT, Grid, placeCdf, population } from './grid';
import { DENSITY_MAX, DENSITY_TARGET, DENSITY_THRESHOLD, hip17Limit, hip17Scale } from './hip17';

function buildCdf(g: Grid, bias: f64): void {
	if (bias == g.cdfBias) return;
	let sum: f64 = 0;
	for (let i = 0; i < g.cells; i++) {
		sum += Math.pow(unchecked(population[i]), bias);
		unchecked((placeCdf[i] = sum));
	}
	g.cdfBias = bias;
}

/** A cell drawn with probability ∝ pop^α_loc (binary search of the CDF). */
export function sampleCell(g: Grid, rng: Rng): i32 {
	const x = rng.uniform() * unchecked(placeCdf[g.cells - 1]);
	let lo = 0;
	let hi = g.cells - 1;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (unchecked(placeCdf[mid]) > x) hi = mid;
		else lo = mid + 1;
	}
	return lo;
}

function changeDevices(g: Grid, cell: i32, delta: i32): void {
	unchecked((devices[cell] += delta));
	const q = cell % g.side;
	const r = cell / g.side;
	for (let k = 0; k < FOOTPRINT; k++) {
		const c = g.footprintAt(q, r, k);
		unchecked((coverage[c] += delta));
	}
	g.deviceTotal += delta;
}

/** HIP-17 limit of `cell`, counting it as occupied when `adding` a device to it. */
export function densityLimit(g: Grid, cell: i32, adding: bool): i32 {
	let occupied = 0;
	const q = cell % g.side;
	const r = cell / g.side;
	for (let k = 0; k < FOOTPRINT; k++) {
		const c = g.footprintAt(q, r, k);
		if (unchecked(devices[c]) > 0 || (k == 0 && adding)) occupied++;
	}
	return hip17Limit(occupied, DENSITY_TARGET, DENSITY_THRESHOLD, DENSITY_MAX);
}

/** Chooses a cell for one new device and places it there. */
export function placeOne(g: Grid, rng: Rng): void {
	let best = -1;
	let bestScale: f64 = -1;
	let bestCover = 0;
	for (let m = 0; m < g.candidates; m++) {
		const c = sampleCell(g, rng);
		if (g.candidates == 1) {
			best = c;
			break;
		}
		const scale = hip17Scale(unchecked(devices[c]) + 1, densityLimit(g, c, true));
		const cover = unchecked(coverage[c]);
		if (scale > bestScale || (scale == bestScale && cover < bestCover)) {
			best = c;
			bestScale = scale;
			bestCover = cover;
		}
	}
	changeDevices(g, best, 1);
}

export function placeDevices(g: Grid, p: StaticArray<f64>, count: i32, rng: Rng): void {
	if (count <= 0) return;
	buildCdf(g, unchecked(p[P.urban_bias]));
	for (let i = 0; i < count; i++) placeOne(g, rng);
}

/** Removes exactly `count` devices (≤ the total), proportionally to each cell's devices. */
export function removeDevices(g: Grid, count: i32, rng: Rng): void {
	const total = g.deviceTotal;
	const r = min<i32>(count, total);
	if (r <= 0) return;
	const spacing = <f64>total / <f64>r;
	const offset = rng.uniform() * spacing;
	let k = 0;
	let start: f64 = 0;
	for (let i = 0; i < g.cells && k < r; i++) {
		const n = unchecked(devices[i]);
		if (n == 0) continue;
		const end = start + <f64>n;
		let take = 0;
		while (k < r && take < n && offset + <f64>k * spacing < end) {
			take++;
			k++;
		}
		if (take > 0) changeDevices(g, i, -take);
		start = end;
	}
	// Rounding safety net (never expected): take what is left from the last cells.
	for (let i = g.cells - 1; i >= 0 && k < r; i--) {
		const take = min<i32>(unchecked(devices[i]), r - k);
		if (take > 0) changeDevices(g, i, -take);
		k += take;
	}
}

/** Turns the aggregate block's device flows into whole devices on cells; sets w.devices. */
export function stepPlacement(w: World, p: StaticArray<f64>, g: Grid, rng: Rng): void {
	g.removeCarry += w.banned + w.exits;
	let removed = <i32>Math.floor(g.removeCarry);
	if (removed > g.deviceTotal) {
		removed = g.deviceTotal;
		g.removeCarry -= Math.floor(g.removeCarry);
	} else g.removeCarry -= <f64>removed;
	removeDevices(g, removed, rng);

	g.addCarry += w.shipments + w.relocated;
	const added = <i32>Math.floor(g.addCarry);
	g.addCarry -= <f64>added;
	placeDevices(g, p, added, rng);
	w.devices = <f64>g.deviceTotal;
}
