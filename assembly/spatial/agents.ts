// The spatial engine's agents (MODEL.md §6.4 Agents), struct-of-arrays in linear memory.
//
// Device j: cell, owner (a miner), uptime u_j, honesty (a spoofed device earns but covers
// nothing), the week it went live (age) and its range (from its cell, grid.ts). Devices are
// kept dense in [0, deviceCount) in arrival order: removal marks devices, then one stable
// compaction pass closes the gaps, so index order stays age order and no step allocates.
// Miner k: home cell, ROI hurdle h_k, budget (devices it is willing to own), devices owned,
// expected weekly income per device π^e_k. A miner whose last device leaves frees its slot.
//
// The arrays are allocated on the first spatial run only (the aggregate engine never pays for
// them): MAX_DEVICES × 17 B + MAX_MINERS × 32 B ≈ 69 MB, then reused by every run.
// Every per-cell sum a device contributes to is updated here, on arrival and on removal.
import { logistic } from '../math';
import {
	availability,
	cellHead,
	cellScale,
	cellUptime,
	coverage,
	coverUptime,
	devices,
	downLog,
	FOOTPRINT_NEAR,
	Grid,
	liveUptime,
	occupiedNear
} from './grid';

export const MAX_DEVICES: i32 = 1 << 21;
export const MAX_MINERS: i32 = 1 << 20;
/** ln(1 − u) is floored here so that a device with u = 1 still has a finite term. */
const MIN_DOWN: f64 = 1e-12;

const HONEST: u8 = 1;
const REMOVED: u8 = 2;

let devCell = new StaticArray<i32>(0);
let devOwner = new StaticArray<i32>(0);
let devUptime = new StaticArray<f32>(0);
let devBorn = new StaticArray<i32>(0);
let devFlags = new StaticArray<u8>(0);
let devNext = new StaticArray<i32>(0);
let devPrev = new StaticArray<i32>(0);

let minerHome = new StaticArray<i32>(0);
let minerHurdle = new StaticArray<f32>(0);
let minerBudget = new StaticArray<i32>(0);
let minerOwned = new StaticArray<i32>(0);
let minerExpected = new StaticArray<f64>(0);
let minerIncome = new StaticArray<f64>(0);
let minerWeight = new StaticArray<f64>(0);
let minerExit = new StaticArray<f32>(0);
let freeMiners = new StaticArray<i32>(0);

/** Devices alive, in [0, deviceCount). */
export let deviceCount: i32 = 0;
/** Miner slots ever used (live miners are those with minerOwned > 0 below this). */
export let minerSlots: i32 = 0;
/** Miners owning at least one device. */
export let minerCount: i32 = 0;
/** The largest exit probability of a live miner (updateMiners). */
export let exitMax: f64 = 0;
/** Σ over standing devices of their owner's exit probability: set by updateMiners, kept by removals. */
let exitTotal: f64 = 0;
let freeCount: i32 = 0;

/** Allocates the agent arrays once; later calls do nothing. */
function ensureAllocated(): void {
	if (devCell.length > 0) return;
	devCell = new StaticArray<i32>(MAX_DEVICES);
	devOwner = new StaticArray<i32>(MAX_DEVICES);
	devUptime = new StaticArray<f32>(MAX_DEVICES);
	devBorn = new StaticArray<i32>(MAX_DEVICES);
	devFlags = new StaticArray<u8>(MAX_DEVICES);
	devNext = new StaticArray<i32>(MAX_DEVICES);
	devPrev = new StaticArray<i32>(MAX_DEVICES);
	minerHome = new StaticArray<i32>(MAX_MINERS);
	minerHurdle = new StaticArray<f32>(MAX_MINERS);
	minerBudget = new StaticArray<i32>(MAX_MINERS);
	minerOwned = new StaticArray<i32>(MAX_MINERS);
	minerExpected = new StaticArray<f64>(MAX_MINERS);
	minerIncome = new StaticArray<f64>(MAX_MINERS);
	minerWeight = new StaticArray<f64>(MAX_MINERS);
	minerExit = new StaticArray<f32>(MAX_MINERS);
	freeMiners = new StaticArray<i32>(MAX_MINERS);
}

