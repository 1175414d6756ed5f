// Spatial B8 (MODEL.md §6.4 rule 6): devices leave and arrive as agents, on cells.
// The aggregate B8 (model/supply.ts) still sets how many devices ship this week from orders,
// backlog and capacity, so that the two engines agree in the mean (I10); the agents decide who
// leaves, who buys and where the device goes.
// - Bans: ⌊carry + banned⌋ devices (at most the region's) leave the regulated region, chosen
//   uniformly by systematic sampling (one uniform offset).
// - Exits: device j leaves with probability x_k = δ_hw + δ_e·σ(−β_c·π^e_k/c_op) of its owner k
//   (agents.ts): ⌊carry + Σ x_k⌋ devices leave, chosen ∝ x_k (rejection sampling of uniform
//   devices, O(exits); a weighted systematic pass over all devices when x varies too much),
//   so devices of miners who expect to lose money go first.
// - Arrivals: ⌊carry + shipments + relocated⌋ devices (fractions carried to next week). Each
//   goes to an existing miner with spare budget whose own ROI 52·π^e_k/c_cap clears its hurdle
//   h_k (EXPAND_TRIES random miners are asked), else to a new miner: home cell ∝ pop^α_loc,
//   hurdle h_k = h·e^(σz − σ²/2), budget ⌊U^(−1/1.5)⌋ (Pareto: most own one, a few own fleets).
//   The miner prices m candidate cells (home, then draws ∝ pop^α_loc by an alias table) by the income a new device
//   would earn there (rewards.ts rates: PoC share after HIP-17 clipping, plus the usage share of
//   the adopters it would serve, counting unserved people at the network's adoption rate) and
//   takes the best (ties: the least-covered cell, then the first). While shipments to the
//   region are halted, candidates in it are redrawn. The device draws its uptime (mean u) and
//   whether it is spoofed (probability g).
// World.devices is then the number of device agents.
import { P } from '../generated/params';
import { Rng } from '../rng';
import { capexNow } from '../model/supply';
import { World } from '../world';
import {
	addDevice,
	compact,
	exitMax,
	expectedExits,
	deviceCell,
	deviceCount,
	deviceOwner,
	deviceRemoved,
	markRemoved,
	MAX_DEVICES,
	minerBudgetOf,
	minerExitOf,
	minerExpectedOf,
	minerHomeCell,
	minerHurdleOf,
	minerLive,
	minerOwnedOf,
	minerSlots,
	newMiner,
	removeAt
} from './agents';
import {
	aliasLarge,
	aliasTable,
	aliasWork,
	coverage,
	coverUptime,
	devices,
	Grid,
	occupiedNear,
	population,
	users
} from './grid';
import { DENSITY_MAX, DENSITY_TARGET, DENSITY_THRESHOLD, hip17Limit, hip17Scale } from './hip17';
import { rates } from './rewards';

/** The random streams of the spatial agents: one per module (MODEL.md §6.1). */
export class AgentStreams {
	placement: Rng = new Rng();
	miners: Rng = new Rng();
	devices: Rng = new Rng();
}

const WEEKS_PER_YEAR: f64 = 52.0;
/** Existing miners asked before a new miner buys the device. */
const EXPAND_TRIES: i32 = 4;
/** σ of the lognormal spread of miners' hurdles around roi_hurdle. */
const HURDLE_SIGMA: f64 = 0.5;
/** Pareto shape of miners' budgets (mean ≈ 2.6 devices) and the largest fleet. */
const BUDGET_SHAPE: f64 = 1.5;
const MAX_BUDGET: f64 = 10000.0;
/** Redraws of a candidate that falls in a closed region before it is taken anyway. */
const MAX_REDRAWS: i32 = 64;

/**
 * Walker's alias table (Vose's construction) of the weights pop_i^α_loc, rebuilt only when
 * α_loc changes: cell i keeps probability P_i = aliasTable[2i] of its 1/cells slot and passes the
 * rest to cell aliasTable[2i + 1]. Small and large entries wait on two stacks (aliasWork,
 * aliasLarge).
 */
