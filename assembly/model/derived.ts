// Quantities that depend on the parameters alone, computed once per parameter set instead of
// every week. Each is the very expression the weekly blocks used to evaluate (same operands,
// same operations, same order), so the results are bit for bit those of the reference.
// setParam() marks them stale; init(), initSpatial() and step() refresh them before use, so a
// parameter changed between two steps takes effect at the next step, as before.
import { P } from '../generated/params';
import { clamp } from '../math';
import { builderAppShare, builderInfraShare, investorShare, minerShare } from './pools';

const WEEKS_PER_YEAR: f64 = 52.0;
const WEEKS_PER_MONTH: f64 = 52.0 / 12.0;
const SQRT_WEEK_IN_YEARS: f64 = 0.13867504905630729; // √(1/52)

export class Derived {
	/** B1 events: chance per week of a random regulatory event. */
	eventChance: f64 = 0;
	/** B1 market: weekly chance that a bull (bear) regime ends, 1/d_bull (1/d_bear). */
	bullEndChance: f64 = 0;
	bearEndChance: f64 = 0;
	/** B1 market: weekly drift of ln X in each regime, μ/52. */
	bullDrift: f64 = 0;
	bearDrift: f64 = 0;
	/** B1 market: σ_X·√Δt. */
	weeklyVolatility: f64 = 0;
	/** B7 pools: each share after scaling (pools.ts). */
	minerShare: f64 = 0;
	builderInfraShare: f64 = 0;
	builderAppShare: f64 = 0;
	/** s_bI' + s_bA', the builders' tokens. */
	builderShare: f64 = 0;
	investorShare: f64 = 0;
	/** B4 builders: δ_B/52. */
	builderExit: f64 = 0;
	/** B5 users: w_p·clip((p_cloud − p_s)/p_cloud, −1, 1), the price term of the benefit. */
	priceBenefit: f64 = 0;
	/** B7, B8: running cost per device, USD/week. */
	opex: f64 = 0;
	/** B8: weekly hardware failure rate, δ_hw/52. */
	failureRate: f64 = 0;
	/** B2 Filecoin hybrid: baseline and simple minting allocations, tokens (emission.ts). */
	baselineAllocation: f64 = 0;
	simpleAllocation: f64 = 0;
}

export const derived = new Derived();
let stale = true;

/** Called by setParam: the next refresh recomputes everything. */
export function markParamsChanged(): void {
	stale = true;
}

export function refreshDerived(p: StaticArray<f64>): void {
	if (!stale) return;
	const d = derived;
	d.eventChance = unchecked(p[P.random_event_rate]) / 52.0;
	d.bullEndChance = 1.0 / unchecked(p[P.bull_weeks]);
	d.bearEndChance = 1.0 / unchecked(p[P.bear_weeks]);
	d.bullDrift = unchecked(p[P.bull_drift]) / WEEKS_PER_YEAR;
	d.bearDrift = unchecked(p[P.bear_drift]) / WEEKS_PER_YEAR;
	d.weeklyVolatility = unchecked(p[P.market_volatility]) * SQRT_WEEK_IN_YEARS;
	d.minerShare = minerShare(p);
	d.builderInfraShare = builderInfraShare(p);
	d.builderAppShare = builderAppShare(p);
	d.builderShare = d.builderInfraShare + d.builderAppShare;
	d.investorShare = investorShare(p);
	d.builderExit = unchecked(p[P.builder_exit]) / 52.0;
	const cloud = unchecked(p[P.cloud_price_usd]);
	// Relative saving against the cloud price, clipped to [−1, 1]: costing twice as much or more
	// counts the same, and a vanishing cloud price cannot make it infinite (0·∞ = NaN).
	const saving =
		cloud > 0.0 ? clamp((cloud - unchecked(p[P.service_price_usd])) / cloud, -1.0, 1.0) : 0.0;
	d.priceBenefit = unchecked(p[P.price_weight]) * saving;
	d.opex = unchecked(p[P.device_opex_usd_month]) / WEEKS_PER_MONTH;
	d.failureRate = unchecked(p[P.hardware_failure]) / WEEKS_PER_YEAR;
	// The whole allocation M = E₀/(1 − e^(−λ/52)) mints E₀ in week 0 at the baseline.
	const allocation =
		unchecked(p[P.emission_initial]) /
		-Math.expm1(-unchecked(p[P.emission_decay_rate]) / WEEKS_PER_YEAR);
	d.baselineAllocation = unchecked(p[P.baseline_share]) * allocation;
	d.simpleAllocation = allocation - d.baselineAllocation;
	stale = false;
}