/** Forgets every agent (the per-cell sums are cleared by Grid.reset). */
export function resetAgents(): void {
	ensureAllocated();
	for (let k = 0; k < minerSlots; k++) {
		unchecked((minerOwned[k] = 0));
		unchecked((minerIncome[k] = 0));
		unchecked((minerWeight[k] = 0));
	}
	deviceCount = 0;
	minerSlots = 0;
	minerCount = 0;
	freeCount = 0;
	exitMax = 0;
	exitTotal = 0;
}

// ---- Devices -------------------------------------------------------------------------------

export function deviceCell(j: i32): i32 {
	return unchecked(devCell[j]);
}
export function deviceOwner(j: i32): i32 {
	return unchecked(devOwner[j]);
}
export function deviceUptime(j: i32): f64 {
	return <f64>unchecked(devUptime[j]);
}
export function deviceHonest(j: i32): bool {
	return (unchecked(devFlags[j]) & HONEST) != 0;
}
export function deviceBorn(j: i32): i32 {
	return unchecked(devBorn[j]);
}
export function deviceRemoved(j: i32): bool {
	return (unchecked(devFlags[j]) & REMOVED) != 0;
}

/** Adds one device (caller checks deviceCount < MAX_DEVICES) and updates its cells' sums. */
export function addDevice(
	g: Grid,
	cell: i32,
	owner: i32,
	uptime: f64,
	honest: bool,
	week: i32
): void {
	const j = deviceCount++;
	const u32 = <f32>uptime;
	unchecked((devCell[j] = cell));
	unchecked((devOwner[j] = owner));
	unchecked((devUptime[j] = u32));
	unchecked((devBorn[j] = week));
	unchecked((devFlags[j] = honest ? HONEST : 0));
	unchecked((minerOwned[owner] += 1));
	// PoC weight at the cell's current scale; B3 adds the change if the scale moves (rewards.ts).
	unchecked((minerWeight[owner] += <f64>u32 * <f64>unchecked(cellScale[cell])));
	const head = unchecked(cellHead[cell]);
	unchecked((devPrev[j] = -1));
	unchecked((devNext[j] = head));
	if (head >= 0) unchecked((devPrev[head] = j));
	unchecked((cellHead[cell] = j));
	touchCells(g, cell, <f64>u32, honest, 1);
}

/** Marks device j for removal and takes it out of its cells' sums (compact() drops it). */
export function markRemoved(g: Grid, j: i32): void {
	const flags = unchecked(devFlags[j]);
	if ((flags & REMOVED) != 0) return;
	unchecked((devFlags[j] = flags | REMOVED));
	const cell = unchecked(devCell[j]);
	const uptime = <f64>unchecked(devUptime[j]);
	touchCells(g, cell, uptime, (flags & HONEST) != 0, -1);
	const prev = unchecked(devPrev[j]);
	const next = unchecked(devNext[j]);
	if (prev >= 0) unchecked((devNext[prev] = next));
	else unchecked((cellHead[cell] = next));
	if (next >= 0) unchecked((devPrev[next] = prev));
	const owner = unchecked(devOwner[j]);
	exitTotal -= <f64>unchecked(minerExit[owner]);
	const owned = unchecked(minerOwned[owner]) - 1;
	unchecked((minerOwned[owner] = owned));
	if (owned == 0)
		unchecked((minerWeight[owner] = 0)); // exactly, whatever rounding was left
	else unchecked((minerWeight[owner] -= uptime * <f64>unchecked(cellScale[cell])));
	if (owned == 0) {
		minerCount--;
		unchecked((freeMiners[freeCount++] = owner));
	}
}

/** Removes device j now: out of its cells' sums, and the last device takes its slot. */
export function removeAt(g: Grid, j: i32): void {
	markRemoved(g, j);
	moveDevice(deviceCount - 1, j);
	deviceCount--;
}

