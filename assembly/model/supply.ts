// B8 Supply side: miners and device manufacturers.
// Adaptive expectations π^e ← π^e + (π − π^e)/τ_e; ROI = 52·π^e/c_cap.
// Orders O = N_rem·[r_max·tanh⁺(β_d(ROI − h))·min(1, p_aw + q_aw·D/N_max) + p_m] (D1);
// backlog Q_b, shipments min(Q_b/τ_ship, K), capacity K ← K + (max(O, K_min) − K)/τ_K;
// churn X = D·[δ_hw + δ_e·σ(−β_c·π^e/c_op)]. See docs/model.md.
import { P } from '../generated/params';
import { logistic } from '../math';
import { World } from '../world';

const WEEKS_PER_YEAR: f64 = 52.0;
const WEEKS_PER_MONTH: f64 = 52.0 / 12.0;
/** τ_g: smoothing of the growth-rate signal that drives momentum buying (MODEL.md §12.5). */
const GROWTH_SMOOTHING: f64 = 4.0;

export function opexPerWeek(p: StaticArray<f64>): f64 {
	return unchecked(p[P.device_opex_usd_month]) / WEEKS_PER_MONTH;
}

export function stepSupply(w: World, p: StaticArray<f64>): void {
	const opex = opexPerWeek(p);
	w.expectedIncome += (w.income - w.expectedIncome) / unchecked(p[P.expectation_lag]);
	const roi = (WEEKS_PER_YEAR * w.expectedIncome) / unchecked(p[P.device_capex_usd]);

	const d = w.devices;
	const pool = unchecked(p[P.max_miners]);
	const remaining = Math.max(0.0, pool - d - w.backlog);
	const awareness = Math.min(
		1.0,
		unchecked(p[P.miner_awareness]) + (unchecked(p[P.miner_word_of_mouth]) * d) / pool
	);
	const appetite = Math.max(
		0.0,
		Math.tanh(unchecked(p[P.roi_sensitivity]) * (roi - unchecked(p[P.roi_hurdle])))
	);
	w.orders =
		remaining *
		(unchecked(p[P.order_rate]) * appetite * awareness + unchecked(p[P.innovator_miners]));

	w.backlog += w.orders;
	w.shipments = Math.min(w.backlog / unchecked(p[P.ship_delay]), w.capacity);
	w.backlog -= w.shipments;
	w.capacity +=
		(Math.max(w.orders, unchecked(p[P.min_capacity])) - w.capacity) /
		unchecked(p[P.capacity_adjust]);

	const exitRate =
		unchecked(p[P.hardware_failure]) / WEEKS_PER_YEAR +
		unchecked(p[P.economic_churn]) *
			logistic((-unchecked(p[P.churn_sharpness]) * w.expectedIncome) / opex);
	const exits = Math.min(d, d * exitRate);
	w.devices = d + w.shipments - exits;

	const growth = (w.devices - d) / Math.max(d, 1.0);
	w.growthEma += (growth - w.growthEma) / GROWTH_SMOOTHING;
}

export function monthlyIncome(w: World): f64 {
	return w.income * WEEKS_PER_MONTH;
}

export function annualRoi(w: World, p: StaticArray<f64>): f64 {
	return (WEEKS_PER_YEAR * w.expectedIncome) / unchecked(p[P.device_capex_usd]);
}

/** Months until a device pays for itself at the expected income; NEVER_MONTHS if it never does. */
export const NEVER_MONTHS: f64 = 1200.0;
export function paybackMonths(w: World, p: StaticArray<f64>): f64 {
	if (w.expectedIncome <= 0.0) return NEVER_MONTHS;
	return Math.min(
		unchecked(p[P.device_capex_usd]) / (w.expectedIncome * WEEKS_PER_MONTH),
		NEVER_MONTHS
	);
}

/** Weeks an order waits at the current shipping rate, capped at MAX_LEAD_WEEKS. */
const MAX_LEAD_WEEKS: f64 = 1040.0;
export function leadTimeWeeks(w: World): f64 {
	if (w.backlog <= 0.0) return 0.0;
	return w.backlog / Math.max(w.shipments, w.backlog / MAX_LEAD_WEEKS);
}
