// B2 Emission schedule, tokens/week, by policy (emission_mode):
//   0 halving E₀·2^(−⌊t/H⌋) (Helium HIP-20), 1 exponential decay E₀·e^(−λt/52) (Filecoin simple
//   minting), 2 fixed E₀, 3 two-step table: E₀ before week T_step, E_later from it (Render),
//   4 Filecoin hybrid: simple minting plus baseline minting (below and docs/model.md).
// Net emissions (HIP-20): burn_ema ← burn_ema + (b_{t−1} − burn_ema)/τ_NE; remint = min(burn_ema, NE_cap).
import { P } from '../generated/params';
import { World } from '../world';
import { derived } from './derived';

export const EMISSION_HALVING: i32 = 0;
export const EMISSION_EXP_DECAY: i32 = 1;
export const EMISSION_FIXED: i32 = 2;
export const EMISSION_TABLE: i32 = 3;
export const EMISSION_HYBRID: i32 = 4;

const WEEKS_PER_YEAR: f64 = 52.0;

export function scheduledEmission(week: i32, p: StaticArray<f64>): f64 {
	const e0 = unchecked(p[P.emission_initial]);
	const mode = <i32>unchecked(p[P.emission_mode]);
	const t = <f64>week;
	if (mode == EMISSION_EXP_DECAY) {
		return e0 * Math.exp((-unchecked(p[P.emission_decay_rate]) * t) / 52.0);
	}
	if (mode == EMISSION_FIXED) return e0;
	if (mode == EMISSION_TABLE) {
		return t < unchecked(p[P.emission_step_week]) ? e0 : unchecked(p[P.emission_after_step]);
	}
	return e0 * halvingFactor(-Math.floor(t / unchecked(p[P.halving_weeks])));
}

// 2^(−⌊t/H⌋) changes only once every H weeks: pow runs when the exponent changes, and a repeat
// returns the value pow gave for the very same exponent.
let lastExponent: u64 = reinterpret<u64>(NaN);
let lastFactor: f64 = NaN;

function halvingFactor(exponent: f64): f64 {
	const bits = reinterpret<u64>(exponent);
	if (bits != lastExponent) {
		lastFactor = Math.pow(2.0, exponent);
		lastExponent = bits;
	}
	return lastFactor;
}

// Filecoin hybrid (MODEL.md §1.2), time in years, week t spanning [t/52, (t+1)/52):
//   simple minting    M_s·(e^(−λt/52) − e^(−λ(t+1)/52)), so Σ = M_s·(1 − e^(−λt/52));
//   baseline minting  M_b·(e^(−λθ_t) − e^(−λθ_{t+1})), so Σ = M_b·(1 − e^(−λθ_t)).
// M_s + M_b = E₀/(1 − e^(−λ/52)), M_b = s_base·(M_s + M_b) (derived.ts). θ is the effective network
// time: R̃Σ += ∫ min(N_t, b(s)) ds over the week, θ = ln(1 + g·R̃Σ/b₀)/g, with b(s) = b₀·e^(g·s)
// and N_t = D·u·cap_unit held for the week. The integral is exact for that N, so a network at or
// above the baseline all along has R̃Σ = (b(t) − b₀)/g and θ = t exactly (I6), at any step size.
function hybridEmission(w: World, p: StaticArray<f64>): f64 {
	const rate = unchecked(p[P.emission_decay_rate]);
	const t = <f64>w.week;
	const simple =
		derived.simpleAllocation *
		(Math.exp((-rate * t) / WEEKS_PER_YEAR) - Math.exp((-rate * (t + 1.0)) / WEEKS_PER_YEAR));
	const before = w.networkTime;
	advanceNetworkTime(w, p);
	const baseline =
		derived.baselineAllocation * (Math.exp(-rate * before) - Math.exp(-rate * w.networkTime));
	return simple + baseline;
}

function advanceNetworkTime(w: World, p: StaticArray<f64>): void {
	const growth = unchecked(p[P.baseline_growth]);
	const b0 = unchecked(p[P.baseline_initial]);
	// Raw capacity the protocol credits: online devices, honest or not (Filecoin's raw-byte power
	// counts every sector that passes its proofs, whether or not it serves a user).
	const capacity = w.devices * unchecked(p[P.uptime]) * unchecked(p[P.capacity_per_device]);
	const t = <f64>w.week;
	let capped: f64; // ∫ min(N, b) over the week, units/week × years
	if (growth > 0.0) {
		const from = b0 * Math.exp((growth * t) / WEEKS_PER_YEAR);
		const to = b0 * Math.exp((growth * (t + 1.0)) / WEEKS_PER_YEAR);
		if (capacity >= to) capped = (to - from) / growth;
		else if (capacity <= from) capped = capacity / WEEKS_PER_YEAR;
		else {
			// The baseline overtakes the network s* = ln(N/b(t))/g into the week.
			const crossing = Math.log(capacity / from) / growth;
			capped = (capacity - from) / growth + capacity * (1.0 / WEEKS_PER_YEAR - crossing);
		}
	} else capped = Math.min(capacity, b0) / WEEKS_PER_YEAR;
	w.baselineCum += capped;
	const theta =
		growth > 0.0 ? Math.log1p((growth * w.baselineCum) / b0) / growth : w.baselineCum / b0;
	// θ ≤ t and θ never falls back, whatever rounding or a parameter changed mid-run does.
	w.networkTime = Math.max(w.networkTime, Math.min(theta, (t + 1.0) / WEEKS_PER_YEAR));
}

export function stepEmission(w: World, p: StaticArray<f64>): void {
	w.emission =
		<i32>unchecked(p[P.emission_mode]) == EMISSION_HYBRID
			? hybridEmission(w, p)
			: scheduledEmission(w.week, p);
	// w.burn still holds last week's burn here: B6 overwrites it later this week.
	w.burnEma += (w.burn - w.burnEma) / unchecked(p[P.burn_smoothing]);
	w.remint = Math.min(w.burnEma, unchecked(p[P.remint_cap]));
}