/** Drops the marked devices, keeping the others in order. Returns how many were dropped. */
export function compact(): i32 {
	let to = 0;
	for (let j = 0; j < deviceCount; j++) {
		if ((unchecked(devFlags[j]) & REMOVED) != 0) continue;
		moveDevice(j, to++);
	}
	const dropped = deviceCount - to;
	deviceCount = to;
	return dropped;
}

/** Moves device `from` (not removed) to slot `to` ≤ from, relinking its cell's list. */
function moveDevice(from: i32, to: i32): void {
	if (to == from) return;
	const cell = unchecked(devCell[from]);
	const prev = unchecked(devPrev[from]);
	const next = unchecked(devNext[from]);
	unchecked((devCell[to] = cell));
	unchecked((devOwner[to] = devOwner[from]));
	unchecked((devUptime[to] = devUptime[from]));
	unchecked((devBorn[to] = devBorn[from]));
	unchecked((devFlags[to] = devFlags[from]));
	unchecked((devPrev[to] = prev));
	unchecked((devNext[to] = next));
	if (prev >= 0) unchecked((devNext[prev] = to));
	else unchecked((cellHead[cell] = to));
	if (next >= 0) unchecked((devPrev[next] = to));
}

/**
 * Cell c's HIP-17 scale moved to `scale`: every device in it changes its owner's PoC weight by
 * u_j·(scale − old scale). Walks the cell's list only, so a week costs O(cells whose scale moved).
 */
export function rescaleCell(c: i32, scale: f32): void {
	const delta = <f64>scale - <f64>unchecked(cellScale[c]);
	unchecked((cellScale[c] = scale));
	for (let j = unchecked(cellHead[c]); j >= 0; j = unchecked(devNext[j])) {
		const owner = unchecked(devOwner[j]);
		unchecked((minerWeight[owner] += <f64>unchecked(devUptime[j]) * delta));
	}
}

/**
 * Adds (sign 1) or removes (sign −1) a device's contribution to the per-cell sums: its cell's
 * count and uptime, the occupied-neighbour counts when the cell becomes (un)occupied, and, for
 * an honest device, coverage n_i, ln-downtime and covering uptime over its footprint. A sum
 * whose count returns to zero is reset to exactly 0, so rounding never accumulates.
 */
function touchCells(g: Grid, cell: i32, uptime: f64, honest: bool, sign: i32): void {
	const side = g.side;
	const q = cell % side;
	const r = cell / side;
	const count = unchecked(devices[cell]) + sign;
	unchecked((devices[cell] = count));
	if (count == 0) {
		unchecked((cellUptime[cell] = 0));
		unchecked((liveUptime[cell] = 0));
	} else {
		unchecked((cellUptime[cell] += <f64>sign * uptime));
		if (honest) unchecked((liveUptime[cell] += <f64>sign * uptime));
	}
	if ((sign > 0 && count == 1) || (sign < 0 && count == 0)) {
		for (let k = 0; k < FOOTPRINT_NEAR; k++) {
			const c = g.footprintAt(q, r, k);
			unchecked((occupiedNear[c] += sign));
		}
	}
	if (!honest) return;
	const down = Math.log(Math.max(1.0 - uptime, MIN_DOWN));
	const reach = g.footprintSize(cell);
	for (let k = 0; k < reach; k++) {
		const c = g.footprintAt(q, r, k);
		const n = unchecked(coverage[c]) + sign;
		unchecked((coverage[c] = n));
		if (n == 0) {
			unchecked((downLog[c] = 0));
			unchecked((coverUptime[c] = 0));
			unchecked((availability[c] = 0));
		} else {
			const log = unchecked(downLog[c]) + <f64>sign * down;
			unchecked((downLog[c] = log));
			unchecked((coverUptime[c] += <f64>sign * uptime));
			// a_c = 1 − Π(1 − u_j) = 1 − e^(Σ ln(1 − u_j)), kept current here so B3 needs no exp.
			unchecked((availability[c] = 1.0 - Math.exp(log)));
		}
	}
}