function buildAlias(g: Grid, bias: f64): void {
	if (bias == g.aliasBias) return;
	const n = g.cells;
	let total: f64 = 0;
	for (let i = 0; i < n; i++) {
		const w = Math.pow(unchecked(population[i]), bias);
		unchecked((aliasTable[2 * i] = w));
		total += w;
	}
	let small = 0;
	let large = 0;
	for (let i = 0; i < n; i++) {
		const scaled = (unchecked(aliasTable[2 * i]) * <f64>n) / total;
		unchecked((aliasTable[2 * i] = scaled));
		unchecked((aliasTable[2 * i + 1] = <f64>i));
		if (scaled < 1.0) unchecked((aliasWork[small++] = i));
		else unchecked((aliasLarge[large++] = i));
	}
	// Pair each small entry with a large one, whose excess shrinks and may turn it small.
	while (small > 0 && large > 0) {
		const lo = unchecked(aliasWork[--small]);
		const hi = unchecked(aliasLarge[large - 1]);
		unchecked((aliasTable[2 * lo + 1] = <f64>hi));
		const rest = unchecked(aliasTable[2 * hi]) + unchecked(aliasTable[2 * lo]) - 1.0;
		unchecked((aliasTable[2 * hi] = rest));
		if (rest < 1.0) {
			large--;
			unchecked((aliasWork[small++] = hi));
		}
	}
	// What is left holds probability 1 up to rounding.
	while (large > 0) unchecked((aliasTable[2 * aliasLarge[--large]] = 1.0));
	while (small > 0) unchecked((aliasTable[2 * aliasWork[--small]] = 1.0));
	g.aliasBias = bias;
}

/** A cell drawn with probability ∝ pop^α_loc: two uniforms, O(1) (alias table). */
export function sampleCell(g: Grid, rng: Rng): i32 {
	const i = min<i32>(<i32>(rng.uniform() * <f64>g.cells), g.cells - 1);
	return rng.uniform() < unchecked(aliasTable[2 * i]) ? i : <i32>unchecked(aliasTable[2 * i + 1]);
}

/** A candidate cell, outside the regulated region when `avoidRegion` (if one can be found). */
function sampleCandidate(g: Grid, rng: Rng, avoidRegion: bool): i32 {
	let c = sampleCell(g, rng);
	for (let k = 0; avoidRegion && k < MAX_REDRAWS && g.inRegion(c); k++) c = sampleCell(g, rng);
	return c;
}

/** HIP-17 reward scale of a device added to `cell`. */
function scaleIfAdded(cell: i32): f64 {
	const n = unchecked(devices[cell]);
	const occupied = unchecked(occupiedNear[cell]) + (n == 0 ? 1 : 0);
	const limit = hip17Limit(occupied, DENSITY_TARGET, DENSITY_THRESHOLD, DENSITY_MAX);
	return hip17Scale(n + 1, limit);
}

/** Weekly USD (per unit uptime) a new honest device in `cell` would earn from usage. */
function usageIfAdded(g: Grid, cell: i32, uptime: f64, perPop: f64, adoption: f64): f64 {
	const side = g.side;
	const q = cell % side;
	const r = cell / side;
	const size = g.footprintSize(cell);
	let value: f64 = 0;
	for (let k = 0; k < size; k++) {
		const f = g.footprintAt(q, r, k);
		const served = Math.max(unchecked(users[f]), adoption * perPop * unchecked(population[f]));
		value += served / (unchecked(coverUptime[f]) + uptime);
	}
	return rates.usdPerUser * value;
}

/** The best of the miner's candidate cells for a new device. */
function chooseCell(
	w: World,
	p: StaticArray<f64>,
	g: Grid,
	home: i32,
	rng: Rng,
	avoidRegion: bool
): i32 {
	if (g.candidates == 1) return sampleCandidate(g, rng, avoidRegion);
	const uptime = unchecked(p[P.uptime]);
	// Before the first rewards only the HIP-17 scale is known: rank by it alone.
	const poc = rates.pocPerWeight > 0.0 || rates.usdPerUser > 0.0 ? rates.pocPerWeight : 1.0;
	const perPop = g.popTotal > 0.0 ? unchecked(p[P.market_size]) / g.popTotal : 0.0;
	const adoption = w.market > 0.0 ? Math.min(1.0, w.users / w.market) : 0.0;
	let best = -1;
	let bestValue: f64 = -1;
	let bestCover = 0;
	for (let m = 0; m < g.candidates; m++) {
		const c =
			m == 0 && !(avoidRegion && g.inRegion(home)) ? home : sampleCandidate(g, rng, avoidRegion);
		let value = poc * scaleIfAdded(c);
		if (rates.usdPerUser > 0.0) value += usageIfAdded(g, c, uptime, perPop, adoption);
		const cover = unchecked(coverage[c]);
		if (value > bestValue || (value == bestValue && cover < bestCover)) {
			best = c;
			bestValue = value;
			bestCover = cover;
		}
	}
	return best;
}

