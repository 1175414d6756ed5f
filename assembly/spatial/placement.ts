// Spatial B8, after the aggregate supply block has computed this week's flows: devices leave
// and arrive as whole devices, on cells (MODEL.md §6.4 rule 6, simplified).
// Integer flows: banned = ⌊carry + banned⌋ (at most the region's devices), removed =
// ⌊carry + exits⌋, added = ⌊carry + shipments + relocated⌋, the fractions carried to the next
// week; World.devices is then set to Σ devices[i].
// Removal: systematic sampling over devices in cell order (one uniform offset, spacing D/r), so
// each cell loses devices in proportion to its count, exactly r in all; bans sample only the
// regulated region's cells (Grid.regionColumns), exits all cells.
// While shipments to the region are halted (w.shipHalt > 0), candidates in it are redrawn.
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

/** Redraws of a candidate that falls in a closed region before it is taken anyway. */
const MAX_REDRAWS: i32 = 64;

/** A candidate cell, outside the regulated region when `avoidRegion` (if one can be found). */
function sampleCandidate(g: Grid, rng: Rng, avoidRegion: bool): i32 {
	let c = sampleCell(g, rng);
	for (let k = 0; avoidRegion && k < MAX_REDRAWS && g.inRegion(c); k++) c = sampleCell(g, rng);
	return c;
}

/** Chooses a cell for one new device and places it there. */
export function placeOne(g: Grid, rng: Rng, avoidRegion: bool = false): void {
	let best = -1;
	let bestScale: f64 = -1;
	let bestCover = 0;
	for (let m = 0; m < g.candidates; m++) {
		const c = sampleCandidate(g, rng, avoidRegion);
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

export function placeDevices(
	g: Grid,
	p: StaticArray<f64>,
	count: i32,
	rng: Rng,
	avoidRegion: bool = false
): void {
	if (count <= 0) return;
	buildCdf(g, unchecked(p[P.urban_bias]));
	for (let i = 0; i < count; i++) placeOne(g, rng, avoidRegion);
}

/** Devices in the regulated region's cells. */
export function regionDevices(g: Grid): i32 {
	let total = 0;
	for (let i = 0; i < g.cells; i++) if (g.inRegion(i)) total += unchecked(devices[i]);
	return total;
}

/**
 * Removes exactly `count` devices (≤ those eligible), proportionally to each cell's devices;
 * only from the regulated region's cells when `regionOnly`.
 */
export function removeDevices(g: Grid, count: i32, rng: Rng, regionOnly: bool = false): void {
	const total = regionOnly ? regionDevices(g) : g.deviceTotal;
	const r = min<i32>(count, total);
	if (r <= 0) return;
	const spacing = <f64>total / <f64>r;
	const offset = rng.uniform() * spacing;
	let k = 0;
	let start: f64 = 0;
	for (let i = 0; i < g.cells && k < r; i++) {
		const n = unchecked(devices[i]);
		if (n == 0 || (regionOnly && !g.inRegion(i))) continue;
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
		if (regionOnly && !g.inRegion(i)) continue;
		const take = min<i32>(unchecked(devices[i]), r - k);
		if (take > 0) changeDevices(g, i, -take);
		k += take;
	}
}

/** Turns the aggregate block's device flows into whole devices on cells; sets w.devices. */
export function stepPlacement(w: World, p: StaticArray<f64>, g: Grid, rng: Rng): void {
	g.regionColumns = <i32>Math.round(unchecked(p[P.region_share]) * <f64>g.side);
	if (w.banned > 0.0 || g.banCarry > 0.0) {
		g.banCarry += w.banned;
		let banned = <i32>Math.floor(g.banCarry);
		const inRegion = regionDevices(g);
		if (banned > inRegion) {
			banned = inRegion;
			g.banCarry = 0.0; // the region is empty: nothing is left to ban
		} else g.banCarry -= <f64>banned;
		removeDevices(g, banned, rng, true);
	}

	g.removeCarry += w.exits;
	let removed = <i32>Math.floor(g.removeCarry);
	if (removed > g.deviceTotal) {
		removed = g.deviceTotal;
		g.removeCarry -= Math.floor(g.removeCarry);
	} else g.removeCarry -= <f64>removed;
	removeDevices(g, removed, rng);

	g.addCarry += w.shipments + w.relocated;
	const added = <i32>Math.floor(g.addCarry);
	g.addCarry -= <f64>added;
	placeDevices(g, p, added, rng, w.shipHalt > 0.0);
	w.devices = <f64>g.deviceTotal;
}