// ---- Miners --------------------------------------------------------------------------------

/** A new miner (a free slot, or a new one). Returns −1 when every slot is taken. */
export function newMiner(home: i32, hurdle: f64, budget: i32, expected: f64): i32 {
	let k: i32;
	if (freeCount > 0) k = unchecked(freeMiners[--freeCount]);
	else if (minerSlots < MAX_MINERS) k = minerSlots++;
	else return -1;
	unchecked((minerHome[k] = home));
	unchecked((minerHurdle[k] = <f32>hurdle));
	unchecked((minerBudget[k] = budget));
	unchecked((minerOwned[k] = 0));
	unchecked((minerExpected[k] = expected));
	unchecked((minerIncome[k] = 0));
	unchecked((minerWeight[k] = 0));
	unchecked((minerExit[k] = 0));
	minerCount++;
	return k;
}

export function minerLive(k: i32): bool {
	return unchecked(minerOwned[k]) > 0;
}
export function minerHomeCell(k: i32): i32 {
	return unchecked(minerHome[k]);
}
export function minerHurdleOf(k: i32): f64 {
	return <f64>unchecked(minerHurdle[k]);
}
export function minerBudgetOf(k: i32): i32 {
	return unchecked(minerBudget[k]);
}
export function minerOwnedOf(k: i32): i32 {
	return unchecked(minerOwned[k]);
}
export function minerExpectedOf(k: i32): f64 {
	return unchecked(minerExpected[k]);
}
export function minerExitOf(k: i32): f64 {
	return <f64>unchecked(minerExit[k]);
}
export function addMinerIncome(k: i32, income: f64): void {
	unchecked((minerIncome[k] += income));
}

/**
 * Σ over standing devices of their owner's exit probability, Σ_k owned_k·x_k: summed by
 * updateMiners, less the devices removed since (so a ban needs no second pass over miners).
 */
export function expectedExits(): f64 {
	return Math.max(0.0, exitTotal);
}

/**
 * Each live miner's expectation follows its own devices' mean income this week (summed device by
 * device into minerIncome, or, when only PoC rewards are paid, pocOnline × its PoC weight
 * Σ u_j·scale_c per device less c_op, with no pass over devices),
 * π^e_k ← π^e_k + (π_k − π^e_k)/τ_e, and `exitOf(π^e_k)` gives the weekly exit probability of
 * each of its devices. Clears the income sums for next week.
 */
export function updateMiners(
	lag: f64,
	failure: f64,
	churn: f64,
	sharpness: f64,
	opex: f64,
	pocOnline: f64,
	fromWeights: bool
): void {
	let most: f64 = 0;
	let total: f64 = 0;
	for (let k = 0; k < minerSlots; k++) {
		const owned = unchecked(minerOwned[k]);
		if (owned == 0) continue;
		// PoC only: the mean income is the PoC rate × the miner's weight per device, less c_op.
		const income = fromWeights
			? (pocOnline * unchecked(minerWeight[k])) / <f64>owned - opex
			: unchecked(minerIncome[k]) / <f64>owned;
		const expected = unchecked(minerExpected[k]) + (income - unchecked(minerExpected[k])) / lag;
		unchecked((minerExpected[k] = expected));
		if (!fromWeights) unchecked((minerIncome[k] = 0));
		// σ(−x) < 5·10⁻¹⁸ for x > 40: skip the exp for miners far in profit (most, in a boom).
		const x = (sharpness * expected) / opex;
		const economic = x > 40.0 ? 0.0 : logistic(-x);
		const exit = <f32>Math.min(1.0, failure + churn * economic);
		unchecked((minerExit[k] = exit));
		if (<f64>exit > most) most = <f64>exit;
		total += <f64>owned * <f64>exit;
	}
	exitMax = most;
	exitTotal = total;
}