/** The miner who buys the next device: an existing one that wants more, or a new one. */
function chooseOwner(
	w: World,
	p: StaticArray<f64>,
	g: Grid,
	s: AgentStreams,
	avoidRegion: bool
): i32 {
	const rng = s.miners;
	const capex = capexNow(w, p);
	for (let t = 0; t < EXPAND_TRIES && minerSlots > 0; t++) {
		const k = <i32>(rng.uniform() * <f64>minerSlots);
		if (!minerLive(k) || minerOwnedOf(k) >= minerBudgetOf(k)) continue;
		if ((WEEKS_PER_YEAR * minerExpectedOf(k)) / capex >= minerHurdleOf(k)) return k;
	}
	const home = sampleCandidate(g, s.placement, avoidRegion);
	const hurdle =
		unchecked(p[P.roi_hurdle]) *
		Math.exp(HURDLE_SIGMA * rng.normal() - 0.5 * HURDLE_SIGMA * HURDLE_SIGMA);
	const budget = <i32>(
		Math.min(MAX_BUDGET, Math.floor(Math.pow(rng.uniform(), -1.0 / BUDGET_SHAPE)))
	);
	const k = newMiner(home, hurdle, budget, w.expectedIncome);
	if (k >= 0) return k;
	// Every miner slot is taken (≥ 1M miners): a random existing miner expands instead.
	let any = <i32>(rng.uniform() * <f64>minerSlots);
	while (!minerLive(any)) any = any + 1 == minerSlots ? 0 : any + 1;
	return any;
}

/** One new device: owner, cell, uptime and honesty, then onto the grid. */
function arrive(w: World, p: StaticArray<f64>, g: Grid, s: AgentStreams, avoidRegion: bool): void {
	const owner = chooseOwner(w, p, g, s, avoidRegion);
	const cell = chooseCell(w, p, g, minerHomeCell(owner), s.placement, avoidRegion);
	// Uptime: uniform on [2u − 1, 1] (u ≥ ½) or [0, 2u] (u < ½), so its mean is u.
	const u = unchecked(p[P.uptime]);
	const x = s.devices.uniform();
	const uptime = u >= 0.5 ? 1.0 - (1.0 - u) * 2.0 * x : u * 2.0 * x;
	const honest = s.devices.uniform() >= unchecked(p[P.gaming_share]);
	addDevice(g, cell, owner, uptime, honest, w.week);
}

/** Places `count` new devices (at most the agent capacity allows). Returns how many. */
export function placeDevices(
	w: World,
	p: StaticArray<f64>,
	g: Grid,
	s: AgentStreams,
	count: i32,
	avoidRegion: bool = false
): i32 {
	const n = min<i32>(count, MAX_DEVICES - deviceCount);
	if (n <= 0) return 0;
	buildAlias(g, unchecked(p[P.urban_bias]));
	for (let i = 0; i < n; i++) arrive(w, p, g, s, avoidRegion);
	return n;
}

/** Devices in the regulated region's cells. */
export function regionDevices(g: Grid): i32 {
	let total = 0;
	for (let i = 0; i < g.cells; i++) if (g.inRegion(i)) total += unchecked(devices[i]);
	return total;
}

/**
 * Marks exactly `count` of the devices in the regulated region, uniformly, by systematic sampling
 * over device order (one uniform offset; `total` = the region's devices).
 */
function markBanned(g: Grid, count: i32, total: i32, rng: Rng): void {
	if (count <= 0 || total <= 0) return;
	const spacing = <f64>total / <f64>count;
	let next = rng.uniform() * spacing;
	let seen: f64 = 0;
	let marked = 0;
	for (let j = 0; j < deviceCount && marked < count; j++) {
		if (!g.inRegion(deviceCell(j))) continue;
		seen += 1.0;
		if (next < seen) {
			markRemoved(g, j);
			marked++;
			next += spacing;
		}
	}
}

