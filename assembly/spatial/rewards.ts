// Spatial B7 (MODEL.md §6.4 rules 4–5): this week's miner rewards, device by device.
//   PoC pool (USD) = P·(miners' tokens), split ∝ u_j·scale_c over devices, where scale_c =
//     min(n_c, limit_c)/n_c is the HIP-17 clipping of the n_c devices in cell c (hip17.ts);
//   usage pool (USD) = the revenue paid to providers (buyback, direct pay), split over covered
//     cells ∝ their adopters U_f, and each cell's share among the honest devices covering it
//     ∝ u_j. A spoofed device earns PoC rewards but serves nobody.
//   π_j = (poc_j + usage_j)·D/max(D·u, 1) − c_op, the aggregate B7's income per online device,
//     so the devices' mean income equals the aggregate π when every adopter is covered.
// Each miner's expectation then follows its own devices' mean income (agents.ts updateMiners).
// Cost: two passes over cells and one over devices, no allocation.
import { P } from '../generated/params';
import { derived } from '../model/derived';
import { World } from '../world';
import {
	addMinerIncome,
	deviceCell,
	deviceCount,
	deviceHonest,
	deviceOwner,
	deviceUptime,
	rescaleCell,
	updateMiners
} from './agents';
import {
	cellScale,
	cellUptime,
	coverage,
	coverUptime,
	devices,
	Grid,
	occupiedNear,
	usageRate,
	usageValue,
	users
} from './grid';
import { DENSITY_MAX, DENSITY_TARGET, DENSITY_THRESHOLD, hip17Limit, hip17Scale } from './hip17';

/** The latest week's reward rates, read by miners pricing a candidate cell (placement.ts). */
export class RewardRates {
	/** PoC USD per unit of u·scale. */
	pocPerWeight: f64 = 0;
	/** Usage USD per covered adopter. */
	usdPerUser: f64 = 0;
	/** Income multiplier D/max(D·u, 1): from a device's share of the pools to π_j. */
	perOnline: f64 = 0;
	/** Whether the latest week paid usage revenue in USD to devices (rewards.ts reach). */
	usagePaid: bool = false;

	reset(): void {
		this.pocPerWeight = 0;
		this.usdPerUser = 0;
		this.perOnline = 0;
		this.usagePaid = false;
	}
}

export const rates = new RewardRates();

/**
 * Cell c's HIP-17 scale, stored for the device loop, and its PoC weight scale_c·Σu_j (0 when
 * empty). Called for every cell by B3 (service.ts), in the same pass that computes coverage.
 */
export function cellPocWeight(c: i32): f64 {
	const n = unchecked(devices[c]);
	if (n == 0) return 0.0;
	const limit = hip17Limit(
		unchecked(occupiedNear[c]),
		DENSITY_TARGET,
		DENSITY_THRESHOLD,
		DENSITY_MAX
	);
	const scale = <f32>hip17Scale(n, limit);
	if (scale != unchecked(cellScale[c])) rescaleCell(c, scale);
	return <f64>scale * unchecked(cellUptime[c]);
}

/** The PoC weights of every cell (capacity networks, whose B3 has no cell pass). */
export function sumPocWeights(g: Grid): f64 {
	let weights: f64 = 0;
	for (let c = 0; c < g.cells; c++) weights += cellPocWeight(c);
	return weights;
}

export function spatialRewards(w: World, p: StaticArray<f64>, g: Grid): void {
	const weights = g.pocWeights;
	const coveredUsers = g.coveredUsers;
	const poc = w.price * w.minerTokens;
	const usage = w.directUsd;
	rates.pocPerWeight = weights > 0.0 ? poc / weights : 0.0;
	rates.usdPerUser = coveredUsers > 0.0 ? usage / coveredUsers : 0.0;
	const d = <f64>deviceCount;
	rates.perOnline = d / Math.max(d * unchecked(p[P.uptime]), 1.0);
	const reach = usage > 0.0 && coveredUsers > 0.0;
	if (reach) {
		for (let f = 0; f < g.cells; f++) {
			const cu = unchecked(coverUptime[f]);
			unchecked((usageRate[f] = cu > 0.0 ? (rates.usdPerUser * unchecked(users[f])) / cu : 0.0));
		}
		// Usage USD per unit uptime of an honest device in cell c: Σ over the cells it covers.
		const side = g.side;
		for (let c = 0; c < g.cells; c++) {
			if (unchecked(devices[c]) == 0) continue;
			const q = c % side;
			const r = c / side;
			const size = g.footprintSize(c);
			let value: f64 = 0;
			for (let k = 0; k < size; k++) value += unchecked(usageRate[g.footprintAt(q, r, k)]);
			unchecked((usageValue[c] = value));
		}
	}

	const opex = derived.opex;
	const pocOnline = rates.pocPerWeight * rates.perOnline;
	rates.usagePaid = reach;
	if (reach) {
		// Usage paid in USD: each device's share depends on the adopters around it this week.
		const count = deviceCount;
		for (let j = 0; j < count; j++) addMinerIncome(deviceOwner(j), deviceIncome(j, opex));
	}
	// PoC only (burn and mint): miners' incomes follow from their PoC weights, kept current by
	// arrivals, removals and rescaled cells, so the million-device week needs no device pass.
	updateMiners(
		unchecked(p[P.expectation_lag]),
		derived.failureRate,
		unchecked(p[P.economic_churn]),
		unchecked(p[P.churn_sharpness]),
		opex,
		pocOnline,
		!reach
	);
}

/** π_j of device j at the latest week's rates (usage only when it was paid in USD). */
function deviceIncome(j: i32, opex: f64): f64 {
	const c = deviceCell(j);
	let perUptime = rates.pocPerWeight * <f64>unchecked(cellScale[c]);
	if (rates.usagePaid && deviceHonest(j)) perUptime += unchecked(usageValue[c]);
	return deviceUptime(j) * perUptime * rates.perOnline - opex;
}

/** Devices whose income in the latest week was below their running cost (π_j < 0). */
export function countUnprofitable(): i32 {
	const opex = derived.opex;
	let unprofitable = 0;
	for (let j = 0; j < deviceCount; j++) unprofitable += <i32>(deviceIncome(j, opex) < 0.0);
	return unprofitable;
}
