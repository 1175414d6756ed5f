// Spatial B5 (MODEL.md §6.4 rule 3): per-cell Bass cohorts, local and global imitation mixed
// with weight ω = 0.5. With M_i = N_i·a_i (B3), U and M the totals of last week:
//   h_i = min(1, (p + q·(ω·min(1, U_i/M_i) + (1−ω)·min(1, U/M)))·G/52), G = adoptionGate (B5),
//   U_i ← U_i + h_i·(M_i − U_i)⁺ − min(U_i, r_churn·U_i + ξ·(U_i − M_i)⁺),
//   r_churn = (δ_U + δ_Q·(Q* − Q)⁺)/52 as in the aggregate; R = U·q_u·p_s·served.
// Cells in fixed order, sequential sums (bit-reproducible). Capacity networks: aggregate B5.
import { P } from '../generated/params';
import { NETWORK_CAPACITY } from '../model/coverage';
import { adoptionGate, stepUsers } from '../model/users';
import { World } from '../world';
import { availability, coverage, Grid, population, users } from './grid';

const WEEKS_PER_YEAR: f64 = 52.0;
const EXCESS_CHURN: f64 = 0.1;
/** ω: weight of local (own-cell) imitation against global imitation. */
export const LOCAL_WEIGHT: f64 = 0.5;

export function spatialUsers(w: World, p: StaticArray<f64>, g: Grid): void {
	if (<i32>unchecked(p[P.network_kind]) == NETWORK_CAPACITY) {
		stepUsers(w, p);
		distributeUsers(w, g);
		let covered: f64 = 0;
		for (let i = 0; i < g.cells; i++)
			if (unchecked(coverage[i]) > 0) covered += unchecked(users[i]);
		g.coveredUsers = covered;
		return;
	}
	w.gate = adoptionGate(w, p);
	const market = w.market;
	const globalShare = market > 0.0 ? Math.min(1.0, w.users / market) : 0.0;
	const innovation = unchecked(p[P.bass_innovation]);
	const imitation = unchecked(p[P.bass_imitation]);
	const shortfall = Math.max(0.0, unchecked(p[P.quality_threshold]) - w.quality);
	const churnRate =
		(unchecked(p[P.user_churn]) + unchecked(p[P.quality_churn]) * shortfall) / WEEKS_PER_YEAR;
	const potentialPerPop = g.popTotal > 0.0 ? unchecked(p[P.market_size]) / g.popTotal : 0.0;
	const gate = w.gate;
	let total: f64 = 0;
	let covered: f64 = 0;
	for (let i = 0; i < g.cells; i++) {
		const u = unchecked(users[i]);
		const m = potentialPerPop * unchecked(population[i]) * unchecked(availability[i]);
		if (u == 0.0 && m == 0.0) continue;
		const local = m > 0.0 ? Math.min(1.0, u / m) : 0.0;
		const share = LOCAL_WEIGHT * local + (1.0 - LOCAL_WEIGHT) * globalShare;
		const hazard = Math.min(1.0, ((innovation + imitation * share) / WEEKS_PER_YEAR) * gate);
		const gained = hazard * Math.max(0.0, m - u);
		const lost = Math.min(u, churnRate * u + EXCESS_CHURN * Math.max(0.0, u - m));
		const next = u + gained - lost;
		unchecked((users[i] = next));
		total += next;
		if (m > 0.0) covered += next;
	}
	w.users = total;
	g.coveredUsers = covered; // adopters the usage pool pays for (rewards.ts)
	w.revenue = w.users * w.usagePerUser * unchecked(p[P.service_price_usd]) * w.served;
}

/** Spreads w.users over cells ∝ pop (week 0, and capacity networks every week). */
export function distributeUsers(w: World, g: Grid): void {
	const perPop = g.popTotal > 0.0 ? w.users / g.popTotal : 0.0;
	for (let i = 0; i < g.cells; i++) unchecked((users[i] = perPop * unchecked(population[i])));
}