/**
 * Removes exactly `count` devices (≤ those left) by systematic sampling over device order, each
 * weighted by its owner's exit probability (`total` = Σ of the weights), then compacts the
 * device arrays. A device hit twice passes the extra hit on to the next one, so the count is
 * exact.
 */
function removeExits(g: Grid, count: i32, total: f64, rng: Rng): void {
	if (count <= 0) return;
	let marked = 0;
	if (total > 0.0) {
		const spacing = total / <f64>count;
		let next = rng.uniform() * spacing;
		let start: f64 = 0;
		let pending = 0;
		for (let j = 0; j < deviceCount && marked < count; j++) {
			if (deviceRemoved(j)) continue;
			const weight = minerExitOf(deviceOwner(j));
			if (weight <= 0.0) continue;
			const end = start + weight;
			while (next < end && marked + pending < count) {
				pending++;
				next += spacing;
			}
			start = end;
			if (pending > 0) {
				markRemoved(g, j);
				pending--;
				marked++;
			}
		}
	}
	// Rounding safety net (never expected): the newest devices make up the count.
	for (let j = deviceCount - 1; j >= 0 && marked < count; j--) {
		if (deviceRemoved(j)) continue;
		markRemoved(g, j);
		marked++;
	}
	compact();
}

/**
 * Removes `count` devices, each draw a uniform device kept with probability x_k/x_max (so
 * devices leave ∝ their owners' exit probability), until `count` are gone or the draws run
 * out (then the caller's pass over all devices removes the rest). Returns how many are left.
 */
function removeByRejection(g: Grid, count: i32, rng: Rng): i32 {
	let left = count;
	const most = exitMax;
	for (let draw = 0; left > 0 && deviceCount > 0 && draw < 64 * count + 1024; draw++) {
		const j = min<i32>(<i32>(rng.uniform() * <f64>deviceCount), deviceCount - 1);
		if (rng.uniform() * most < minerExitOf(deviceOwner(j))) {
			removeAt(g, j);
			left--;
		}
	}
	return left;
}

/** Turns the aggregate block's shipments into device agents, and the agents' exits; sets w.devices. */
export function stepPlacement(w: World, p: StaticArray<f64>, g: Grid, s: AgentStreams): void {
	g.regionColumns = <i32>Math.round(unchecked(p[P.region_share]) * <f64>g.side);
	let bannedNow = 0;
	if (w.banned > 0.0 || g.banCarry > 0.0) {
		g.banCarry += w.banned;
		let banned = <i32>Math.floor(g.banCarry);
		const inRegion = regionDevices(g);
		if (banned > inRegion) {
			banned = inRegion;
			g.banCarry = 0.0; // the region is empty: nothing is left to ban
		} else g.banCarry -= <f64>banned;
		markBanned(g, banned, inRegion, s.placement);
		bannedNow = banned;
	}

	const exits = expectedExits(); // Σ over the devices left after the ban
	w.exits = exits;
	g.removeCarry += exits;
	let removed = <i32>Math.floor(g.removeCarry);
	const staying = deviceCount - bannedNow;
	if (removed > staying) {
		removed = staying;
		g.removeCarry -= Math.floor(g.removeCarry);
	} else g.removeCarry -= <f64>removed;
	if (bannedNow > 0) compact();
	// Rejection sampling costs about removed·x_max/x̄ draws; a pass over all devices costs D.
	const draws = exits > 0.0 ? (<f64>removed * exitMax * <f64>deviceCount) / exits : Infinity;
	const left =
		draws <= 0.5 * <f64>deviceCount ? removeByRejection(g, removed, s.placement) : removed;
	if (left > 0) removeExits(g, left, expectedExits(), s.placement);

	g.addCarry += w.shipments + w.relocated;
	const added = <i32>Math.floor(g.addCarry);
	g.addCarry -= <f64>added;
	const placed = placeDevices(w, p, g, s, added, w.shipHalt > 0.0);
	// Beyond the agents' capacity, shipped devices wait in the backlog.
	if (placed < added) w.backlog += <f64>(added - placed);
	w.devices = <f64>deviceCount;
}
