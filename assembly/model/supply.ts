// B8 Supply side: miners and device manufacturers.
// Adaptive expectations π^e ← π^e + (π − π^e)/τ_e; ROI = 52·π^e/c_cap.
// Orders O = N_rem·[r_max·tanh⁺(β_d(ROI − h))·min(1, p_aw + q_aw·D/N_max) + p_m] (D1);
// backlog Q_b, shipments min(Q_b/τ_ship, K), capacity K ← K + (max(O, K_min) − K)/τ_K;
// churn X = D·[δ_hw + δ_e·σ(−β_c·π^e/c_op)]. Events (events.ts) raise c_cap and τ_ship, halt
// the regulated region's share of shipments, and ban devices (half of them relocate, coming back
// at 1/26 per week). See docs/model.md.
import { P } from '../generated/params';
import { logistic } from '../math';
import { World } from '../world';
import { derived } from './derived';

const WEEKS_PER_YEAR: f64 = 52.0;
const WEEKS_PER_MONTH: f64 = 52.0 / 12.0;
/** τ_g: smoothing of the growth-rate signal that drives momentum buying (MODEL.md §12.5). */
const GROWTH_SMOOTHING: f64 = 4.0;
/** Share of banned devices that relocate, and the weeks they take (MODEL.md §6.6: ρ_rel, τ_rel). */
const RELOCATING_SHARE: f64 = 0.5;
const RELOCATION_WEEKS: f64 = 26.0;

/** Device price this week, after equipment rules. */
export function capexNow(w: World, p: StaticArray<f64>): f64 {
	return unchecked(p[P.device_capex_usd]) * w.capexMult;
}

export function stepSupply(w: World, p: StaticArray<f64>): void {
	const opex = derived.opex;
	w.expectedIncome += (w.income - w.expectedIncome) / unchecked(p[P.expectation_lag]);
	const roi = (WEEKS_PER_YEAR * w.expectedIncome) / capexNow(w, p);

	const d = w.devices;
	const pool = unchecked(p[P.max_miners]);
	const remaining = Math.max(0.0, pool - d - w.backlog);
	const awareness = Math.min(
		1.0,
		unchecked(p[P.miner_awareness]) + (unchecked(p[P.miner_word_of_mouth]) * d) / pool
	);
	// tanh⁺(x) = max(0, tanh x): tanh has the sign of x, so below the hurdle there is no call.
	const drive = unchecked(p[P.roi_sensitivity]) * (roi - unchecked(p[P.roi_hurdle]));
	const appetite = drive <= 0.0 ? 0.0 : Math.tanh(drive);
	w.orders =
		remaining *
		(unchecked(p[P.order_rate]) * appetite * awareness + unchecked(p[P.innovator_miners]));

	w.backlog += w.orders;
	const delay = unchecked(p[P.ship_delay]) + w.shipDelayAdd;
	w.shipments = Math.min(w.backlog / delay, w.capacity) * (1.0 - w.shipHalt);
	w.backlog -= w.shipments;
	w.capacity +=
		(Math.max(w.orders, unchecked(p[P.min_capacity])) - w.capacity) /
		unchecked(p[P.capacity_adjust]);

	const exitRate =
		derived.failureRate +
		unchecked(p[P.economic_churn]) *
			logistic((-unchecked(p[P.churn_sharpness]) * w.expectedIncome) / opex);
	w.banned = w.banShare * d;
	const staying = d - w.banned;
	const exits = Math.min(staying, staying * exitRate);
	const relocated = w.relocating / RELOCATION_WEEKS;
	w.relocating = w.relocating + RELOCATING_SHARE * w.banned - relocated;
	w.exits = exits;
	w.relocated = relocated;
	w.devices = staying + w.shipments - exits + relocated;
	updateGrowth(w, d);
}

/** ĝ ← ĝ + (g − ĝ)/τ_g with g = (D − D_before)/max(D_before, 1), this week's growth of D. */
export function updateGrowth(w: World, before: f64): void {
	const growth = (w.devices - before) / Math.max(before, 1.0);
	w.growthEma += (growth - w.growthEma) / GROWTH_SMOOTHING;
}

export function monthlyIncome(w: World): f64 {
	return w.income * WEEKS_PER_MONTH;
}

export function annualRoi(w: World, p: StaticArray<f64>): f64 {
	return (WEEKS_PER_YEAR * w.expectedIncome) / capexNow(w, p);
}

/** Months until a device pays for itself at the expected income; NEVER_MONTHS if it never does. */
export const NEVER_MONTHS: f64 = 1200.0;
export function paybackMonths(w: World, p: StaticArray<f64>): f64 {
	if (w.expectedIncome <= 0.0) return NEVER_MONTHS;
	return Math.min(capexNow(w, p) / (w.expectedIncome * WEEKS_PER_MONTH), NEVER_MONTHS);
}

/** Weeks an order waits at the current shipping rate, capped at MAX_LEAD_WEEKS. */
const MAX_LEAD_WEEKS: f64 = 1040.0;
export function leadTimeWeeks(w: World): f64 {
	if (w.backlog <= 0.0) return 0.0;
	return w.backlog / Math.max(w.shipments, w.backlog / MAX_LEAD_WEEKS);
}
